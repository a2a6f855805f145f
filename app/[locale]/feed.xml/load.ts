// Loads the news feed of a locale: the data layer's published items and the feed's strings.
import "server-only";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { isLocale, type Locale } from "@/i18n/routing";
import { getAllNews } from "@/lib/data/news";
import { siteUrl } from "@/lib/env";
import { buildNewsFeed } from "./news-feed";

async function loadNewsFeed(locale: Locale) {
  // Rendered per request (the data underneath stays cached by tag). Prerendered once, a route handler
  // would be regenerated in the background after an admin change expired its tags, and that render
  // fails ("Date.now() in a static route") — a 500 instead of the fresh file.
  await connection();
  const [items, t] = await Promise.all([getAllNews(locale), getTranslations({ locale })]);
  const siteName = t("meta.siteName");
  return buildNewsFeed({
    locale,
    siteUrl: siteUrl(),
    title: t("seo.feedTitle", { siteName }),
    description: t("seo.feedDescription"),
    siteName,
    items,
    sourceLine: (name) => t("seo.feedSource", { name }),
    fallbackLine: (lang) => t("translation.fallbackNotice", { language: t(`translation.languageName.${lang}`) }),
    provenanceLine: (p) =>
      p.sourceRevision === null
        ? t("translation.provenanceUnknown", { language: t(`translation.languageName.${p.original}`) })
        : t("seo.feedProvenance", {
            language: t(`translation.languageName.${p.original}`),
            revision: p.sourceRevision,
          }),
    emptyUpdated: items.length === 0 ? new Date() : undefined,
  });
}

const contentTypes = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
} as const;

/** The GET response of /{locale}/feed.xml (rss) or /{locale}/atom.xml (atom); 404 for an unknown locale. */
export async function feedResponse(params: Promise<{ locale: string }>, format: "rss" | "atom"): Promise<Response> {
  const { locale } = await params;
  if (!isLocale(locale)) {
    return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const feed = await loadNewsFeed(locale);
  return new Response(format === "rss" ? feed.rss2() : feed.atom1(), {
    headers: { "Content-Type": contentTypes[format] },
  });
}
