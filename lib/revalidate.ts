// The one place that turns a content change into the cache tags to invalidate (see lib/cache-tags.ts).
// Admin actions call `invalidate(change)` after a successful write; a renamed item passes its old slug
// too, so pages cached under the old address are dropped as well.
import "server-only";
import { revalidateTag } from "next/cache";
import { tags } from "./cache-tags";

export type ContentChange =
  | { type: "zone"; slug: string; oldSlug?: string }
  | { type: "layout" }
  | { type: "policy"; slug: string; oldSlug?: string }
  | { type: "news"; slug: string; oldSlug?: string }
  | { type: "figure" }
  | { type: "glossary" }
  | { type: "question"; slug: string };

export function tagsFor(change: ContentChange): string[] {
  const slugs = (s: { slug: string; oldSlug?: string }) => [
    s.slug,
    ...(s.oldSlug && s.oldSlug !== s.slug ? [s.oldSlug] : []),
  ];
  switch (change.type) {
    case "zone":
      return [tags.zones, ...slugs(change).map(tags.zone)];
    case "layout":
      return [tags.layout];
    case "policy":
      return [tags.policies, ...slugs(change).map(tags.policy)];
    case "news":
      return [tags.news, ...slugs(change).map(tags.newsArticle)];
    case "figure":
      return [tags.figures];
    case "glossary":
      return [tags.glossary];
    case "question":
      return [tags.questions, tags.question(change.slug)];
  }
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
