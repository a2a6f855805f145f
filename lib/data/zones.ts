import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db";
import { tags } from "@/lib/cache-tags";
import type { Locale } from "@/i18n/routing";
import { isoDate, pickTranslation, laterIso, provenanceOf, type Provenance } from "./translation";
import type { SourceRef } from "./sources";
import { sourceRef } from "./sources";
import { argLocale, argSlug } from "@/lib/validation/data-args";

import type { ZoneKind } from "@/lib/content-model/enums";
export type { ZoneKind };

export interface ZoneSummary {
  slug: string;
  kind: ZoneKind;
  /** The locale the text is in, and whether that is a fallback to the original. */
  lang: Locale;
  fallback: boolean;
  name: string;
  shortName: string;
  summary: string;
  areaNearKm2: number | null;
  areaTotalKm2: number | null;
  approvedOn: string | null;
  establishedOn: string | null;
}

export interface ZoneProfile extends ZoneSummary {
  positioning: string;
  goals2025: string;
  goals2035: string;
  industries: string[];
  body: string;
  /** For a translation: what it was made from (the provenance line). */
  provenance: Provenance | null;
  originalLocale: Locale;
  source: SourceRef | null;
  relations: { kind: string; direction: "from" | "to"; slug: string; name: string; lang: Locale }[];
  updatedAt: string;
}

const zoneInclude = { translations: true } as const;

type ZoneRow = Awaited<ReturnType<typeof db.zone.findMany<{ include: typeof zoneInclude }>>>[number];

function toSummary(z: ZoneRow, locale: Locale): (ZoneSummary & { t: ZoneRow["translations"][number] }) | null {
  const t = pickTranslation(z.translations, locale, z.originalLocale);
  if (!t) return null;
  return {
    slug: z.slug,
    kind: z.kind,
    lang: t.locale,
    fallback: t.fallback,
    name: t.text.name,
    shortName: t.text.shortName,
    summary: t.text.summary,
    areaNearKm2: z.areaNearKm2 === null ? null : Number(z.areaNearKm2),
    areaTotalKm2: z.areaTotalKm2 === null ? null : Number(z.areaTotalKm2),
    approvedOn: isoDate(z.approvedOn),
    establishedOn: isoDate(z.establishedOn),
    t: t.text,
  };
}

/** Published zones in display order, text in `locale` (or the original language, flagged). */
export async function getZones(locale: Locale): Promise<ZoneSummary[]> {
  "use cache";
  locale = argLocale(locale);
  cacheTag(tags.zones);
  cacheLife("max");
  const rows = await db.zone.findMany({
    where: { status: "published" },
    orderBy: { sortOrder: "asc" },
    include: zoneInclude,
  });
  return rows.flatMap((z) => {
    const s = toSummary(z, locale);
    if (!s) return [];
    const { t: _t, ...summary } = s;
    return [summary];
  });
}

/** One published zone's profile, or null. */
export async function getZone(locale: Locale, slug: string): Promise<ZoneProfile | null> {
  "use cache";
  locale = argLocale(locale);
  if (!argSlug(slug)) return null;
  cacheTag(tags.zones, tags.zone(slug));
  cacheLife("max");
  const z = await db.zone.findFirst({
    where: { slug, status: "published" },
    include: {
      translations: true,
      sourceNews: { include: { translations: true } },
      sourcePolicy: { include: { translations: true } },
      relationsFrom: { include: { to: { include: { translations: true } } } },
      relationsTo: { include: { from: { include: { translations: true } } } },
    },
  });
  if (!z) return null;
  const s = toSummary(z, locale);
  if (!s) return null;
  const { t, ...summary } = s;
  const rel = (other: ZoneRow, kind: string, direction: "from" | "to") => {
    const ot = pickTranslation(other.translations, locale, other.originalLocale);
    return ot && other.status === "published"
      ? [{ kind, direction, slug: other.slug, name: ot.text.name, lang: ot.locale }]
      : [];
  };
  return {
    ...summary,
    positioning: t.positioning,
    goals2025: t.goals2025,
    goals2035: t.goals2035,
    industries: t.industries,
    body: t.body,
    source: z.sourceNews
      ? sourceRef("news", z.sourceNews, locale)
      : z.sourcePolicy
        ? sourceRef("policy", z.sourcePolicy, locale)
        : null,
    relations: [
      ...z.relationsFrom.flatMap((r) => rel(r.to, r.kind, "to")),
      ...z.relationsTo.flatMap((r) => rel(r.from, r.kind, "from")),
    ],
    updatedAt: laterIso(z.updatedAt, s.t.revisionAt),
    provenance: provenanceOf(z.translations, { text: s.t, locale: s.lang, fallback: s.fallback }, z.originalLocale),
    originalLocale: z.originalLocale,
  };
}

export async function getZoneSlugs(): Promise<string[]> {
  "use cache";
  cacheTag(tags.zones);
  cacheLife("max");
  const rows = await db.zone.findMany({ where: { status: "published" }, select: { slug: true } });
  return rows.map((r) => r.slug);
}
