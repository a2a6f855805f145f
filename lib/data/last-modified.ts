// When each public page last changed, per language, for the sitemaps' <lastmod>: the later of the item's
// own change (details, structure) and when the live text shown in that language went live (its revision's
// publication; the original's when the page falls back to it). List pages take their newest item.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db";
import { tags } from "@/lib/cache-tags";
import { locales, type Locale } from "@/i18n/routing";

export type PerLocale = Record<Locale, string>;

export interface LastModified {
  zones: Record<string, PerLocale>;
  policies: Record<string, PerLocale>;
  news: Record<string, PerLocale>;
  figures: PerLocale | null;
  glossary: PerLocale | null;
  layout: PerLocale | null;
}

interface Row {
  slug: string;
  originalLocale: Locale;
  updatedAt: Date;
  translations: { locale: Locale; status: "draft" | "published"; revisionAt: Date }[];
}

function perLocale(r: Row): PerLocale {
  const live = r.translations.filter((t) => t.status === "published");
  const original = live.find((t) => t.locale === r.originalLocale);
  const out = {} as PerLocale;
  for (const l of locales) {
    const t = live.find((x) => x.locale === l) ?? original;
    out[l] = (t && t.revisionAt > r.updatedAt ? t.revisionAt : r.updatedAt).toISOString();
  }
  return out;
}

/** The newest of several items, per language; null when there are none. */
export function newest(items: PerLocale[]): PerLocale | null {
  if (!items.length) return null;
  const out = {} as PerLocale;
  for (const l of locales)
    out[l] = items
      .map((i) => i[l])
      .sort()
      .at(-1)!;
  return out;
}

const select = {
  slug: true,
  originalLocale: true,
  updatedAt: true,
  translations: { select: { locale: true, status: true, revisionAt: true } },
} as const;
const where = { status: "published" } as const;

export async function getLastModified(): Promise<LastModified> {
  "use cache";
  cacheTag(tags.zones, tags.policies, tags.news, tags.figures, tags.glossary, tags.layout);
  cacheLife("max");
  const [zones, policies, news, figures, layout] = await Promise.all([
    db.zone.findMany({ where, select }),
    db.policy.findMany({ where, select }),
    db.newsArticle.findMany({ where, select }),
    db.keyFigure.findMany({ where, select }),
    db.layoutElement.findMany({ where, select }),
  ]);
  const glossary = await db.glossaryTerm.findMany({ where, select: { slug: true, updatedAt: true } });
  const map = (rows: Row[]) => Object.fromEntries(rows.map((r) => [r.slug, perLocale(r)]));
  const same = (d: Date): PerLocale => Object.fromEntries(locales.map((l) => [l, d.toISOString()])) as PerLocale;
  return {
    zones: map(zones),
    policies: map(policies),
    news: map(news),
    figures: newest(figures.map(perLocale)),
    glossary: newest(glossary.map((g) => same(g.updatedAt))),
    layout: newest(layout.map(perLocale)),
  };
}
