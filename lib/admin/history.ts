// The revision history of one locale's text of one item (every save is a Revision row, written by
// lib/admin/content.ts; before the first save of a translation, a "baseline" row records the text it
// replaced), the comparison of any two of its revisions, and restoring an old revision — which is itself
// a save (saveContentTranslation with the audit action "revision.restore"), so it becomes a new revision
// and nothing in the history is ever rewritten.
//
// Reading needs the same permission as editing that locale (canEditLocale). Restoring goes through the
// save, which also refuses a translator the original-language text (canEditText). Expected failures come
// back as typed results, never as throws. Not cached: the admin must see the current state.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { type Locale } from "@/i18n/routing";
import { canEditLocale, canEditText, type AdminUser } from "@/lib/auth/permissions";
import {
  contentTypeKeys,
  contentTypes,
  isContentType,
  itemKeySchema,
  type ContentType,
  type FieldValues,
} from "@/lib/content-model/types";
import { diffFields, type FieldDiff } from "@/lib/admin/diff";
import {
  fieldValues,
  headRevision,
  locate,
  saveContentTranslation,
  type Failure,
  type WriteResult,
} from "@/lib/admin/content";
import { localeSchema } from "@/lib/validation/common";

const locateItem = (type: ContentType, key: string) => locate(db, type, key);

// ---------------------------------------------------------------- reading

export type RevisionAuthor = { kind: "system" } | { kind: "user"; name: string; email: string } | { kind: "unknown" };

export interface RevisionEntry {
  id: string;
  /** The translation's revision number after this save (for a baseline: the revision it recorded). */
  revision: number;
  /** The item's version after this save. */
  version: number;
  sourceRevision: number | null;
  /** The text before the first edit (seeded or imported), recorded by the system. */
  baseline: boolean;
  createdAt: Date;
  author: RevisionAuthor;
  /** For a restore: the revision whose text it brought back. */
  restoredFrom: number | null;
  values: FieldValues;
}

export interface TranslationHistory {
  type: ContentType;
  key: string;
  locale: Locale;
  originalLocale: Locale;
  isOriginal: boolean;
  /** The first field of the original-language text (its name or title). */
  title: string;
  /** The item's current version. */
  version: number;
  /** The translation's current revision: its pending draft's, else the live one (a restore names it). */
  revision: number;
  /** The revision that is live (0: never published). */
  liveRevision: number;
  /** Whether this user may restore (save) this locale's text. */
  canRestore: boolean;
  /** Newest first. */
  revisions: RevisionEntry[];
}

const num = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

/** Every revision of one locale's text of one item, newest first, with who saved it and when. */
export async function listRevisions(
  actor: AdminUser | null,
  type: unknown,
  key: string,
  locale: string,
): Promise<{ ok: true; history: TranslationHistory } | Failure> {
  const l = localeSchema.safeParse(locale);
  if (!isContentType(type) || !l.success) return { ok: false, error: "notFound" };
  if (!canEditLocale(actor, l.data)) return { ok: false, error: "forbidden" };
  const found = await locateItem(type, key);
  const translation = found?.translations.find((t) => t.locale === l.data);
  const original = found?.translations.find((t) => t.locale === found.originalLocale);
  if (!found || !translation || !original) return { ok: false, error: "notFound" };

  const rows = await db.revision.findMany({
    where: { entityType: `${type}-translation`, entityId: translation.id },
    orderBy: [{ createdAt: "desc" }, { version: "desc" }],
  });
  const userIds = [...new Set(rows.flatMap((r) => (r.userId ? [r.userId] : [])))];
  const users = userIds.length
    ? await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true } })
    : [];
  const byId = new Map(users.map((u) => [u.id, u]));
  // A restore is a save like any other; its audit entry says which revision it brought back.
  const restores = await db.auditLog.findMany({
    where: { action: "revision.restore", target: `${type}:${key}` },
    select: { details: true },
  });
  const restoredFrom = new Map<number, number>();
  for (const a of restores) {
    const d = (a.details ?? {}) as Record<string, unknown>;
    const rev = num(d.revision);
    const from = num(d.restoredRevision);
    if (d.locale === l.data && rev !== null && from !== null) restoredFrom.set(rev, from);
  }

  const revisions: RevisionEntry[] = rows.map((r) => {
    const data = (r.data ?? {}) as Record<string, unknown>;
    const baseline = data.baseline === true;
    const user = r.userId ? byId.get(r.userId) : undefined;
    const revision = num(data.revision) ?? 0;
    return {
      id: r.id,
      revision,
      version: r.version,
      sourceRevision: num(data.sourceRevision),
      baseline,
      createdAt: r.createdAt,
      author: user
        ? { kind: "user", name: user.name, email: user.email }
        : baseline && !r.userId
          ? { kind: "system" }
          : { kind: "unknown" },
      restoredFrom: baseline ? null : (restoredFrom.get(revision) ?? null),
      values: fieldValues(type, data),
    };
  });
  const firstField = contentTypes[type].fields[0]!.name;
  return {
    ok: true,
    history: {
      type,
      key,
      locale: l.data,
      originalLocale: found.originalLocale,
      isOriginal: l.data === found.originalLocale,
      title: (typeof original[firstField] === "string" && (original[firstField] as string)) || key,
      version: found.version,
      revision: headRevision(translation),
      liveRevision: translation.status === "published" ? translation.revision : 0,
      canRestore: canEditText(actor, l.data, found.originalLocale),
      revisions,
    },
  };
}

export interface RevisionComparison {
  from: RevisionEntry | null;
  to: RevisionEntry;
  /** Every field in the registry's order; empty when there is no earlier revision to compare with. */
  fields: FieldDiff[];
}

/**
 * Two revisions of a history compared field by field. By default the newest against the one before it;
 * `toId` alone compares that revision with the one before it; `fromId` and `toId` any two (in the order
 * given). Unknown ids fall back to the defaults. Null when the history is empty.
 */
export function compareRevisions(
  history: TranslationHistory,
  fromId?: string,
  toId?: string,
): RevisionComparison | null {
  const list = history.revisions;
  const toIndex = Math.max(
    0,
    list.findIndex((r) => r.id === toId),
  );
  const to = list[toIndex];
  if (!to) return null;
  const from =
    (fromId && fromId !== to.id ? list.find((r) => r.id === fromId) : undefined) ?? list[toIndex + 1] ?? null;
  return {
    from,
    to,
    fields: from ? diffFields(contentTypes[history.type].fields, from.values, to.values, history.locale) : [],
  };
}

// ---------------------------------------------------------------- restoring

const restoreSchema = z.object({
  type: z.enum(contentTypeKeys),
  key: itemKeySchema,
  locale: localeSchema,
  revisionId: z.string().min(1).max(100),
  expectedRevision: z.coerce.number().int().min(0),
});

/**
 * Brings back the text of one revision as a new draft, based on `expectedRevision` (the translation's
 * revision the history page was opened at): a stale one is refused and nothing is written. The revision must be
 * one of this item's, in this locale.
 */
export async function restoreRevision(actor: AdminUser | null, input: unknown): Promise<WriteResult> {
  const raw = (input ?? {}) as Record<string, unknown>;
  const requested = localeSchema.safeParse(raw.locale);
  if (!actor || (requested.success && !canEditLocale(actor, requested.data))) return { ok: false, error: "forbidden" };
  const parsed = restoreSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: "notFound" };
  const v = parsed.data;
  if (!canEditLocale(actor, v.locale)) return { ok: false, error: "forbidden" };
  const found = await locateItem(v.type, v.key);
  const translation = found?.translations.find((t) => t.locale === v.locale);
  if (!found || !translation) return { ok: false, error: "notFound" };
  if (!canEditText(actor, v.locale, found.originalLocale)) return { ok: false, error: "forbidden" };
  const rev = await db.revision.findFirst({
    where: { id: v.revisionId, entityType: `${v.type}-translation`, entityId: translation.id },
    select: { data: true },
  });
  if (!rev) return { ok: false, error: "notFound" };
  const data = (rev.data ?? {}) as Record<string, unknown>;
  return saveContentTranslation(
    actor,
    { type: v.type, key: v.key, locale: v.locale, expectedRevision: v.expectedRevision, ...fieldValues(v.type, data) },
    {
      action: "revision.restore",
      details: { restoredRevision: num(data.revision), revisionId: v.revisionId },
      sourceRevision: v.locale === found.originalLocale ? undefined : num(data.sourceRevision),
    },
  );
}
