// Editing a news article's text in the admin: the list (per-locale status, outdated flags), one
// translation with its original-language source beside it, saving (validated, optimistic concurrency on
// NewsArticle.version, a Revision row and an AuditLog row per save) and publishing/unpublishing.
//
// Every function takes the acting user and checks the permission itself (lib/auth/permissions.ts):
// editors and admins may edit every locale, a translator only `translation:edit:<locale>` for theirs;
// publishing needs `content:publish`. Expected failures come back as typed results, never as throws.
// Not cached: the admin must see the current state.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { locales, type Locale } from "@/i18n/routing";
import { can, type AdminUser } from "@/lib/auth/permissions";
import { invalidate } from "@/lib/revalidate";
import type { PublishStatus } from "@/lib/generated/prisma/client";

export const newsFields = ["title", "summary", "body", "sourceName", "byline"] as const;
export type NewsField = (typeof newsFields)[number];
export type FieldErrorCode = "required" | "tooLong" | "invalid";
export type FieldErrors = Partial<Record<NewsField | "locale" | "slug" | "expectedVersion", FieldErrorCode>>;

export type Failure = { ok: false; error: "forbidden" | "stale" | "notFound" };
export type Invalid = { ok: false; error: "invalid"; fieldErrors: FieldErrors };
export type WriteResult = { ok: true; version: number } | Failure | Invalid;

export const fieldLimits = { title: 300, summary: 1000, body: 50_000, sourceName: 300, byline: 300 } as const;

const text = (max: number) => z.string().trim().min(1).max(max);

export const newsTranslationInputSchema = z.object({
  slug: z.string().min(1).max(200),
  locale: z.enum(locales),
  expectedVersion: z.coerce.number().int().min(1),
  title: text(fieldLimits.title),
  summary: text(fieldLimits.summary),
  body: text(fieldLimits.body),
  sourceName: text(fieldLimits.sourceName),
  byline: z.string().trim().max(fieldLimits.byline).default(""),
});
export type NewsTranslationInput = z.input<typeof newsTranslationInputSchema>;

export const newsStatusInputSchema = z.object({
  slug: z.string().min(1).max(200),
  locale: z.enum(locales),
  status: z.enum(["draft", "published"]),
  expectedVersion: z.coerce.number().int().min(1),
});

function toFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path[0] as keyof FieldErrors | undefined;
    if (!key || out[key]) continue;
    out[key] = issue.code === "too_small" ? "required" : issue.code === "too_big" ? "tooLong" : "invalid";
  }
  return out;
}

const localeOf = (input: unknown): Locale | null => {
  const l = (input as { locale?: unknown } | null)?.locale;
  return typeof l === "string" && (locales as readonly string[]).includes(l) ? (l as Locale) : null;
};

/** Whether the user may edit the text of `locale` (editors and admins: every locale). */
export function canEditLocale(user: AdminUser | null | undefined, locale: Locale): boolean {
  return can(user, `translation:edit:${locale}`);
}

const isOutdated = (t: { locale: Locale; sourceRevision: number | null }, original: { locale: Locale; revision: number } | undefined) =>
  !!original && t.locale !== original.locale && (t.sourceRevision ?? 0) < original.revision;

// ---------------------------------------------------------------- reading

export interface NewsListItem {
  slug: string;
  publishedOn: Date | null;
  originalLocale: Locale;
  version: number;
  title: string;
  translations: { locale: Locale; status: PublishStatus; outdated: boolean; editable: boolean }[];
}

/** Every article with its per-locale status; for anyone who may edit at least one locale. */
export async function listNewsForEditing(actor: AdminUser | null): Promise<{ ok: true; items: NewsListItem[] } | Failure> {
  if (!actor || !locales.some((l) => canEditLocale(actor, l))) return { ok: false, error: "forbidden" };
  const rows = await db.newsArticle.findMany({
    select: {
      slug: true,
      publishedOn: true,
      originalLocale: true,
      version: true,
      translations: { select: { locale: true, status: true, revision: true, sourceRevision: true, title: true } },
    },
    orderBy: [{ publishedOn: { sort: "desc", nulls: "last" } }, { slug: "asc" }],
  });
  return {
    ok: true,
    items: rows.map((r) => {
      const original = r.translations.find((t) => t.locale === r.originalLocale);
      return {
        slug: r.slug,
        publishedOn: r.publishedOn,
        originalLocale: r.originalLocale,
        version: r.version,
        title: (original ?? r.translations[0])?.title ?? r.slug,
        translations: locales.flatMap((l) => {
          const t = r.translations.find((x) => x.locale === l);
          return t ? [{ locale: l, status: t.status, outdated: isOutdated(t, original), editable: canEditLocale(actor, l) }] : [];
        }),
      };
    }),
  };
}

export interface EditableText {
  locale: Locale;
  status: PublishStatus;
  revision: number;
  sourceRevision: number | null;
  title: string;
  summary: string;
  body: string;
  sourceName: string;
  byline: string;
  updatedAt: Date;
}

export interface NewsForEditing {
  slug: string;
  version: number;
  originalLocale: Locale;
  isOriginal: boolean;
  translation: EditableText;
  original: EditableText;
  outdated: boolean;
  canPublish: boolean;
}

const textSelect = {
  locale: true,
  status: true,
  revision: true,
  sourceRevision: true,
  title: true,
  summary: true,
  body: true,
  sourceName: true,
  byline: true,
  updatedAt: true,
} as const;

/** The translation in `locale`, the original-language text beside it, the article's version. */
export async function getNewsForEditing(
  actor: AdminUser | null,
  slug: string,
  locale: string,
): Promise<{ ok: true; item: NewsForEditing } | Failure> {
  const l = localeOf({ locale });
  if (!l) return { ok: false, error: "notFound" };
  if (!canEditLocale(actor, l)) return { ok: false, error: "forbidden" };
  const a = await db.newsArticle.findUnique({
    where: { slug },
    select: { slug: true, version: true, originalLocale: true, translations: { select: textSelect } },
  });
  const translation = a?.translations.find((t) => t.locale === l);
  const original = a?.translations.find((t) => t.locale === a.originalLocale);
  if (!a || !translation || !original) return { ok: false, error: "notFound" };
  return {
    ok: true,
    item: {
      slug: a.slug,
      version: a.version,
      originalLocale: a.originalLocale,
      isOriginal: l === a.originalLocale,
      translation,
      original,
      outdated: isOutdated(translation, original),
      canPublish: can(actor, "content:publish"),
    },
  };
}

// ---------------------------------------------------------------- writing

/**
 * Saves one locale's text. In one transaction: NewsArticle.version must still be `expectedVersion`
 * (else "stale", nothing written) and is incremented; the translation's revision goes up; a translation
 * records the original's current revision as its source (saving the original leaves the others' as
 * they are, so they show as outdated); a Revision row and an AuditLog row are written. The status is
 * left alone (a published translation stays published). Then the article's cache tags are invalidated.
 */
export async function saveNewsTranslation(actor: AdminUser | null, input: unknown): Promise<WriteResult> {
  const requested = localeOf(input);
  if (!actor || (requested && !canEditLocale(actor, requested))) return { ok: false, error: "forbidden" };
  const parsed = newsTranslationInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: toFieldErrors(parsed.error) };
  const v = parsed.data;
  if (!canEditLocale(actor, v.locale)) return { ok: false, error: "forbidden" };

  const result = await db.$transaction(async (tx): Promise<WriteResult> => {
    const article = await tx.newsArticle.findUnique({ where: { slug: v.slug }, select: { id: true } });
    if (!article) return { ok: false, error: "notFound" };
    // The version check and the row lock in one statement: a concurrent save waits here, then finds
    // the version moved on and updates nothing.
    const bumped = await tx.newsArticle.updateMany({
      where: { id: article.id, version: v.expectedVersion },
      data: { version: { increment: 1 } },
    });
    if (bumped.count === 0) return { ok: false, error: "stale" };
    const now = await tx.newsArticle.findUniqueOrThrow({
      where: { id: article.id },
      select: { version: true, originalLocale: true, translations: { select: { id: true, locale: true, revision: true } } },
    });
    const translation = now.translations.find((t) => t.locale === v.locale);
    const original = now.translations.find((t) => t.locale === now.originalLocale);
    if (!translation || !original) throw new NotFoundRollback();
    const isOriginal = v.locale === now.originalLocale;
    const fields = { title: v.title, summary: v.summary, body: v.body, sourceName: v.sourceName, byline: v.byline };
    const saved = await tx.newsTranslation.update({
      where: { id: translation.id },
      data: { ...fields, revision: { increment: 1 }, ...(isOriginal ? {} : { sourceRevision: original.revision }) },
      select: { revision: true, sourceRevision: true },
    });
    await tx.revision.create({
      data: {
        entityType: "news-translation",
        entityId: translation.id,
        locale: v.locale,
        version: now.version,
        data: { slug: v.slug, ...fields, revision: saved.revision, sourceRevision: saved.sourceRevision },
        userId: actor.id,
      },
    });
    await tx.auditLog.create({
      data: {
        userId: actor.id,
        action: "news.save",
        target: `news:${v.slug}`,
        details: { locale: v.locale, version: now.version, revision: saved.revision },
      },
    });
    return { ok: true, version: now.version };
  }).catch((e: unknown) => {
    if (e instanceof NotFoundRollback) return { ok: false, error: "notFound" } as const;
    throw e;
  });

  if (result.ok) invalidate({ type: "news", slug: v.slug });
  return result;
}

/** Thrown inside a transaction to roll back its version bump when the row to change is missing. */
class NotFoundRollback extends Error {}

/** Publishes or unpublishes one locale's text (content:publish; translators cannot). */
export async function setNewsTranslationStatus(actor: AdminUser | null, input: unknown): Promise<WriteResult> {
  if (!can(actor, "content:publish")) return { ok: false, error: "forbidden" };
  const parsed = newsStatusInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: toFieldErrors(parsed.error) };
  const v = parsed.data;

  const result = await db.$transaction(async (tx): Promise<WriteResult> => {
    const article = await tx.newsArticle.findUnique({
      where: { slug: v.slug },
      select: { id: true, translations: { where: { locale: v.locale }, select: { id: true, status: true, publishedAt: true } } },
    });
    const translation = article?.translations[0];
    if (!article || !translation) return { ok: false, error: "notFound" };
    const bumped = await tx.newsArticle.updateMany({
      where: { id: article.id, version: v.expectedVersion },
      data: { version: { increment: 1 } },
    });
    if (bumped.count === 0) return { ok: false, error: "stale" };
    await tx.newsTranslation.update({
      where: { id: translation.id },
      data: { status: v.status, ...(v.status === "published" && !translation.publishedAt ? { publishedAt: new Date() } : {}) },
    });
    await tx.auditLog.create({
      data: {
        userId: actor!.id,
        action: "news.status",
        target: `news:${v.slug}`,
        details: { locale: v.locale, from: translation.status, to: v.status, version: v.expectedVersion + 1 },
      },
    });
    return { ok: true, version: v.expectedVersion + 1 };
  });

  if (result.ok) invalidate({ type: "news", slug: v.slug });
  return result;
}
