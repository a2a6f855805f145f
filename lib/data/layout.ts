import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db";
import { tags } from "@/lib/cache-tags";
import type { Locale } from "@/i18n/routing";
import { pickTranslation } from "./translation";
import { argLocale, argSlug } from "@/lib/validation/data-args";

import type { LayoutKind } from "@/lib/content-model/enums";
export type { LayoutKind };

export interface LayoutElementView {
  slug: string;
  kind: LayoutKind;
  parent: string | null;
  linkedZone: string | null;
  posX: number;
  posY: number;
  lang: Locale;
  fallback: boolean;
  name: string;
  description: string;
  industries: string[];
  anchorFacility: string;
}

/** The 一核、两翼、多园 layout of a zone (by default the China-ROK zone), in display order. */
export async function getLayout(locale: Locale, zone = "china-rok-changchun"): Promise<LayoutElementView[]> {
  "use cache";
  locale = argLocale(locale);
  if (!argSlug(zone)) return [];
  cacheTag(tags.layout);
  cacheLife("max");
  const rows = await db.layoutElement.findMany({
    where: { status: "published", zone: { slug: zone } },
    orderBy: { sortOrder: "asc" },
    include: { translations: true, parent: { select: { slug: true } }, linkedZone: { select: { slug: true } } },
  });
  return rows.flatMap((e) => {
    const t = pickTranslation(e.translations, locale, e.originalLocale);
    if (!t) return [];
    return [
      {
        slug: e.slug,
        kind: e.kind,
        parent: e.parent?.slug ?? null,
        linkedZone: e.linkedZone?.slug ?? null,
        posX: e.posX,
        posY: e.posY,
        lang: t.locale,
        fallback: t.fallback,
        name: t.text.name,
        description: t.text.description,
        industries: t.text.industries,
        anchorFacility: t.text.anchorFacility,
      },
    ];
  });
}
