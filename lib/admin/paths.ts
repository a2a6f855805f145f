// Addresses of the content editor and of each item's public page (for "View on the site").
import type { ContentType } from "./content-types";

export const editorPath = (locale: string, type: ContentType, key: string, editLocale: string) =>
  `/${locale}/admin/content/${type}/${key}/${editLocale}`;

/** The public page that shows an item, in `locale`. */
export function publicPath(locale: string, type: ContentType, key: string): string {
  const [slug, anchor] = key.split("~");
  switch (type) {
    case "zone":
      return `/${locale}/zones/${slug}`;
    case "layout":
      return `/${locale}/spatial-layout#${slug}`;
    case "policy":
      return `/${locale}/policies/${slug}`;
    case "policy-section":
    case "policy-article":
      return `/${locale}/policies/${slug}#${anchor}`;
    case "news":
      return `/${locale}/news/${slug}`;
    case "figure":
      return `/${locale}/figures`;
    case "glossary":
      return `/${locale}/glossary`;
    case "question":
      return `/${locale}/questions/${slug}`;
  }
}
