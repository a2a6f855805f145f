// The one place that turns a content change into the cache tags to invalidate (the tags of each kind of
// page are declared with it in lib/content-model/pages.ts; their names in lib/cache-tags.ts).
// Admin actions call `invalidate(change)` after a successful write; a renamed item passes its old slug
// too, so pages cached under the old address are dropped as well.
import "server-only";
import { revalidateTag } from "next/cache";
import { pages, type PageDef, type PageKind } from "@/lib/content-model/pages";

/** A changed item: the kind of page that shows it (lib/content-model/pages.ts), its slug and, when renamed, the old one. */
export type ContentChange = { type: PageKind; slug?: string; oldSlug?: string };

export function tagsFor(change: ContentChange): string[] {
  const page: PageDef = pages[change.type];
  const slugs = [change.slug, change.oldSlug].filter((s, i, all): s is string => !!s && all.indexOf(s) === i);
  return [...page.list, ...(page.item ? slugs.map(page.item) : [])];
}

/**
 * Expires the change's tags at once (`expire: 0`): the next request for an affected page waits for fresh
 * data instead of being served the stale copy while it revalidates, so a publish is live on the next
 * load ("max" would serve one stale response first). Works in server actions and route handlers alike.
 */
export function invalidate(change: ContentChange): string[] {
  const list = tagsFor(change);
  for (const tag of list) revalidateTag(tag, { expire: 0 });
  return list;
}
