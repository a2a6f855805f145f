// The public pages that show content, declared once: for each kind of page, the address of an item on it
// and the cache tags to expire when an item changes. A content type names its page (./types.ts `page`);
// search, the feeds, the emails and the admin's "view on the site" take an item's address from here
// (itemPath), and every admin write expires the tags of the pages it touched (lib/revalidate.ts, with
// lib/admin/affected.ts adding the pages that cite an item). Paths are locale-relative (lib/routes.ts).
import { tags } from "@/lib/cache-tags";
import { paths } from "@/lib/routes";
import { contentTypes, type ContentType } from "./types";

export interface PageDef {
  /** The address of one item (and the anchor inside the page, for a policy's sections and articles). */
  route: (slug: string, anchor?: string) => string;
  /** The cache tags of the pages that list every item of this kind. */
  list: readonly string[];
  /** The cache tag of one item's own page, where it has one. */
  item?: (slug: string) => string;
}

export const pages = {
  zone: { route: (slug) => paths.zone(slug), list: [tags.zones], item: tags.zone },
  layout: { route: (slug) => paths.spatialLayout(slug), list: [tags.layout] },
  policy: { route: (slug, anchor) => paths.policy(slug, anchor), list: [tags.policies], item: tags.policy },
  news: { route: (slug) => paths.article(slug), list: [tags.news], item: tags.newsArticle },
  figure: { route: (slug) => paths.figures(slug), list: [tags.figures] },
  glossary: { route: (slug) => paths.glossary(slug), list: [tags.glossary] },
  question: { route: (slug) => paths.question(slug), list: [tags.questions], item: tags.question },
} satisfies Record<string, PageDef>;

export type PageKind = keyof typeof pages;

/**
 * The public page (and anchor) that shows one content item — what search links to and what the admin's
 * "view on the site" opens. `key` is the item's key (./types.ts): a slug, or "<policy slug>~<anchor>" for
 * a policy's section or article.
 */
export function itemPath(type: ContentType, key: string): string {
  const [slug = "", anchor] = key.split("~");
  return pages[contentTypes[type].page].route(slug, anchor);
}
