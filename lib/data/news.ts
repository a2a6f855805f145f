import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db";
import { tags } from "@/lib/cache-tags";
import type { Locale } from "@/i18n/routing";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isoDate, pickTranslation, laterIso, provenanceOf, type Provenance } from "./translation";
import { argLocale, argNewsFilter, argSlug } from "@/lib/validation/data-args";

import type { NewsKind } from "@/lib/content-model/enums";
export type { NewsKind };

export interface NewsSummary {
  slug: string;
  kind: NewsKind;
  publishedOn: string | null;
  lang: Locale;
  fallback: boolean;
  originalLocale: Locale;
  title: string;
  summary: string;
  sourceName: string;
  tags: string[];
  zones: string[];
  /** For a translation: what it was made from (the provenance line, JSON-LD, feed). */
  provenance: Provenance | null;
}

/** A news article's lead image (admin: media library), with its alt text and caption picked for the page's locale. */
export interface NewsHeroImage {
  id: string;
  /** The largest variant's size. */
  width: number;
  height: number;
  /** Stored WebP widths, ascending (served at /media/<id>/<width>.webp). */
  widths: number[];
  /** In the page's locale if there is one, else the original's; `lang` is the locale it is in. */
  alt: { text: string; lang: Locale };
  caption: { text: string; lang: Locale } | null;
  /** As the source gives it; taken to be in the image's original language. */
  credit: { text: string; lang: Locale } | null;
}

export interface NewsArticleView extends NewsSummary {
  body: string;
  byline: string;
  sourceUrl: string | null;
  updatedAt: string;
  /** When the live text shown went live on this site (its revision's publication), ISO. */
  liveAt: string;
  heroImage: NewsHeroImage | null;
  related: NewsSummary[];
}

export interface NewsFilter {
  zone?: string;
  kind?: NewsKind;
  tag?: string;
  year?: number;
  page?: number;
}

export const NEWS_PAGE_SIZE = 10;

const include = { translations: true, zones: { select: { slug: true } } } as const;
type Row = Prisma.NewsArticleGetPayload<{ include: typeof include }>;

const heroImageSelect = {
  id: true,
  width: true,
  height: true,
  credit: true,
  originalLocale: true,
  variants: { where: { format: "image/webp" }, select: { width: true }, orderBy: { width: "asc" } },
  translations: { select: { locale: true, alt: true, caption: true } },
} as const satisfies Prisma.MediaSelect;
type HeroRow = Prisma.MediaGetPayload<{ select: typeof heroImageSelect }>;

function heroImage(m: HeroRow | null, locale: Locale): NewsHeroImage | null {
  if (!m || m.variants.length === 0) return null;
  const pick = <K extends "alt" | "caption">(k: K) => {
    const t = [locale, m.originalLocale].map((l) => m.translations.find((x) => x.locale === l)).find((x) => x && x[k]);
    return t ? { text: t[k], lang: t.locale } : null;
  };
  return {
    id: m.id,
    width: m.width,
    height: m.height,
    widths: m.variants.map((v) => v.width),
    alt: pick("alt") ?? { text: "", lang: m.originalLocale },
    caption: pick("caption"),
    credit: m.credit ? { text: m.credit, lang: m.originalLocale } : null,
  };
}

function summarize(n: Row, locale: Locale): NewsSummary | null {
  const t = pickTranslation(n.translations, locale, n.originalLocale);
  if (!t) return null;
  return {
    slug: n.slug,
    kind: n.kind,
    publishedOn: isoDate(n.publishedOn),
    lang: t.locale,
    fallback: t.fallback,
    originalLocale: n.originalLocale,
    title: t.text.title,
    summary: t.text.summary,
    sourceName: t.text.sourceName,
    tags: n.tags,
    zones: n.zones.map((z) => z.slug),
    provenance: provenanceOf(n.translations, t, n.originalLocale),
  };
}

function where(f: NewsFilter): Prisma.NewsArticleWhereInput {
  return {
    status: "published",
    ...(f.zone ? { zones: { some: { slug: f.zone } } } : {}),
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.tag ? { tags: { has: f.tag } } : {}),
    ...(f.year
      ? { publishedOn: { gte: new Date(Date.UTC(f.year, 0, 1)), lt: new Date(Date.UTC(f.year + 1, 0, 1)) } }
      : {}),
  };
}

// Dated items newest first; undated ones (the source gives no full date) after them.
const order: Prisma.NewsArticleOrderByWithRelationInput[] = [
  { publishedOn: { sort: "desc", nulls: "last" } },
  { createdAt: "desc" },
];

export async function listNews(locale: Locale, filter: NewsFilter = {}) {
  "use cache";
  locale = argLocale(locale);
  filter = argNewsFilter(filter);
  cacheTag(tags.news);
  cacheLife("max");
  const page = Math.max(1, filter.page ?? 1);
  const [rows, total] = await Promise.all([
    db.newsArticle.findMany({
      where: where(filter),
      include,
      orderBy: order,
      skip: (page - 1) * NEWS_PAGE_SIZE,
      take: NEWS_PAGE_SIZE,
    }),
    db.newsArticle.count({ where: where(filter) }),
  ]);
  return {
    items: rows.flatMap((r) => summarize(r, locale) ?? []),
    total,
    page,
    pages: Math.max(1, Math.ceil(total / NEWS_PAGE_SIZE)),
  };
}

/** Values the news filters can take (tags, years, kinds), from published items. */
export async function getNewsFacets() {
  "use cache";
  cacheTag(tags.news);
  cacheLife("max");
  const rows = await db.newsArticle.findMany({
    where: { status: "published" },
    select: { tags: true, kind: true, publishedOn: true },
  });
  return {
    tags: [...new Set(rows.flatMap((r) => r.tags))].sort(),
    kinds: [...new Set(rows.map((r) => r.kind))].sort(),
    years: [...new Set(rows.flatMap((r) => (r.publishedOn ? [r.publishedOn.getUTCFullYear()] : [])))].sort(
      (a, b) => b - a,
    ),
  };
}

export async function getNewsArticle(locale: Locale, slug: string): Promise<NewsArticleView | null> {
  "use cache";
  locale = argLocale(locale);
  if (!argSlug(slug)) return null;
  cacheTag(tags.news, tags.newsArticle(slug));
  cacheLife("max");
  const n = await db.newsArticle.findFirst({
    where: { slug, status: "published" },
    include: { ...include, heroImage: { select: heroImageSelect } },
  });
  if (!n) return null;
  const s = summarize(n, locale);
  if (!s) return null;
  const t = n.translations.find((x) => x.locale === s.lang)!;
  // Related: shares a zone or a tag.
  const relatedRows = await db.newsArticle.findMany({
    where: {
      status: "published",
      slug: { not: slug },
      OR: [{ zones: { some: { slug: { in: s.zones } } } }, { tags: { hasSome: s.tags } }],
    },
    include,
    orderBy: order,
    take: 4,
  });
  return {
    ...s,
    body: t.body,
    byline: t.byline,
    sourceUrl: n.sourceUrl,
    updatedAt: laterIso(n.updatedAt, t.revisionAt),
    liveAt: t.revisionAt.toISOString(),
    heroImage: heroImage(n.heroImage, locale),
    related: relatedRows.flatMap((r) => summarize(r, locale) ?? []),
  };
}

/** All published items for feeds and the sitemap, newest first. */
export async function getAllNews(locale: Locale): Promise<(NewsSummary & { body: string; updatedAt: string })[]> {
  "use cache";
  locale = argLocale(locale);
  cacheTag(tags.news);
  cacheLife("max");
  const rows = await db.newsArticle.findMany({ where: { status: "published" }, include, orderBy: order });
  return rows.flatMap((r) => {
    const s = summarize(r, locale);
    if (!s) return [];
    const t = r.translations.find((x) => x.locale === s.lang)!;
    return [{ ...s, body: t.body, updatedAt: laterIso(r.updatedAt, t.revisionAt) }];
  });
}
