// Editing the text of every content type in the admin, one locale at a time (the types and their fields:
// lib/admin/content-types.ts): the list with per-locale status and outdated flags, one translation with
// its original-language source beside it, saving (validated; optimistic concurrency on the item's
// version; a Revision row and an AuditLog row per save) and publishing/unpublishing per locale.
//
// Every function takes the acting user and checks the permission itself (lib/auth/permissions.ts):
// editors and admins may edit every locale, a translator `translation:edit:<locale>` for theirs only;
// publishing needs `content:publish`. Expected failures come back as typed results, never as throws.
// Not cached: the admin must see the current state.
//
// The version that guards concurrent saves lives on the item's root record (Zone, LayoutElement, Policy,
// NewsArticle, KeyFigure, GlossaryTerm); a policy's sections and articles share their policy's version.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { locales, type Locale } from "@/i18n/routing";
import { can, type AdminUser } from "@/lib/auth/permissions";
import { invalidate, type ContentChange } from "@/lib/revalidate";
import { affectedBy } from "./admin-affected";
import {
  contentTypes,
  fieldsSchema,
  isContentType,
  itemKeySchema,
  type ContentType,
  type FieldErrorCode,
  type FieldValues,
} from "@/lib/admin/content-types";
import type { PublishStatus } from "@/lib/generated/prisma/client";

export type FieldErrors = Record<string, FieldErrorCode>;
export type Failure = { ok: false; error: "forbidden" | "stale" | "notFound" };
export type Invalid = { ok: false; error: "invalid"; fieldErrors: FieldErrors };
export type WriteResult = { ok: true; version: number } | Failure | Invalid;

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

// ---------------------------------------------------------------- where each type lives

type RootModel = "zone" | "layoutElement" | "policy" | "newsArticle" | "keyFigure" | "glossaryTerm";
type TranslationModel =
  | "zoneTranslation"
  | "layoutElementTranslation"
  | "policyTranslation"
  | "policySectionTranslation"
  | "policyArticleTranslation"
  | "newsTranslation"
  | "keyFigureTranslation"
  | "glossaryTermTranslation";

interface Storage {
  root: RootModel;
  translation: TranslationModel;
  /** The translation's foreign key to its owner (the root, or a policy section/article). */
  ownerKey: string;
  /** For sections and articles: the owner model, found by policy + anchor. */
  part?: "policySection" | "policyArticle";
  /** Whose pages show it (lib/data/admin-affected.ts). */
  kind: "zone" | "layout" | "policy" | "news" | "figure" | "glossary";
}

/** Where each type lives (shared with the history and translation dashboard modules). */
export const contentStorage: Record<ContentType, Storage> = {
  zone: { root: "zone", translation: "zoneTranslation", ownerKey: "zoneId", kind: "zone" },
  layout: { root: "layoutElement", translation: "layoutElementTranslation", ownerKey: "elementId", kind: "layout" },
  policy: { root: "policy", translation: "policyTranslation", ownerKey: "policyId", kind: "policy" },
  "policy-section": {
    root: "policy",
    part: "policySection",
    translation: "policySectionTranslation",
    ownerKey: "sectionId",
    kind: "policy",
  },
  "policy-article": {
    root: "policy",
    part: "policyArticle",
    translation: "policyArticleTranslation",
    ownerKey: "articleId",
    kind: "policy",
  },
  news: { root: "newsArticle", translation: "newsTranslation", ownerKey: "articleId", kind: "news" },
  figure: { root: "keyFigure", translation: "keyFigureTranslation", ownerKey: "figureId", kind: "figure" },
  glossary: { root: "glossaryTerm", translation: "glossaryTermTranslation", ownerKey: "termId", kind: "glossary" },
};

/** The handful of delegate methods used here, common to every model (Prisma's own types differ per model). */
interface Delegate {
  findUnique(args: object): Promise<Record<string, unknown> | null>;
  findFirst(args: object): Promise<Record<string, unknown> | null>;
  findMany(args: object): Promise<Record<string, unknown>[]>;
  updateMany(args: object): Promise<{ count: number }>;
  update(args: object): Promise<Record<string, unknown>>;
  create(args: object): Promise<Record<string, unknown>>;
}
export const model = (client: Tx | typeof db, name: string) => (client as unknown as Record<string, Delegate>)[name]!;

export interface TranslationRow extends Record<string, unknown> {
  id: string;
  locale: Locale;
  revision: number;
  sourceRevision: number | null;
  status?: PublishStatus;
  publishedAt?: Date | null;
}

export interface Located {
  rootId: string;
  rootSlug: string;
  version: number;
  originalLocale: Locale;
  ownerId: string;
  translations: TranslationRow[];
}

const parseKey = (key: string) => {
  const [slug, anchor] = key.split("~") as [string, string | undefined];
  return { slug, anchor };
};

/** Finds an item by its key with all its translations, or null. */
export async function locate(client: Tx | typeof db, type: ContentType, key: string): Promise<Located | null> {
  const s = contentStorage[type];
  if (!itemKeySchema.safeParse(key).success) return null;
  const { slug, anchor } = parseKey(key);
  if (!!s.part !== !!anchor) return null;
  const root = await model(client, s.root).findUnique({
    where: { slug },
    select: { id: true, slug: true, version: true, originalLocale: true },
  });
  if (!root) return null;
  let ownerId = root.id as string;
  if (s.part) {
    const part = await model(client, s.part).findFirst({ where: { policyId: root.id, anchor }, select: { id: true } });
    if (!part) return null;
    ownerId = part.id as string;
  }
  const translations = (await model(client, s.translation).findMany({ where: { [s.ownerKey]: ownerId } })) as TranslationRow[];
  return {
    rootId: root.id as string,
    rootSlug: root.slug as string,
    version: root.version as number,
    originalLocale: root.originalLocale as Locale,
    ownerId,
    translations,
  };
}

// ---------------------------------------------------------------- small rules

/** Whether the user may edit the text of `locale` (editors and admins: every locale). */
export function canEditLocale(user: AdminUser | null | undefined, locale: Locale): boolean {
  return can(user, `translation:edit:${locale}`);
}

export const canEditAnyLocale = (user: AdminUser | null | undefined) => locales.some((l) => canEditLocale(user, l));

/**
 * Whether the user may edit this item's text in `locale`. The original-language text is the source every
 * translation is checked against, so changing it is an editor's decision: a translator assigned the
 * original's language may read it but not save it.
 */
export function canEditText(user: AdminUser | null | undefined, locale: Locale, originalLocale: Locale): boolean {
  return canEditLocale(user, locale) && (locale !== originalLocale || can(user, "content:edit"));
}

export const isOutdated = (t: { locale: Locale; sourceRevision: number | null }, original: { locale: Locale; revision: number } | undefined) =>
  !!original && t.locale !== original.locale && (t.sourceRevision ?? 0) < original.revision;

const localeSchema = z.enum(locales);

function toFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path[0];
    if (typeof key !== "string" || out[key]) continue;
    const nested = issue.path.length > 1;
    out[key] =
      issue.code === "too_small" ? "required" : issue.code === "too_big" ? (nested || issue.origin === "string" ? "tooLong" : "tooMany") : "invalid";
  }
  return out;
}

/** The translatable fields of a row, in the registry's order. */
export function fieldValues(type: ContentType, row: Record<string, unknown>): FieldValues {
  return Object.fromEntries(contentTypes[type].fields.map((d) => [d.name, (row[d.name] as string | string[] | undefined) ?? (d.kind === "list" ? [] : "")]));
}

const titleOf = (type: ContentType, row: Record<string, unknown> | undefined) => {
  const v = row?.[contentTypes[type].fields[0]!.name];
  return typeof v === "string" ? v : "";
};

// ---------------------------------------------------------------- reading

export interface ContentListItem {
  key: string;
  originalLocale: Locale;
  version: number;
  title: string;
  /** For sections and articles: their number in the policy. */
  number?: number;
  /** Every locale; `missing` when the item has no text in it yet. */
  translations: { locale: Locale; status: PublishStatus | null; outdated: boolean; editable: boolean; missing: boolean }[];
}

/** Every item of a type with its per-locale status; for anyone who may edit at least one locale. */
export async function listContent(actor: AdminUser | null, type: unknown): Promise<{ ok: true; items: ContentListItem[] } | Failure> {
  if (!canEditAnyLocale(actor)) return { ok: false, error: "forbidden" };
  if (!isContentType(type)) return { ok: false, error: "notFound" };
  const s = contentStorage[type];
  const tSelect = { select: { locale: true, revision: true, sourceRevision: true, ...(contentTypes[type].publishable ? { status: true } : {}), [contentTypes[type].fields[0]!.name]: true } };

  type Row = { key: string; number?: number; version: number; originalLocale: Locale; translations: TranslationRow[] };
  let rows: Row[];
  if (s.part) {
    const parts = await model(db, s.part).findMany({
      select: { anchor: true, number: true, policy: { select: { slug: true, version: true, originalLocale: true } }, translations: tSelect },
      orderBy: [{ policy: { slug: "asc" } }, { sortOrder: "asc" }],
    });
    rows = parts.map((p) => {
      const policy = p.policy as { slug: string; version: number; originalLocale: Locale };
      return { key: `${policy.slug}~${p.anchor}`, number: p.number as number, version: policy.version, originalLocale: policy.originalLocale, translations: p.translations as TranslationRow[] };
    });
  } else {
    const roots = await model(db, s.root).findMany({
      select: { slug: true, version: true, originalLocale: true, translations: tSelect },
      orderBy: type === "news" ? [{ publishedOn: { sort: "desc", nulls: "last" } }, { slug: "asc" }] : [{ slug: "asc" }],
    });
    rows = roots.map((r) => ({ key: r.slug as string, version: r.version as number, originalLocale: r.originalLocale as Locale, translations: r.translations as TranslationRow[] }));
  }
  return {
    ok: true,
    items: rows.map((r) => {
      const original = r.translations.find((t) => t.locale === r.originalLocale);
      return {
        key: r.key,
        number: r.number,
        originalLocale: r.originalLocale,
        version: r.version,
        title: titleOf(type, original ?? r.translations[0]) || r.key,
        translations: locales.map((l) => {
          const t = r.translations.find((x) => x.locale === l);
          const editable = canEditText(actor, l, r.originalLocale);
          return t
            ? { locale: l, status: t.status ?? null, outdated: isOutdated(t, original), editable, missing: false }
            : { locale: l, status: null, outdated: false, editable, missing: true };
        }),
      };
    }),
  };
}

export interface EditableTranslation {
  id: string;
  locale: Locale;
  status: PublishStatus | null;
  revision: number;
  sourceRevision: number | null;
  values: FieldValues;
}

export interface ContentForEditing {
  type: ContentType;
  key: string;
  rootSlug: string;
  version: number;
  originalLocale: Locale;
  isOriginal: boolean;
  translation: EditableTranslation;
  original: EditableTranslation;
  outdated: boolean;
  /** No text in this language yet. */
  isNew: boolean;
  canPublish: boolean;
  /** Pending scheduled publication of this locale, if any. */
  scheduledAt: Date | null;
}

const editable = (type: ContentType, t: TranslationRow): EditableTranslation => ({
  id: t.id,
  locale: t.locale,
  status: t.status ?? null,
  revision: t.revision,
  sourceRevision: t.sourceRevision,
  values: fieldValues(type, t),
});

/** The translation in `locale`, the original-language text beside it, the item's version. */
export async function getContentForEditing(
  actor: AdminUser | null,
  type: unknown,
  key: string,
  locale: string,
): Promise<{ ok: true; item: ContentForEditing } | Failure> {
  const l = localeSchema.safeParse(locale);
  if (!isContentType(type) || !l.success) return { ok: false, error: "notFound" };
  if (!canEditLocale(actor, l.data)) return { ok: false, error: "forbidden" };
  const found = await locate(db, type, key);
  const original = found?.translations.find((t) => t.locale === found.originalLocale);
  if (!found || !original) return { ok: false, error: "notFound" };
  // No text in this language yet: an empty draft to write it in (saving creates the row).
  const translation: TranslationRow = found.translations.find((t) => t.locale === l.data) ?? {
    id: "",
    locale: l.data,
    revision: 0,
    sourceRevision: null,
    ...(contentTypes[type].publishable ? { status: "draft" as const } : {}),
  };
  if (!canEditText(actor, l.data, found.originalLocale)) return { ok: false, error: "forbidden" };
  const scheduled = contentTypes[type].publishable
    ? await db.scheduledPublication.findFirst({
        where: { entityType: type, itemKey: key, locale: l.data, doneAt: null },
        orderBy: { publishAt: "asc" },
        select: { publishAt: true },
      })
    : null;
  return {
    ok: true,
    item: {
      type,
      key,
      rootSlug: found.rootSlug,
      version: found.version,
      originalLocale: found.originalLocale,
      isOriginal: l.data === found.originalLocale,
      translation: editable(type, translation),
      original: editable(type, original),
      outdated: translation.revision > 0 && isOutdated(translation, original),
      isNew: translation.revision === 0,
      canPublish: contentTypes[type].publishable && translation.revision > 0 && can(actor, "content:publish"),
      scheduledAt: scheduled?.publishAt ?? null,
    },
  };
}

/** Validates a translation's fields without saving (for the editor's preview). */
export function validateContentFields(type: ContentType, input: unknown): { ok: true; values: FieldValues } | Invalid {
  const parsed = fieldsSchema(type).safeParse(input);
  return parsed.success ? { ok: true, values: parsed.data as FieldValues } : { ok: false, error: "invalid", fieldErrors: toFieldErrors(parsed.error) };
}

// ---------------------------------------------------------------- writing

const saveHeaderSchema = z.object({
  type: z.enum(Object.keys(contentStorage) as [ContentType, ...ContentType[]]),
  key: itemKeySchema,
  locale: localeSchema,
  expectedVersion: z.coerce.number().int().min(1),
});

/** Bumps the root's version if it is still `expected` (the check and the row lock in one statement). */
async function bumpVersion(tx: Tx, type: ContentType, rootId: string, expected: number): Promise<boolean> {
  const r = await model(tx, contentStorage[type].root).updateMany({ where: { id: rootId, version: expected }, data: { version: { increment: 1 } } });
  return r.count === 1;
}

/**
 * Writes the Revision row of a translation's state before its first edit (the seeded text has none), so
 * that history and the translation dashboard can always go back to what an edit replaced.
 */
async function ensureBaselineRevision(tx: Tx, type: ContentType, slug: string, t: TranslationRow, version: number) {
  const entityType = `${type}-translation`;
  const any = await tx.revision.findFirst({ where: { entityType, entityId: t.id }, select: { id: true } });
  if (any) return;
  await tx.revision.create({
    data: {
      entityType,
      entityId: t.id,
      locale: t.locale,
      version,
      data: { key: slug, ...fieldValues(type, t), revision: t.revision, sourceRevision: t.sourceRevision, baseline: true },
      userId: null,
      createdAt: new Date(Date.now() - 1),
    },
  });
}

/**
 * Saves one locale's text of one item. In one transaction: the item's version must still be
 * `expectedVersion` (else "stale", nothing written) and is incremented; the translation's revision goes
 * up; a translation records the original's current revision as its source (saving the original leaves
 * the others' as they are, so they show as outdated; a restore passes the restored text's own source
 * revision); a Revision row and an AuditLog row are written. The
 * status is left alone (a published translation stays published). Then the item's cache tags are
 * invalidated. `audit` names the action ("content.save", or "revision.restore" when restoring).
 */
export async function saveContentTranslation(
  actor: AdminUser | null,
  input: unknown,
  audit: { action: string; details?: Record<string, unknown>; sourceRevision?: number | null } = { action: "content.save" },
): Promise<WriteResult> {
  const raw = (input ?? {}) as Record<string, unknown>;
  const requested = localeSchema.safeParse(raw.locale);
  if (!actor || (requested.success && !canEditLocale(actor, requested.data))) return { ok: false, error: "forbidden" };
  const header = saveHeaderSchema.safeParse(raw);
  const type = header.success ? header.data.type : isContentType(raw.type) ? raw.type : null;
  if (!type) return { ok: false, error: "notFound" };
  const fields = fieldsSchema(type).safeParse(raw);
  if (!header.success || !fields.success) {
    const fe = { ...(header.success ? {} : toFieldErrors(header.error)), ...(fields.success ? {} : toFieldErrors(fields.error)) };
    return { ok: false, error: "invalid", fieldErrors: fe };
  }
  const h = header.data;
  if (!canEditLocale(actor, h.locale)) return { ok: false, error: "forbidden" };
  const values = fields.data as FieldValues;

  let changes: ContentChange[] = [];
  const result = await db.$transaction(async (tx): Promise<WriteResult> => {
    const found = await locate(tx, type, h.key);
    if (!found) return { ok: false, error: "notFound" };
    const existing = found.translations.find((t) => t.locale === h.locale);
    const original = found.translations.find((t) => t.locale === found.originalLocale);
    if (!original) return { ok: false, error: "notFound" };
    if (!canEditText(actor, h.locale, found.originalLocale)) return { ok: false, error: "forbidden" };
    if (!(await bumpVersion(tx, type, found.rootId, h.expectedVersion))) return { ok: false, error: "stale" };
    const version = h.expectedVersion + 1;
    // A language the item has no text in yet (e.g. an article just added to a policy) gets its row now:
    // revision 0 before this save, and a draft where the type has a status of its own.
    const translation =
      existing ??
      ((await model(tx, contentStorage[type].translation).create({
        data: {
          ...fieldValues(type, {}),
          ...values,
          [contentStorage[type].ownerKey]: found.ownerId,
          locale: h.locale,
          revision: 0,
          ...(contentTypes[type].publishable ? { status: "draft" } : {}),
        },
      })) as TranslationRow);
    if (existing) await ensureBaselineRevision(tx, type, h.key, translation, h.expectedVersion);
    const isOriginal = h.locale === found.originalLocale;
    const saved = (await model(tx, contentStorage[type].translation).update({
      where: { id: translation.id },
      // A translation is now based on the original as it stands — unless a restore brings back older text,
      // which keeps the source revision it was made from (and so stays outdated if the original moved on).
      data: {
        ...values,
        revision: { increment: 1 },
        ...(isOriginal ? {} : { sourceRevision: audit.sourceRevision !== undefined ? audit.sourceRevision : original.revision }),
      },
      select: { revision: true, sourceRevision: true },
    })) as { revision: number; sourceRevision: number | null };
    await tx.revision.create({
      data: {
        entityType: `${type}-translation`,
        entityId: translation.id,
        locale: h.locale,
        version,
        data: { key: h.key, ...values, revision: saved.revision, sourceRevision: saved.sourceRevision },
        userId: actor.id,
      },
    });
    await tx.auditLog.create({
      data: {
        userId: actor.id,
        action: audit.action,
        target: `${type}:${h.key}`,
        details: { locale: h.locale, version, revision: saved.revision, ...audit.details } as object,
      },
    });
    changes = await affectedBy(tx, contentStorage[type].kind, { id: found.rootId, slug: found.rootSlug });
    return { ok: true, version };
  });

  if (result.ok) for (const change of changes) invalidate(change);
  return result;
}

const statusSchema = z.object({
  type: z.enum(Object.keys(contentStorage) as [ContentType, ...ContentType[]]),
  key: itemKeySchema,
  locale: localeSchema,
  status: z.enum(["draft", "published"]),
  expectedVersion: z.coerce.number().int().min(1),
});

/**
 * Publishes or unpublishes one locale of an item (content:publish; translators cannot). Publishing
 * cancels a pending scheduled publication of that locale; so does unpublishing. The scheduler
 * (lib/data/admin-schedule.ts) passes `scheduled` and the item's current version.
 */
export async function setContentStatus(
  actor: AdminUser | null,
  input: unknown,
  opts: { scheduled?: boolean } = {},
): Promise<WriteResult> {
  if (!can(actor, "content:publish")) return { ok: false, error: "forbidden" };
  const parsed = statusSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: toFieldErrors(parsed.error) };
  const v = parsed.data;
  if (!contentTypes[v.type].publishable) return { ok: false, error: "notFound" };

  let changes: ContentChange[] = [];
  const result = await db.$transaction(async (tx): Promise<WriteResult> => {
    const found = await locate(tx, v.type, v.key);
    const translation = found?.translations.find((t) => t.locale === v.locale);
    if (!found || !translation) return { ok: false, error: "notFound" };
    if (!(await bumpVersion(tx, v.type, found.rootId, v.expectedVersion))) return { ok: false, error: "stale" };
    await model(tx, contentStorage[v.type].translation).update({
      where: { id: translation.id },
      // publishedAt (where the model has it) records the first publication.
      data: { status: v.status, ...(v.status === "published" && "publishedAt" in translation && !translation.publishedAt ? { publishedAt: new Date() } : {}) },
    });
    // A locale published by hand (or unpublished) no longer waits for its schedule.
    await tx.scheduledPublication.updateMany({
      where: { entityType: v.type, itemKey: v.key, locale: v.locale, doneAt: null },
      data: { doneAt: new Date(), outcome: opts.scheduled ? "published" : "cancelled" },
    });
    await tx.auditLog.create({
      data: {
        userId: actor!.id,
        action: opts.scheduled ? "schedule.publish" : "content.status",
        target: `${v.type}:${v.key}`,
        details: { locale: v.locale, from: translation.status ?? null, to: v.status, version: v.expectedVersion + 1 },
      },
    });
    changes = await affectedBy(tx, contentStorage[v.type].kind, { id: found.rootId, slug: found.rootSlug });
    return { ok: true, version: v.expectedVersion + 1 };
  });

  if (result.ok) for (const change of changes) invalidate(change);
  return result;
}

/** The current version of an item (for callers that act on whatever is there, like the scheduler). */
export async function currentVersion(type: ContentType, key: string): Promise<number | null> {
  const found = await locate(db, type, key);
  return found?.version ?? null;
}
