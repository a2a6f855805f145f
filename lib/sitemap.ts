// The sitemaps: /sitemap.xml (every page in every language), /{locale}/sitemap.xml (one language's pages)
// and the index /sitemap-index.xml naming the three with their <lastmod>. Each entry carries its hreflang
// alternates and, where the site knows it, when that language's page last changed (lib/data/last-modified.ts).
import { locales, type Locale } from "@/i18n/routing";
import { getLastModified, newest, type PerLocale } from "@/lib/data/last-modified";
import { getQuestionSlugs } from "@/lib/data/questions";
import { escapeHtml } from "@/lib/escape-html";
import { languageAlternates, localeUrl } from "@/lib/seo";
import { siteUrl } from "@/lib/env";
import { paths } from "@/lib/routes";

export type ChangeFrequency = "always" | "hourly" | "daily" | "weekly" | "monthly" | "yearly" | "never";

interface Page {
  path: string;
  changeFrequency: ChangeFrequency;
  priority: number;
  lastModified?: PerLocale | null;
}

export interface SitemapEntry {
  url: string;
  lastModified?: string;
  changeFrequency: ChangeFrequency;
  priority: number;
  alternates: { languages: Record<string, string> };
}

/** Every public page (after the locale prefix) with when it last changed in each language. */
async function pages(): Promise<Page[]> {
  const [m, questions] = await Promise.all([getLastModified(), getQuestionSlugs()]);
  // A Q&A's record changes in every language at once (its texts go live per language, within it).
  const everyLocale = (iso: string): PerLocale => Object.fromEntries(locales.map((l) => [l, iso])) as PerLocale;
  const questionsLatest = questions.length
    ? everyLocale(
        questions
          .map((q) => q.updatedAt)
          .sort()
          .at(-1)!,
      )
    : null;
  const byKey = (o: Record<string, PerLocale>) => Object.keys(o).sort();
  const zones = byKey(m.zones);
  const policies = byKey(m.policies);
  const news = Object.entries(m.news)
    .sort(([, a], [, b]) => (a.zh < b.zh ? 1 : -1))
    .map(([slug]) => slug);
  const newsLatest = newest(Object.values(m.news));
  const policiesLatest = newest(Object.values(m.policies));
  const zonesLatest = newest(Object.values(m.zones));
  const all = newest(
    [newsLatest, policiesLatest, zonesLatest, m.figures, m.layout].filter((x): x is PerLocale => x !== null),
  );
  const enc = encodeURIComponent;
  return [
    { path: "", changeFrequency: "weekly", priority: 1, lastModified: all },
    { path: paths.zones, changeFrequency: "monthly", priority: 0.9, lastModified: zonesLatest },
    { path: paths.spatialLayout(), changeFrequency: "monthly", priority: 0.7, lastModified: m.layout },
    { path: paths.policies, changeFrequency: "weekly", priority: 0.9, lastModified: policiesLatest },
    { path: paths.incentives, changeFrequency: "monthly", priority: 0.8, lastModified: policiesLatest },
    { path: paths.news, changeFrequency: "daily", priority: 0.8, lastModified: newsLatest },
    { path: paths.press, changeFrequency: "weekly", priority: 0.6, lastModified: newsLatest },
    { path: paths.figures(), changeFrequency: "monthly", priority: 0.7, lastModified: m.figures },
    { path: paths.glossary(), changeFrequency: "monthly", priority: 0.5, lastModified: m.glossary },
    { path: paths.search, changeFrequency: "yearly", priority: 0.3 },
    { path: paths.inquiry, changeFrequency: "yearly", priority: 0.5 },
    { path: paths.questions, changeFrequency: "weekly", priority: 0.6, lastModified: questionsLatest },
    ...questions.map((q): Page => ({
      path: paths.question(enc(q.slug)),
      changeFrequency: "yearly",
      priority: 0.5,
      lastModified: everyLocale(q.updatedAt),
    })),
    ...zones.flatMap((slug): Page[] => [
      { path: paths.zone(enc(slug)), changeFrequency: "monthly", priority: 0.8, lastModified: m.zones[slug] },
      { path: paths.zoneChanges(enc(slug)), changeFrequency: "monthly", priority: 0.3, lastModified: m.zones[slug] },
    ]),
    ...policies.flatMap((slug): Page[] => [
      { path: paths.policy(enc(slug)), changeFrequency: "monthly", priority: 0.8, lastModified: m.policies[slug] },
      {
        path: paths.policyCompare(enc(slug)),
        changeFrequency: "monthly",
        priority: 0.4,
        lastModified: m.policies[slug],
      },
      {
        path: paths.policyChanges(enc(slug)),
        changeFrequency: "monthly",
        priority: 0.3,
        lastModified: m.policies[slug],
      },
    ]),
    ...news.map((slug): Page => ({
      path: paths.article(enc(slug)),
      changeFrequency: "yearly",
      priority: 0.6,
      lastModified: m.news[slug],
    })),
  ];
}

/** The entries of the sitemap, in every language or in one. */
export async function sitemapEntries(only?: Locale): Promise<SitemapEntry[]> {
  const list = await pages();
  return list.flatMap((page) =>
    (only ? [only] : locales).map((locale) => ({
      url: localeUrl(locale, page.path),
      ...(page.lastModified ? { lastModified: page.lastModified[locale] } : {}),
      changeFrequency: page.changeFrequency,
      priority: page.priority,
      alternates: { languages: languageAlternates(page.path) },
    })),
  );
}

/** One language's sitemap as XML (the same shape as Next's /sitemap.xml). */
export function urlsetXml(entries: SitemapEntry[]): string {
  const urls = entries.map((e) =>
    [
      "<url>",
      `<loc>${escapeHtml(e.url)}</loc>`,
      ...Object.entries(e.alternates.languages).map(
        ([lang, href]) => `<xhtml:link rel="alternate" hreflang="${escapeHtml(lang)}" href="${escapeHtml(href)}" />`,
      ),
      e.lastModified ? `<lastmod>${escapeHtml(e.lastModified)}</lastmod>` : "",
      `<changefreq>${e.changeFrequency}</changefreq>`,
      `<priority>${e.priority}</priority>`,
      "</url>",
    ].join("\n"),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`;
}

/** The index: each language's sitemap with the newest <lastmod> in it. */
export async function sitemapIndexXml(): Promise<string> {
  const parts = await Promise.all(
    locales.map(async (l) => {
      const latest = (await sitemapEntries(l))
        .map((e) => e.lastModified ?? "")
        .sort()
        .at(-1);
      return `<sitemap>\n<loc>${escapeHtml(`${siteUrl()}/${l}/sitemap.xml`)}</loc>${latest ? `\n<lastmod>${escapeHtml(latest)}</lastmod>` : ""}\n</sitemap>`;
    }),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${parts.join("\n")}\n</sitemapindex>\n`;
}

export const xmlHeaders = {
  "content-type": "application/xml; charset=utf-8",
  "cache-control": "public, max-age=0, must-revalidate",
};
