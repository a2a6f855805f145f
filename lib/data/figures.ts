import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db";
import { tags } from "@/lib/cache-tags";
import type { Locale } from "@/i18n/routing";
import { isoDate, pickTranslation } from "./translation";
import { sourceRef, type SourceRef } from "./sources";
import { argLocale, argSlug } from "@/lib/validation/data-args";

export interface KeyFigureView {
  slug: string;
  zone: string | null;
  value: number;
  unit: string;
  asOf: string | null;
  lang: Locale;
  fallback: boolean;
  label: string;
  qualifier: string;
  period: string;
  note: string;
  source: SourceRef | null;
}

export async function getFigures(locale: Locale, zone?: string): Promise<KeyFigureView[]> {
  "use cache";
  locale = argLocale(locale);
  if (zone !== undefined && !argSlug(zone)) return [];
  cacheTag(tags.figures);
  cacheLife("max");
  const rows = await db.keyFigure.findMany({
    where: { status: "published", ...(zone ? { zone: { slug: zone } } : {}) },
    orderBy: { sortOrder: "asc" },
    include: {
      translations: true,
      zone: { select: { slug: true } },
      sourceNews: { include: { translations: true } },
      sourcePolicy: { include: { translations: true } },
    },
  });
  return rows.flatMap((f) => {
    const t = pickTranslation(f.translations, locale, f.originalLocale);
    if (!t) return [];
    return [
      {
        slug: f.slug,
        zone: f.zone?.slug ?? null,
        value: Number(f.value),
        unit: f.unit,
        asOf: isoDate(f.asOf),
        lang: t.locale,
        fallback: t.fallback,
        label: t.text.label,
        qualifier: t.text.qualifier,
        period: t.text.period,
        note: t.text.note,
        source: f.sourceNews
          ? sourceRef("news", f.sourceNews, locale)
          : f.sourcePolicy
            ? sourceRef("policy", f.sourcePolicy, locale)
            : null,
      },
    ];
  });
}
