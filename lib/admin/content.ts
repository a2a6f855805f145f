// Editing the text of every content type in the admin, one locale at a time (the types and their fields:
// lib/content-model/types.ts): the list with per-locale status, review state and outdated flags, one
// translation with its original-language source beside it, saving a draft, review (submit, return) and
// publishing/unpublishing per locale.
//
// Draft and published are different texts. A translation row's text columns hold the live revision
// (`revision`; the public site reads only these, and only where `status` is published); a save writes
// the working draft (`draft`, numbered `draftRevision`) and a Revision row, and leaves the public site
// alone. Only `content:publish` promotes a draft (publishTranslation), or a schedule that names one
// revision (lib/admin/schedule.ts). A translator submits a draft for review; an editor approves
// (publishes) or returns it with a comment. Every state change writes an AuditLog row.
//
// Every function takes the acting user and checks the permission itself (lib/auth/permissions.ts):
// editors and admins may edit every locale, a translator `translation:edit:<locale>` for theirs only;
// publishing and returning need `content:publish`. Expected failures come back as typed results, never
// as throws. Not cached: the admin must see the current state.
//
// Concurrency is per translation: a save, submit, return or publish names the revision it was based on
// (`expectedRevision`: the draft's number, else the live one; 0 for a language without text) and is
// refused as "stale" when that translation has moved on. Translators of different languages never
// collide; the item's `version` guards only its locale-neutral details (lib/admin/metadata.ts).
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { locales, type Locale } from "@/i18n/routing";
import { can, canEditAnyLocale, canEditLocale, canEditText, type AdminUser } from "@/lib/auth/permissions";
import { invalidate, type ContentChange } from "@/lib/revalidate";
import { affectedBy } from "./affected";
import { beforePublish, recordPublicChange } from "@/lib/follow/changes";
import {
  contentTypeKeys,
  contentTypes,
  fieldsSchema,
  isContentType,
  itemKeySchema,
  type ContentType,
  type FieldErrorCode,
  type FieldValues,
} from "@/lib/content-model/types";
import { Prisma, type PublishStatus, type ReviewState } from "@/lib/generated/prisma/client";
import { localeSchema } from "@/lib/validation/common";

export type FieldErrors = Record<string, FieldErrorCode>;
export type Failure = { ok: false; error: "forbidden" | "stale" | "notFound" | "noDraft" };
export type Invalid = { ok: false; error: "invalid"; fieldErrors: FieldErrors };
/** `revision`: the translation's revision after the write (the draft's number, else the live one). */
export type WriteResult = { ok: true; revision: number } | Failure | Invalid;

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

// ---------------------------------------------------------------- where each type lives

/** Where each type lives (the content model: lib/content-model/types.ts). */
export const storageOf = (type: ContentType) => contentTypes[type].storage;

/** The handful of delegate methods used here, common to every model (Prisma's own types differ per model). */
interface Delegate {
  findUnique(args: object): Promise<Record<string, unknown> | null>;
  findFirst(args: object): Promise<Record<string, unknown> | null>;
  findMany(args: object): Promise<Record<string, unknown>[]>;
  updateMany(args: object): Promise<{ count: number }>;
  update(args: object): Promise<Record<string, unknown>>;
  create(args: object): Promise<Record<string, unknown>>;
  count(args: object): Promise<number>;
}
export const model = (client: Tx | typeof db, name: string) => (client as unknown as Record<string, Delegate>)[name]!;

export interface TranslationRow extends Record<string, unknown> {
  id: string;
  locale: Locale;
  /** The live revision (0: never published). */
  revision: number;
  sourceRevision: number | null;
  status: PublishStatus;
  publishedAt?: Date | null;
  draft?: unknown;
  draftRevision?: number | null;
  review?: ReviewState;
  reviewNote?: string | null;
  revisionAt?: Date;
  sourceRevisionAt?: Date | null;
}

/** The revision a write must name: the pending draft's, else the live one. */
export const headRevision = (t: Pick<TranslationRow, "revision" | "draftRevision">) => t.draftRevision ?? t.revision;

/** The working text of a translation: its pending draft, else its live text. */
export function draftOf(
  type: ContentType,
  t: TranslationRow,
): { values: FieldValues; sourceRevision: number | null; sourceRevisionAt: Date | null } {
  const d =
    t.draftRevision != null && t.draft && typeof t.draft === "object" ? (t.draft as Record<string, unknown>) : null;
  if (!d)
    return {
      values: fieldValues(type, t),
      sourceRevision: t.sourceRevision,
      sourceRevisionAt: t.sourceRevisionAt ?? null,
    };
  const at = typeof d.sourceRevisionAt === "string" ? new Date(d.sourceRevisionAt) : null;
  return {
    values: fieldValues(type, d),
    sourceRevision: typeof d.sourceRevision === "number" ? d.sourceRevision : null,
    sourceRevisionAt: at,
  };
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
  const s = storageOf(type);
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
  const translations = (await model(client, s.translation).findMany({
    where: { [s.ownerKey]: ownerId },
  })) as TranslationRow[];
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

export const isOutdated = (
  t: { locale: Locale; sourceRevision: number | null },
  original: { locale: Locale; revision: number } | undefined,
) => !!original && t.locale !== original.locale && (t.sourceRevision ?? 0) < original.revision;

function toFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path[0];
    if (typeof key !== "string" || out[key]) continue;
    const nested = issue.path.length > 1;
    out[key] =
      issue.code === "too_small"
        ? "required"
        : issue.code === "too_big"
          ? nested || issue.origin === "string"
            ? "tooLong"
            : "tooMany"
          : "invalid";
  }
  return out;
}

/** The translatable fields of a row, in the registry's order. */
export function fieldValues(type: ContentType, row: Record<string, unknown>): FieldValues {
  return Object.fromEntries(
    contentTypes[type].fields.map((d) => [
      d.name,
      (row[d.name] as string | string[] | undefined) ?? (d.kind === "list" ? [] : ""),
    ]),
  );
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
  translations: {
    locale: Locale;
    status: PublishStatus | null;
    outdated: boolean;
    editable: boolean;
    missing: boolean;
    /** A saved draft not yet published. */
    pendingDraft: boolean;
    review: ReviewState;
  }[];
}

/** Every item of a type with its per-locale status; for anyone who may edit at least one locale. */
export async function listContent(
  actor: AdminUser | null,
  type: unknown,
): Promise<{ ok: true; items: ContentListItem[] } | Failure> {
  if (!canEditAnyLocale(actor)) return { ok: false, error: "forbidden" };
  if (!isContentType(type)) return { ok: false, error: "notFound" };
  const s = storageOf(type);
  const tSelect = {
    select: {
      locale: true,
      revision: true,
      sourceRevision: true,
      status: true,
      draftRevision: true,
      review: true,
      [contentTypes[type].fields[0]!.name]: true,
    },
  };

  type Row = { key: string; number?: number; version: number; originalLocale: Locale; translations: TranslationRow[] };
  let rows: Row[];
  if (s.part) {
    const parts = await model(db, s.part).findMany({
      select: {
        anchor: true,
        number: true,
        policy: { select: { slug: true, version: true, originalLocale: true } },
        translations: tSelect,
      },
      orderBy: [{ policy: { slug: "asc" } }, { sortOrder: "asc" }],
    });
    rows = parts.map((p) => {
      const policy = p.policy as { slug: string; version: number; originalLocale: Locale };
      return {
        key: `${policy.slug}~${p.anchor}`,
        number: p.number as number,
        version: policy.version,
        originalLocale: policy.originalLocale,
        translations: p.translations as TranslationRow[],
      };
    });
  } else {
    const roots = await model(db, s.root).findMany({
      select: { slug: true, version: true, originalLocale: true, translations: tSelect },
      orderBy:
        type === "news" ? [{ publishedOn: { sort: "desc", nulls: "last" } }, { slug: "asc" }] : [{ slug: "asc" }],
    });
    rows = roots.map((r) => ({
      key: r.slug as string,
      version: r.version as number,
      originalLocale: r.originalLocale as Locale,
      translations: r.translations as TranslationRow[],
    }));
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
            ? {
                locale: l,
                status: t.status,
                outdated: isOutdated(t, original),
                editable,
                missing: false,
                pendingDraft: t.draftRevision != null,
                review: t.review ?? "none",
              }
            : {
                locale: l,
                status: null,
                outdated: false,
                editable,
                missing: true,
                pendingDraft: false,
                review: "none" as const,
              };
        }),
      };
    }),
  };
}

export interface EditableTranslation {
  id: string;
  locale: Locale;
  status: PublishStatus | null;
  /** The revision a write names (the draft's, else the live one; 0 without text). */
  revision: number;
  /** The live revision (0: never published). */
  liveRevision: number;
  sourceRevision: number | null;
  /** The working text: the pending draft, else the live text. */
  values: FieldValues;
  /** The live text (the same as `values` without a pending draft). */
  live: FieldValues;
  pendingDraft: boolean;
  review: ReviewState;
  reviewNote: string | null;
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
  /** Whether the actor may submit the draft for review (there is something to review). */
  canSubmit: boolean;
  /** Pending scheduled publication of this locale, if any, and the revision it publishes. */
  scheduledAt: Date | null;
  scheduledRevision: number | null;
  /**
   * A translation's draft made from an older revision of the original: the original's text at that
   * revision (for the diff of what changed since), when its Revision row is known.
   */
  originalAtSource: FieldValues | null;
}

const editable = (type: ContentType, t: TranslationRow): EditableTranslation => {
  const d = draftOf(type, t);
  return {
    id: t.id,
    locale: t.locale,
    status: t.status ?? null,
    revision: headRevision(t),
    liveRevision: t.revision,
    sourceRevision: d.sourceRevision,
    values: d.values,
    live: fieldValues(type, t),
    pendingDraft: t.draftRevision != null,
    review: t.review ?? "none",
    reviewNote: t.reviewNote ?? null,
  };
};

/** Whether there is anything to review or publish: a pending draft, or text that is not live. */
const hasUnpublished = (t: Pick<TranslationRow, "draftRevision" | "status">) =>
  t.draftRevision != null || t.status === "draft";

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
  const existing = found.translations.find((t) => t.locale === l.data);
  const translation: TranslationRow = existing ?? {
    id: "",
    locale: l.data,
    revision: 0,
    sourceRevision: null,
    status: "draft",
  };
  if (!canEditText(actor, l.data, found.originalLocale)) return { ok: false, error: "forbidden" };
  const scheduled = await db.scheduledPublication.findFirst({
    where: { entityType: type, itemKey: key, locale: l.data, doneAt: null },
    orderBy: { publishAt: "asc" },
    select: { publishAt: true, revision: true },
  });
  const source = existing && l.data !== found.originalLocale ? draftOf(type, existing).sourceRevision : null;
  const atSource =
    source !== null && source < original.revision
      ? await db.revision.findFirst({
          where: {
            entityType: `${type}-translation`,
            entityId: original.id,
            data: { path: ["revision"], equals: source },
          },
          orderBy: { createdAt: "asc" },
          select: { data: true },
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
      original: { ...editable(type, original), values: fieldValues(type, original) },
      outdated: !!existing && translation.status === "published" && isOutdated(translation, original),
      isNew: !existing,
      canPublish: !!existing && can(actor, "content:publish"),
      canSubmit: !!existing && hasUnpublished(translation) && translation.review !== "submitted",
      scheduledAt: scheduled?.publishAt ?? null,
      scheduledRevision: scheduled?.revision ?? null,
      originalAtSource: atSource ? fieldValues(type, (atSource.data ?? {}) as Record<string, unknown>) : null,
    },
  };
}

/** Validates a translation's fields without saving (for the editor's preview). */
export function validateContentFields(type: ContentType, input: unknown): { ok: true; values: FieldValues } | Invalid {
  const parsed = fieldsSchema(type).safeParse(input);
  return parsed.success
    ? { ok: true, values: parsed.data as FieldValues }
    : { ok: false, error: "invalid", fieldErrors: toFieldErrors(parsed.error) };
}

// ---------------------------------------------------------------- writing

const typeSchema = z.enum(contentTypeKeys);
const revisionSchema = z.coerce.number().int().min(0).max(2_147_483_647);
const targetSchema = z.object({
  type: typeSchema,
  key: itemKeySchema,
  locale: localeSchema,
  expectedRevision: revisionSchema,
});

/**
 * Writes the Revision row of a translation's live state before its first edit (the seeded text has none),
 * so that history and the translation dashboard can always go back to what an edit replaced.
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
      data: {
        key: slug,
        ...fieldValues(type, t),
        revision: t.revision,
        sourceRevision: t.sourceRevision,
        baseline: true,
      },
      userId: null,
      createdAt: new Date(Date.now() - 1),
    },
  });
}

/** Updates a translation row only if nobody changed its revisions since it was read (else false: stale). */
async function updateIfUnchanged(tx: Tx, type: ContentType, t: TranslationRow, data: object): Promise<boolean> {
  const r = await model(tx, storageOf(type).translation).updateMany({
    where: { id: t.id, revision: t.revision, draftRevision: t.draftRevision ?? null },
    data,
  });
  return r.count === 1;
}

async function auditContent(
  tx: Tx,
  actor: AdminUser,
  action: string,
  type: ContentType,
  key: string,
  details: Record<string, unknown>,
) {
  await tx.auditLog.create({
    data: { userId: actor.id, action, target: `${type}:${key}`, details: details as object },
  });
}

/**
 * Saves one locale's text of one item as its working draft; the live text and the public site stay as
 * they are. In one transaction: the translation must still be at `expectedRevision` (else "stale",
 * nothing written); the draft gets the next revision number and records which live revision of the
 * original it was made from (a restore passes the restored text's own source revision); a Revision row
 * and an AuditLog row are written; a pending review is withdrawn (the new text must be submitted again).
 * A language without text gets its row now, as an unpublished draft. `audit` names the action
 * ("content.save", or "revision.restore" when restoring).
 */
export async function saveContentTranslation(
  actor: AdminUser | null,
  input: unknown,
  audit: { action: string; details?: Record<string, unknown>; sourceRevision?: number | null } = {
    action: "content.save",
  },
): Promise<WriteResult> {
  const raw = (input ?? {}) as Record<string, unknown>;
  const requested = localeSchema.safeParse(raw.locale);
  if (!actor || (requested.success && !canEditLocale(actor, requested.data))) return { ok: false, error: "forbidden" };
  const header = targetSchema.safeParse(raw);
  const type = header.success ? header.data.type : isContentType(raw.type) ? raw.type : null;
  if (!type) return { ok: false, error: "notFound" };
  const fields = fieldsSchema(type).safeParse(raw);
  if (!header.success || !fields.success) {
    const fe = {
      ...(header.success ? {} : toFieldErrors(header.error)),
      ...(fields.success ? {} : toFieldErrors(fields.error)),
    };
    return { ok: false, error: "invalid", fieldErrors: fe };
  }
  const h = header.data;
  if (!canEditLocale(actor, h.locale)) return { ok: false, error: "forbidden" };
  const values = fields.data as FieldValues;

  try {
    return await db.$transaction(async (tx): Promise<WriteResult> => {
      const found = await locate(tx, type, h.key);
      if (!found) return { ok: false, error: "notFound" };
      const existing = found.translations.find((t) => t.locale === h.locale);
      const original = found.translations.find((t) => t.locale === found.originalLocale);
      if (!original) return { ok: false, error: "notFound" };
      if (!canEditText(actor, h.locale, found.originalLocale)) return { ok: false, error: "forbidden" };
      if ((existing ? headRevision(existing) : 0) !== h.expectedRevision) return { ok: false, error: "stale" };
      const isOriginal = h.locale === found.originalLocale;
      // A translation is based on the original's live revision — unless a restore brings back older
      // text, which keeps the source revision it was made from (and so stays outdated).
      const sourceRevision = isOriginal
        ? null
        : audit.sourceRevision !== undefined
          ? audit.sourceRevision
          : original.revision;
      const sourceRevisionAt =
        sourceRevision !== null && sourceRevision === original.revision ? (original.revisionAt ?? null) : null;
      const revision = h.expectedRevision + 1;
      const draft = { ...values, sourceRevision, sourceRevisionAt: sourceRevisionAt?.toISOString() ?? null };
      let id: string;
      if (existing) {
        await ensureBaselineRevision(tx, type, h.key, existing, found.version);
        const ok = await updateIfUnchanged(tx, type, existing, { draft, draftRevision: revision, review: "none" });
        if (!ok) return { ok: false, error: "stale" };
        id = existing.id;
      } else {
        // Never live yet: the columns hold the first draft too (required fields), but status keeps it off the site.
        const created = await model(tx, storageOf(type).translation).create({
          data: {
            ...fieldValues(type, {}),
            ...values,
            [storageOf(type).ownerKey]: found.ownerId,
            locale: h.locale,
            status: "draft",
            revision: 0,
            sourceRevision,
            draft,
            draftRevision: revision,
          },
          select: { id: true },
        });
        id = created.id as string;
      }
      await tx.revision.create({
        data: {
          entityType: `${type}-translation`,
          entityId: id,
          locale: h.locale,
          version: found.version,
          data: { key: h.key, ...values, revision, sourceRevision },
          userId: actor.id,
        },
      });
      await auditContent(tx, actor, audit.action, type, h.key, { locale: h.locale, revision, ...audit.details });
      return { ok: true, revision };
    });
  } catch (e) {
    // Two first saves of the same language at once: the second meets the first's row.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") return { ok: false, error: "stale" };
    throw e;
  }
}

/** A publication's public change note: plain text, one short paragraph. */
export const changeNoteSchema = z
  .string()
  .trim()
  .max(500)
  .transform((s) => s.replace(/\s+/g, " "))
  .optional();

/** What a publication puts live: a schedule's fixed revision and text (else the draft, else the row's text). */
export interface FixedRevision {
  revision: number | null;
  data: unknown;
}

/**
 * Publishes one locale of an item (content:publish): its pending draft becomes the live text (or, for a
 * schedule, the revision it names — a later draft stays a draft), status published; the review state is
 * cleared (approving a submitted draft is publishing it, recorded as such); pending schedules of that
 * locale end. `expectedRevision` must still be the translation's revision (a schedule skips the check).
 */
export async function publishTranslation(
  actor: AdminUser | null,
  input: unknown,
  opts: { scheduled?: FixedRevision } = {},
): Promise<WriteResult> {
  if (!actor || !can(actor, "content:publish")) return { ok: false, error: "forbidden" };
  const parsed = (opts.scheduled ? targetSchema.partial({ expectedRevision: true }) : targetSchema).safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: toFieldErrors(parsed.error) };
  const v = parsed.data;
  // The public change note in this language (lib/follow/changes.ts); optional, short.
  const noteParsed = changeNoteSchema.safeParse((input as { note?: unknown } | null)?.note ?? undefined);
  if (!noteParsed.success) return { ok: false, error: "invalid", fieldErrors: { note: "tooLong" } };
  const note = noteParsed.data || null;

  let changes: ContentChange[] = [];
  const result = await db.$transaction(async (tx): Promise<WriteResult> => {
    const found = await locate(tx, v.type, v.key);
    const t = found?.translations.find((x) => x.locale === v.locale);
    const original = found?.translations.find((x) => x.locale === found.originalLocale);
    if (!found || !t || !original) return { ok: false, error: "notFound" };
    if (!opts.scheduled && headRevision(t) !== v.expectedRevision) return { ok: false, error: "stale" };
    const pending = await beforePublish(
      tx,
      contentTypes[v.type].page,
      { id: found.rootId, slug: found.rootSlug },
      v.locale,
    );
    // A schedule publishes what it names; one made before drafts were kept apart (revision null) the
    // row's own text, as it would have then. By hand: the pending draft, else the row's text.
    const sched = opts.scheduled;
    const text = sched
      ? sched.revision !== null
        ? parseFixed(v.type, sched.data)
        : {
            values: fieldValues(v.type, t),
            sourceRevision: t.sourceRevision,
            sourceRevisionAt: t.sourceRevisionAt ?? null,
          }
      : draftOf(v.type, t);
    const revision = sched ? (sched.revision ?? Math.max(t.revision, 1)) : (t.draftRevision ?? Math.max(t.revision, 1));
    const keepsDraft = !!sched && t.draftRevision != null && t.draftRevision !== sched.revision;
    const isOriginal = v.locale === found.originalLocale;
    const now = new Date();
    const ok = await updateIfUnchanged(tx, v.type, t, {
      ...text.values,
      status: "published",
      revision,
      revisionAt: now,
      ...(isOriginal ? {} : { sourceRevision: text.sourceRevision, sourceRevisionAt: text.sourceRevisionAt }),
      ...(keepsDraft ? {} : { draft: Prisma.DbNull, draftRevision: null, review: "none", reviewNote: null }),
      // publishedAt (where the model has it) records the first publication.
      ...("publishedAt" in t && !t.publishedAt ? { publishedAt: now } : {}),
    });
    if (!ok) return { ok: false, error: "stale" };
    // The one place every publication passes: its public change record and notifications, in this transaction.
    if (pending)
      await recordPublicChange(tx, pending, {
        contentType: v.type,
        itemKey: v.key,
        revision,
        previousRevision: t.revision,
        wasPublished: t.status === "published",
        note,
        at: now,
      });
    await tx.scheduledPublication.updateMany({
      where: { entityType: v.type, itemKey: v.key, locale: v.locale, doneAt: null },
      data: { doneAt: now, outcome: opts.scheduled ? "published" : "cancelled" },
    });
    await auditContent(
      tx,
      actor,
      opts.scheduled ? "schedule.publish" : t.review === "submitted" ? "content.approve" : "content.publish",
      v.type,
      v.key,
      {
        locale: v.locale,
        from: t.status,
        to: "published",
        revision,
        previousRevision: t.revision,
      },
    );
    changes = await affectedBy(tx, contentTypes[v.type].page, { id: found.rootId, slug: found.rootSlug });
    return { ok: true, revision: keepsDraft ? headRevision(t) : revision };
  });

  if (result.ok) for (const change of changes) invalidate(change);
  return result;
}

function parseFixed(type: ContentType, data: unknown) {
  const d = (data ?? {}) as Record<string, unknown>;
  return {
    values: fieldValues(type, d),
    sourceRevision: typeof d.sourceRevision === "number" ? d.sourceRevision : null,
    sourceRevisionAt: typeof d.sourceRevisionAt === "string" ? new Date(d.sourceRevisionAt) : null,
  };
}

/**
 * Takes one locale off the site (content:publish): status draft, so pages fall back to the original with
 * its notice; the live text is kept (publishing again brings it, or a newer draft, back). Pending
 * schedules of that locale end.
 */
export async function unpublishTranslation(actor: AdminUser | null, input: unknown): Promise<WriteResult> {
  if (!actor || !can(actor, "content:publish")) return { ok: false, error: "forbidden" };
  const parsed = targetSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: toFieldErrors(parsed.error) };
  const v = parsed.data;
  let changes: ContentChange[] = [];
  const result = await db.$transaction(async (tx): Promise<WriteResult> => {
    const found = await locate(tx, v.type, v.key);
    const t = found?.translations.find((x) => x.locale === v.locale);
    if (!found || !t) return { ok: false, error: "notFound" };
    if (headRevision(t) !== v.expectedRevision) return { ok: false, error: "stale" };
    if (!(await updateIfUnchanged(tx, v.type, t, { status: "draft" }))) return { ok: false, error: "stale" };
    await tx.scheduledPublication.updateMany({
      where: { entityType: v.type, itemKey: v.key, locale: v.locale, doneAt: null },
      data: { doneAt: new Date(), outcome: "cancelled" },
    });
    await auditContent(tx, actor, "content.unpublish", v.type, v.key, {
      locale: v.locale,
      from: t.status,
      to: "draft",
      revision: t.revision,
    });
    changes = await affectedBy(tx, contentTypes[v.type].page, { id: found.rootId, slug: found.rootSlug });
    return { ok: true, revision: headRevision(t) };
  });
  if (result.ok) for (const change of changes) invalidate(change);
  return result;
}

/** Publish or unpublish by `status` ("published" | "draft"), as the editor's one button posts it. */
export async function setContentStatus(actor: AdminUser | null, input: unknown): Promise<WriteResult> {
  const status = (input as { status?: unknown } | null)?.status;
  if (status !== "published" && status !== "draft")
    return can(actor, "content:publish")
      ? { ok: false, error: "invalid", fieldErrors: { status: "invalid" } }
      : { ok: false, error: "forbidden" };
  return status === "published" ? publishTranslation(actor, input) : unpublishTranslation(actor, input);
}

/**
 * One review step on a translation, in a transaction: it must still be at `expectedRevision` ("stale"),
 * the actor allowed on this item ("forbidden") and the translation ready for the step ("noDraft"); then
 * `data` is written (if nobody changed it meanwhile) with an AuditLog row.
 */
async function reviewStep(
  actor: AdminUser,
  v: z.infer<typeof targetSchema>,
  step: {
    allowed: (found: Located) => boolean;
    ready: (t: TranslationRow) => boolean;
    data: object;
    action: string;
    details?: object;
  },
): Promise<WriteResult> {
  return db.$transaction(async (tx): Promise<WriteResult> => {
    const found = await locate(tx, v.type, v.key);
    const t = found?.translations.find((x) => x.locale === v.locale);
    if (!found || !t) return { ok: false, error: "notFound" };
    if (!step.allowed(found)) return { ok: false, error: "forbidden" };
    if (headRevision(t) !== v.expectedRevision) return { ok: false, error: "stale" };
    if (!step.ready(t)) return { ok: false, error: "noDraft" };
    if (!(await updateIfUnchanged(tx, v.type, t, step.data))) return { ok: false, error: "stale" };
    await auditContent(tx, actor, step.action, v.type, v.key, {
      locale: v.locale,
      revision: headRevision(t),
      ...step.details,
    });
    return { ok: true, revision: headRevision(t) };
  });
}

/**
 * A translator (or anyone who may edit the text) asks for review of the pending draft at
 * `expectedRevision`: review "submitted", shown in the editors' queue. Refused ("noDraft") when there is
 * nothing unpublished to review.
 */
export async function submitForReview(actor: AdminUser | null, input: unknown): Promise<WriteResult> {
  const raw = (input ?? {}) as Record<string, unknown>;
  const requested = localeSchema.safeParse(raw.locale);
  if (!actor || (requested.success && !canEditLocale(actor, requested.data))) return { ok: false, error: "forbidden" };
  const parsed = targetSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: toFieldErrors(parsed.error) };
  const v = parsed.data;
  return reviewStep(actor, v, {
    allowed: (found) => canEditText(actor, v.locale, found.originalLocale),
    ready: hasUnpublished,
    data: { review: "submitted", reviewNote: null },
    action: "content.submit",
  });
}

const returnSchema = targetSchema.extend({ note: z.string().trim().min(1).max(2000) });

/** An editor (content:publish) returns a submitted draft with a comment: review "returned"; the draft stays. */
export async function returnForRevision(actor: AdminUser | null, input: unknown): Promise<WriteResult> {
  if (!actor || !can(actor, "content:publish")) return { ok: false, error: "forbidden" };
  const parsed = returnSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: toFieldErrors(parsed.error) };
  const v = parsed.data;
  return reviewStep(actor, v, {
    allowed: () => true,
    ready: (t) => t.review === "submitted",
    data: { review: "returned", reviewNote: v.note },
    action: "content.return",
    details: { note: v.note },
  });
}

// ---------------------------------------------------------------- review queue

export interface ReviewQueueEntry {
  type: ContentType;
  key: string;
  locale: Locale;
  title: string;
  revision: number;
}

const ownerKeyOf = (type: ContentType, row: Record<string, unknown>): string | null => {
  const owner = row[storageOf(type).ownerRel] as Record<string, unknown> | undefined;
  if (!owner) return null;
  if (!storageOf(type).part) return owner.slug as string;
  return `${(owner.policy as { slug: string }).slug}~${owner.anchor as string}`;
};

/**
 * Drafts waiting for an editor (content:publish: every language), or — for a translator — their own
 * languages' drafts that were returned to them. In type order, then item.
 */
export async function listReviewQueue(
  actor: AdminUser | null,
): Promise<{ ok: true; state: ReviewState; entries: ReviewQueueEntry[] } | Failure> {
  if (!canEditAnyLocale(actor)) return { ok: false, error: "forbidden" };
  const reviewer = can(actor, "content:publish");
  const state: ReviewState = reviewer ? "submitted" : "returned";
  const mine = locales.filter((l) => canEditLocale(actor, l));
  const entries: ReviewQueueEntry[] = [];
  for (const type of contentTypeKeys) {
    const s = storageOf(type);
    const owner = s.part
      ? { select: { anchor: true, policy: { select: { slug: true } } } }
      : { select: { slug: true } };
    const rows = await model(db, s.translation).findMany({
      where: { review: state, locale: { in: mine } },
      select: {
        locale: true,
        revision: true,
        draftRevision: true,
        [contentTypes[type].fields[0]!.name]: true,
        draft: true,
        [s.ownerRel]: owner,
      },
      take: 200,
    });
    for (const r of rows) {
      const key = ownerKeyOf(type, r);
      if (!key) continue;
      const d = draftOf(type, r as TranslationRow);
      entries.push({
        type,
        key,
        locale: r.locale as Locale,
        title: titleOf(type, d.values) || key,
        revision: headRevision(r as TranslationRow),
      });
    }
  }
  entries.sort((a, b) => (a.type === b.type ? a.key.localeCompare(b.key) || a.locale.localeCompare(b.locale) : 0));
  return { ok: true, state, entries };
}

/** How many entries the actor's queue holds (the dashboard's count). */
export async function reviewQueueCount(actor: AdminUser | null): Promise<number> {
  if (!canEditAnyLocale(actor)) return 0;
  const state: ReviewState = can(actor, "content:publish") ? "submitted" : "returned";
  const mine = locales.filter((l) => canEditLocale(actor, l));
  const counts = await Promise.all(
    contentTypeKeys.map((type) =>
      model(db, storageOf(type).translation).count({ where: { review: state, locale: { in: mine } } }),
    ),
  );
  return counts.reduce((a, b) => a + b, 0);
}
