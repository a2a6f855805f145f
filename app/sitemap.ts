// /sitemap.xml: every public page in the three locales, each with its hreflang alternates (zh-CN, ko-KR,
// en, x-default → zh). Slugs come from the data layer, so a newly published zone, policy or news item
// appears once its cache tag is revalidated. (Next writes the URLs into the XML as they are, so slugs are
// percent-encoded here.)
import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { defaultLocale, locales } from "@/i18n/routing";
import { getAllNews } from "@/lib/data/news";
import { getPolicySlugs } from "@/lib/data/policies";
import { getZoneSlugs } from "@/lib/data/zones";
import { languageAlternates, localeUrl } from "@/lib/seo";

type ChangeFrequency = NonNullable<MetadataRoute.Sitemap[number]["changeFrequency"]>;

interface Page {
  path: string;
  changeFrequency: ChangeFrequency;
  priority: number;
  lastModified?: string;
}

/** The site's fixed pages (after the locale prefix). */
const staticPages: Page[] = [
  { path: "", changeFrequency: "weekly", priority: 1 },
  { path: "/zones", changeFrequency: "monthly", priority: 0.9 },
  { path: "/spatial-layout", changeFrequency: "monthly", priority: 0.7 },
  { path: "/policies", changeFrequency: "weekly", priority: 0.9 },
  { path: "/incentives", changeFrequency: "monthly", priority: 0.8 },
  { path: "/news", changeFrequency: "daily", priority: 0.8 },
  { path: "/press", changeFrequency: "weekly", priority: 0.6 },
  { path: "/figures", changeFrequency: "monthly", priority: 0.7 },
  { path: "/glossary", changeFrequency: "monthly", priority: 0.5 },
  { path: "/search", changeFrequency: "yearly", priority: 0.3 },
  { path: "/inquiry", changeFrequency: "yearly", priority: 0.5 },
];

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  // Rendered per request (the data underneath stays cached by tag). Prerendered once, a route handler
  // would be regenerated in the background after an admin change expired its tags, and that render
  // fails ("Date.now() in a static route") — a 500 instead of the fresh file.
  await connection();
  const [zones, policies, news] = await Promise.all([getZoneSlugs(), getPolicySlugs(), getAllNews(defaultLocale)]);
  const pages: Page[] = [
    ...staticPages,
    ...[...zones].sort().flatMap((slug): Page[] => [
      { path: `/zones/${encodeURIComponent(slug)}`, changeFrequency: "monthly", priority: 0.8 },
      { path: `/zones/${encodeURIComponent(slug)}/changes`, changeFrequency: "monthly", priority: 0.3 },
    ]),
    ...[...policies].sort().flatMap((slug): Page[] => [
      { path: `/policies/${encodeURIComponent(slug)}`, changeFrequency: "monthly", priority: 0.8 },
      { path: `/policies/${encodeURIComponent(slug)}/compare`, changeFrequency: "monthly", priority: 0.4 },
      { path: `/policies/${encodeURIComponent(slug)}/changes`, changeFrequency: "monthly", priority: 0.3 },
    ]),
    ...news.map(
      (n): Page => ({ path: `/news/${encodeURIComponent(n.slug)}`, changeFrequency: "yearly", priority: 0.6, lastModified: n.updatedAt }),
    ),
  ];
  return pages.flatMap((page) =>
    locales.map((locale) => ({
      url: localeUrl(locale, page.path),
      ...(page.lastModified ? { lastModified: page.lastModified } : {}),
      changeFrequency: page.changeFrequency,
      priority: page.priority,
      alternates: { languages: languageAlternates(page.path) },
    })),
  );
}
