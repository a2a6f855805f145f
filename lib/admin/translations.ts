// The translation dashboard: for every locale and content type, how many items there are and how many of
// them have a translation, a published one, an outdated one or none; and the list of outdated
// translations, each with what changed in the original-language text since the translation was made.
//
// A translation records the original's revision it was made from (sourceRevision); the original's text at
// that revision is its Revision row with data.revision === sourceRevision (for the seeded revision 1, the
// "baseline" row written before the original's first edit). When that row is missing (text older than the
// history), the comparison is reported as unavailable rather than guessed.
//
// For anyone who may edit at least one locale; every row says whether this user may edit it. Not cached.
import "server-only";
import { db } from "@/lib/db";
import { locales, type Locale } from "@/i18n/routing";
import { canEditAnyLocale, canEditLocale, canEditText, type AdminUser } from "@/lib/auth/permissions";
import { contentTypeKeys, contentTypes, type ContentType } from "@/lib/content-model/types";
import { diffFields, type FieldDiff } from "@/lib/admin/diff";
import { storageOf, fieldValues, isOutdated, model, type TranslationRow } from "@/lib/admin/content";
import type { PublishStatus } from "@/lib/generated/prisma/client";

export interface CoverageRow {
  type: ContentType;
  /** Items of this type. */
  items: number;
  /** Items with a translation row in this locale (the original counts). */
  present: number;
  /** Of those, published; null where translations follow their parent's status. */
  published: number | null;
  /** Translations made from an older revision of the original. */
  outdated: number;
  /** Items without a row in this locale. */
  missing: number;
}

export interface LocaleCoverage {
  locale: Locale;
  /** Whether this user may edit this locale's text. */
  editable: boolean;
  rows: CoverageRow[];
}

export interface OutdatedTranslation {
  type: ContentType;
  key: string;
  /** The original's first field (name or title), or the key when that is empty. */
  title: string;
  /** For sections and articles: their number in the policy. */
  number?: number;
  locale: Locale;
  originalLocale: Locale;
  /** The original's revision the translation was made from. */
  sourceRevision: number | null;
  /** The original's current revision. */
  originalRevision: number;
  editable: boolean;
  /** Changed fields of the original since sourceRevision; null when that text is not recorded. */
  sourceDiff: FieldDiff[] | null;
}

export interface TranslationDashboard {
  coverage: LocaleCoverage[];
  /** Outdated translations, by type, item and locale (at most `limit`). */
  outdated: OutdatedTranslation[];
  /** How many outdated translations there are in all. */
  outdatedTotal: number;
}

type Row = TranslationRow & { status?: PublishStatus };
interface Item {
  type: ContentType;
  key: string;
  number?: number;
  originalLocale: Locale;
  translations: Row[];
}

/** Every item of a type with the bookkeeping columns of its translations (and the original's first field). */
async function itemsOf(type: ContentType): Promise<Item[]> {
  const s = storageOf(type);
  const def = contentTypes[type];
  const translations = {
    select: {
      id: true,
      locale: true,
      revision: true,
      sourceRevision: true,
      status: true,
      [def.fields[0]!.name]: true,
    },
  };
  if (s.part) {
    const parts = await model(db, s.part).findMany({
      select: { anchor: true, number: true, policy: { select: { slug: true, originalLocale: true } }, translations },
      orderBy: [{ policy: { slug: "asc" } }, { sortOrder: "asc" }],
    });
    return parts.map((p) => {
      const policy = p.policy as { slug: string; originalLocale: Locale };
      return {
        type,
        key: `${policy.slug}~${p.anchor}`,
        number: p.number as number,
        originalLocale: policy.originalLocale,
        translations: p.translations as Row[],
      };
    });
  }
  const roots = await model(db, s.root).findMany({
    select: { slug: true, originalLocale: true, translations },
    orderBy: { slug: "asc" },
  });
  return roots.map((r) => ({
    type,
    key: r.slug as string,
    originalLocale: r.originalLocale as Locale,
    translations: r.translations as Row[],
  }));
}

const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/** Coverage per locale and type, and the outdated translations with their source diffs (up to `limit`). */
export async function getTranslationDashboard(
  actor: AdminUser | null,
  opts: { limit?: number } = {},
): Promise<{ ok: true; dashboard: TranslationDashboard } | { ok: false; error: "forbidden" }> {
  if (!canEditAnyLocale(actor)) return { ok: false, error: "forbidden" };
  const limit = opts.limit ?? 100;
  const all = await Promise.all(contentTypeKeys.map((type) => itemsOf(type)));

  const coverage: LocaleCoverage[] = locales.map((locale) => ({
    locale,
    editable: canEditLocale(actor, locale),
    rows: contentTypeKeys.map((type, i) => {
      const items = all[i]!;
      let present = 0;
      let published = 0;
      let outdated = 0;
      for (const item of items) {
        const t = item.translations.find((x) => x.locale === locale);
        if (!t) continue;
        present++;
        if (t.status === "published") published++;
        const original = item.translations.find((x) => x.locale === item.originalLocale);
        if (isOutdated(t, original)) outdated++;
      }
      return {
        type,
        items: items.length,
        present,
        published,
        outdated,
        missing: items.length - present,
      };
    }),
  }));

  // The outdated translations, in type order, then item, then locale.
  const found: { item: Item; t: Row; original: Row }[] = [];
  for (const items of all) {
    for (const item of items) {
      const original = item.translations.find((x) => x.locale === item.originalLocale);
      if (!original) continue;
      for (const locale of locales) {
        const t = item.translations.find((x) => x.locale === locale);
        if (t && isOutdated(t, original)) found.push({ item, t, original });
      }
    }
  }
  const shown = found.slice(0, limit);

  // The originals' current text, and their text at each translation's source revision.
  const currentText = new Map<string, Record<string, unknown>>();
  const oldText = new Map<string, Record<string, unknown>>();
  const byType = new Map<ContentType, { ids: Set<string>; pairs: Map<string, { id: string; revision: number }> }>();
  for (const { item, t, original } of shown) {
    const g = byType.get(item.type) ?? { ids: new Set<string>(), pairs: new Map() };
    byType.set(item.type, g);
    g.ids.add(original.id);
    if (t.sourceRevision !== null)
      g.pairs.set(`${original.id}@${t.sourceRevision}`, { id: original.id, revision: t.sourceRevision });
  }
  for (const [type, g] of byType) {
    const rows = await model(db, storageOf(type).translation).findMany({ where: { id: { in: [...g.ids] } } });
    for (const r of rows) currentText.set(r.id as string, r);
    if (g.pairs.size === 0) continue;
    const revisions = await db.revision.findMany({
      where: {
        entityType: `${type}-translation`,
        OR: [...g.pairs.values()].map((p) => ({ entityId: p.id, data: { path: ["revision"], equals: p.revision } })),
      },
      orderBy: { createdAt: "asc" },
      select: { entityId: true, data: true },
    });
    for (const r of revisions) {
      const data = (r.data ?? {}) as Record<string, unknown>;
      const rev = num(data.revision);
      // The first row recorded at that revision: later ones (none, normally) cannot be the text it started with.
      const k = `${r.entityId}@${rev}`;
      if (rev !== null && !oldText.has(k)) oldText.set(k, data);
    }
  }

  const firstField = (type: ContentType) => contentTypes[type].fields[0]!.name;
  const outdated: OutdatedTranslation[] = shown.map(({ item, t, original }) => {
    const before = t.sourceRevision !== null ? oldText.get(`${original.id}@${t.sourceRevision}`) : undefined;
    const now = currentText.get(original.id) ?? original;
    const title = original[firstField(item.type)];
    return {
      type: item.type,
      key: item.key,
      title: (typeof title === "string" && title) || item.key,
      number: item.number,
      locale: t.locale,
      originalLocale: item.originalLocale,
      sourceRevision: t.sourceRevision,
      originalRevision: original.revision,
      editable: canEditText(actor, t.locale, item.originalLocale),
      sourceDiff: before
        ? diffFields(
            contentTypes[item.type].fields,
            fieldValues(item.type, before),
            fieldValues(item.type, now),
            item.originalLocale,
          ).filter((f) => f.changed)
        : null,
    };
  });

  return { ok: true, dashboard: { coverage, outdated, outdatedTotal: found.length } };
}
