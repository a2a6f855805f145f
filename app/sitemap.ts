// /sitemap.xml: every public page in the three locales, each with its hreflang alternates (zh-CN, ko-KR,
// en, x-default → zh) and, per language, when it last changed (lib/sitemap.ts). /sitemap-index.xml names
// the per-language sitemaps /{locale}/sitemap.xml. (Next writes the URLs into the XML as they are, so
// slugs are percent-encoded in lib/sitemap.ts.)
import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { sitemapEntries } from "@/lib/sitemap";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  // Rendered per request (the data underneath stays cached by tag). Prerendered once, a route handler
  // would be regenerated in the background after an admin change expired its tags, and that render
  // fails ("Date.now() in a static route") — a 500 instead of the fresh file.
  await connection();
  return sitemapEntries();
}
