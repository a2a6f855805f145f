// Building the news feeds (RSS 2.0 at /{locale}/feed.xml, Atom 1.0 at /{locale}/atom.xml) from the data
// layer's items. Pure: no database, no request — the routes load the items (./load.ts) and tests call this
// directly.
//
// Text safety: the `feed` library escapes XML, but it puts titles, summaries and content into CDATA that
// the formats declare as HTML (Atom type="html", RSS description/content:encoded). So every stored string
// is turned into escaped HTML here: Markdown becomes plain paragraphs, raw HTML in the source is dropped
// (as the page renderer does with skipHtml), and nothing stored is ever emitted as markup.
import { Feed } from "feed";
import { escapeHtml } from "@/lib/escape-html";
import { htmlLang, type Locale } from "@/i18n/routing";
import type { NewsSummary } from "@/lib/data/news";
import type { Provenance } from "@/lib/data/translation";
import { localized, paths } from "@/lib/routes";

export type FeedNewsItem = Pick<
  NewsSummary,
  "slug" | "publishedOn" | "title" | "summary" | "sourceName" | "lang" | "fallback"
> & {
  body: string;
  updatedAt: string;
  /** For a translation: what it was made from (shown as the item's first line). */
  provenance?: Provenance | null;
};

export interface NewsFeedInput {
  locale: Locale;
  /** SITE_URL without a trailing slash. */
  siteUrl: string;
  title: string;
  description: string;
  siteName: string;
  items: FeedNewsItem[];
  /** "Source: {name}" in the feed's language. */
  sourceLine: (name: string) => string;
  /** The notice shown on pages whose text is in another language than the feed's, or null. */
  fallbackLine?: (lang: Locale) => string;
  /** "Translated from the … original (revision N)" in the feed's language. */
  provenanceLine?: (p: Provenance) => string;
  /** The feed's <updated>/<lastBuildDate> when there are no items. */
  emptyUpdated?: Date;
}

/** Markdown inline syntax to plain text: links keep their text, emphasis and code marks go, raw HTML tags go. */
function plainInline(text: string): string {
  return text
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<\/?[A-Za-z][^<>]*>/g, "")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/<((?:https?|mailto):[^<>\s]+)>/g, "$1")
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2")
    .replace(/(^|[^*\w])\*(?=\S)([^*]*?\S)\*(?!\w)/g, "$1$2")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, "$1");
}

/**
 * Stored Markdown as safe HTML paragraphs for a feed reader: one <p> per block, list items and quote lines
 * on their own lines, headings as bold paragraphs. Every piece of text is HTML-escaped.
 */
export function markdownToFeedHtml(markdown: string): string {
  const blocks = markdown
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  const out: string[] = [];
  for (const block of blocks) {
    if (/^([-*_])(?:[ \t]*\1){2,}$/.test(block)) continue; // horizontal rule
    const lines = block.split("\n").map((l) => l.trim());
    const heading = /^#{1,6}[ \t]+/.exec(lines[0] ?? "");
    if (heading && lines.length === 1) {
      const text = plainInline(lines[0]!.slice(heading[0].length).replace(/[ \t]+#+$/, ""));
      if (text) out.push(`<p><strong>${escapeHtml(text)}</strong></p>`);
      continue;
    }
    const listy = lines.some((l) => /^(?:[-*+]|\d+[.)])[ \t]+/.test(l) || l.startsWith(">"));
    const parts = lines
      .map((l) =>
        plainInline(
          l
            .replace(/^>[ \t]?/, "")
            .replace(/^#{1,6}[ \t]+/, "")
            .replace(/^[-*+][ \t]+/, "• "),
        ),
      )
      .filter((l) => l.trim() !== "")
      .map(escapeHtml);
    if (parts.length) out.push(`<p>${parts.join(listy ? "<br/>" : " ")}</p>`);
  }
  return out.join("\n");
}

/** An ISO date or timestamp as a Date, or null. */
function toDate(value: string | null | undefined): Date | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

export function buildNewsFeed(input: NewsFeedInput): Feed {
  const { locale, siteUrl, items } = input;
  const home = `${siteUrl}/${locale}/news`;
  const entries = items.map((item) => {
    const published = toDate(item.publishedOn);
    const updated = toDate(item.updatedAt);
    // A feed item needs a date: the record's last change. The publication date is only stated when the
    // source gives one (the feed library then uses it for RSS <pubDate> and Atom <published>).
    const date = [updated, published].filter((d): d is Date => d !== null).sort((a, b) => b.getTime() - a.getTime())[0];
    return { item, published, date };
  });
  const newest = entries.reduce<Date | undefined>(
    (acc, e) => (e.date && (!acc || e.date > acc) ? e.date : acc),
    undefined,
  );
  const feed = new Feed({
    title: input.title,
    description: input.description,
    id: home,
    link: home,
    language: htmlLang[locale],
    updated: newest ?? input.emptyUpdated ?? new Date(0),
    generator: false,
    author: { name: input.siteName, link: `${siteUrl}/${locale}` },
    feedLinks: { rss: `${siteUrl}/${locale}/feed.xml`, atom: `${siteUrl}/${locale}/atom.xml` },
  });
  for (const { item, published, date } of entries) {
    const url = `${siteUrl}${localized(locale, paths.article(encodeURIComponent(item.slug)))}`;
    const paragraphs = [
      item.fallback && input.fallbackLine ? `<p><em>${escapeHtml(input.fallbackLine(item.lang))}</em></p>` : "",
      item.provenance && input.provenanceLine
        ? `<p><em>${escapeHtml(input.provenanceLine(item.provenance))}</em></p>`
        : "",
      markdownToFeedHtml(item.body),
      item.sourceName.trim() ? `<p>${escapeHtml(input.sourceLine(item.sourceName.trim()))}</p>` : "",
    ].filter(Boolean);
    feed.addItem({
      title: escapeHtml(item.title),
      id: url,
      link: url,
      date: date ?? input.emptyUpdated ?? new Date(0),
      ...(published ? { published } : {}),
      description: escapeHtml(item.summary),
      content: paragraphs.join("\n"),
    });
  }
  return feed;
}
