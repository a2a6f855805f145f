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
  | { type: "glossary" };

export function tagsFor(change: ContentChange): string[] {
  const slugs = (s: { slug: string; oldSlug?: string }) => [s.slug, ...(s.oldSlug && s.oldSlug !== s.slug ? [s.oldSlug] : [])];
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
  }
}

export function invalidate(change: ContentChange): string[] {
  const list = tagsFor(change);
  for (const tag of list) revalidateTag(tag, "max");
  return list;
}
