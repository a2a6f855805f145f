// The media library: uploading an image (checked and converted by sharp into WebP variants), its alt
// text and caption per locale, deleting it, and choosing it as a news article's lead image. Plus the one
// public read, `getMediaVariant`, for the /media/<id>/<width>.webp route (app/media/[id]/[variant]).
//
// Every admin function takes the acting user and checks the permission itself (lib/auth/permissions.ts):
// uploading, deleting, the credit line and lead images need `content:edit` (editors, admins); alt text and
// captions need `translation:edit:<locale>` (translators for their own locales). Expected failures come
// back as typed results, never as throws. Not cached: the admin must see the current state.
//
// An uploaded file is trusted for nothing: its type is what sharp detects in its bytes (not the browser's
// MIME type or the file name), its pixel count is capped before decoding (decompression bombs), it is
// turned upright from its EXIF orientation and re-encoded as WebP without any metadata (no EXIF, GPS or
// camera data is stored or served). The original file is not kept.
import "server-only";
import sharp, { type Metadata, type SharpOptions } from "sharp";
import { z } from "zod";
import { db } from "@/lib/db";
import { locales, type Locale } from "@/i18n/routing";
import { can, type AdminUser } from "@/lib/auth/permissions";
import { invalidate } from "@/lib/revalidate";

/** Largest accepted upload (bytes). next.config.ts lets server action bodies be a little larger. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** Largest accepted image (pixels, width × height) — sharp refuses to decode anything larger. */
export const MAX_INPUT_PIXELS = 50_000_000;
/** Widths of the stored WebP variants (only those not wider than the original; at least one). */
export const VARIANT_WIDTHS = [640, 1280] as const;
export const WEBP_QUALITY = 80;
export const mediaLimits = { alt: 300, caption: 1000, credit: 200, filename: 200 } as const;
/** Formats accepted, as sharp's metadata names them (AVIF is "heif" with AV1 compression). */
export const acceptedTypes = "image/jpeg,image/png,image/webp,image/avif,image/gif";

export type MediaFieldErrorCode = "required" | "tooLong" | "invalid" | "tooLarge" | "notImage" | "tooManyPixels";
export type AltKey = `alt.${Locale}`;
export type MediaFieldErrors = Partial<
  Record<
    | "file"
    | "filename"
    | "credit"
    | "originalLocale"
    | AltKey
    | "alt"
    | "caption"
    | "locale"
    | "id"
    | "slug"
    | "mediaId"
    | "expectedVersion",
    MediaFieldErrorCode
  >
>;

export type Failure = { ok: false; error: "forbidden" | "stale" | "notFound" };
export type Invalid = { ok: false; error: "invalid"; fieldErrors: MediaFieldErrors };
export type WriteResult = { ok: true; version: number } | Failure | Invalid;
export type UploadResult = { ok: true; id: string; version: number } | { ok: false; error: "forbidden" } | Invalid;

const idSchema = z.string().regex(/^[a-z0-9]{8,40}$/);
const slugSchema = z.string().regex(/^[a-z0-9-]{1,200}$/);
const version = z.coerce.number().int().min(1).max(2_147_483_647);
const optionalText = (max: number) => z.string().trim().max(max).default("");

/** Anything with a Blob's shape (File/Blob from the request's FormData, or from node:buffer in tests). */
const blobSchema = z.custom<Blob>(
  (v) =>
    typeof v === "object" &&
    v !== null &&
    typeof (v as Blob).arrayBuffer === "function" &&
    typeof (v as Blob).size === "number",
);

export const uploadInputSchema = z
  .object({
    file: blobSchema
      .refine((f) => f.size > 0, { params: { code: "required" } })
      .refine((f) => f.size <= MAX_UPLOAD_BYTES, { params: { code: "tooLarge" } }),
    filename: optionalText(mediaLimits.filename),
    credit: optionalText(mediaLimits.credit),
    originalLocale: z.enum(locales),
    alt: z.object(
      Object.fromEntries(locales.map((l) => [l, optionalText(mediaLimits.alt)])) as Record<
        Locale,
        ReturnType<typeof optionalText>
      >,
    ),
  })
  .superRefine((v, ctx) => {
    if (!v.alt[v.originalLocale])
      ctx.addIssue({ code: "custom", path: ["alt", v.originalLocale], params: { code: "required" } });
  });
export type UploadInput = z.input<typeof uploadInputSchema>;

export const mediaTextInputSchema = z.object({
  id: idSchema,
  locale: z.enum(locales),
  expectedVersion: version,
  alt: z.string().trim().min(1).max(mediaLimits.alt),
  caption: optionalText(mediaLimits.caption),
  /** Locale-neutral; only with content:edit. Leave it out to keep the credit as it is. */
  credit: z.string().trim().max(mediaLimits.credit).optional(),
});
export type MediaTextInput = z.input<typeof mediaTextInputSchema>;

export const deleteInputSchema = z.object({ id: idSchema, expectedVersion: version });
export const heroInputSchema = z.object({ slug: slugSchema, mediaId: idSchema.nullable(), expectedVersion: version });

function toFieldErrors(error: z.ZodError): MediaFieldErrors {
  const out: MediaFieldErrors = {};
  for (const issue of error.issues) {
    const [first, second] = issue.path;
    if (typeof first !== "string") continue;
    const key = (first === "alt" && typeof second === "string" ? `alt.${second}` : first) as keyof MediaFieldErrors;
    if (out[key]) continue;
    const custom = (issue as { params?: { code?: MediaFieldErrorCode } }).params?.code;
    out[key] = custom ?? (issue.code === "too_small" ? "required" : issue.code === "too_big" ? "tooLong" : "invalid");
  }
  return out;
}

const localeOf = (input: unknown): Locale | null => {
  const l = (input as { locale?: unknown } | null)?.locale;
  return typeof l === "string" && (locales as readonly string[]).includes(l) ? (l as Locale) : null;
};

/** Whether the user may edit the alt text and caption of `locale` (editors and admins: every locale). */
export function canEditMediaText(user: AdminUser | null | undefined, locale: Locale): boolean {
  return can(user, `translation:edit:${locale}`);
}

/**
 * Whether the user may change an image's alt text and caption in `locale`: as for content, the
 * original-language text is the source of every translation, so changing it is an editor's decision.
 */
export function canEditMediaTextOf(
  user: AdminUser | null | undefined,
  locale: Locale,
  originalLocale: Locale,
): boolean {
  return canEditMediaText(user, locale) && (locale !== originalLocale || can(user, "content:edit"));
}

/** Locales whose alt text the user sees in the admin: editors every one, a translator theirs and the original. */
function visibleLocales(user: AdminUser, original: Locale): Locale[] {
  if (can(user, "content:edit")) return [...locales];
  return locales.filter((l) => l === original || canEditMediaText(user, l));
}

/** Slugs of the news articles that show this image (their public pages change with it). */
async function articlesUsing(mediaId: string): Promise<string[]> {
  const rows = await db.newsArticle.findMany({ where: { heroImageId: mediaId }, select: { slug: true } });
  return rows.map((r) => r.slug);
}

const invalidateNews = (slugs: Iterable<string>) => {
  for (const slug of new Set(slugs)) invalidate({ type: "news", slug });
};

// ---------------------------------------------------------------- processing

export interface ProcessedVariant {
  width: number;
  height: number;
  data: Buffer;
}

type ProcessResult = { ok: true; variants: ProcessedVariant[] } | { ok: false; code: "notImage" | "tooManyPixels" };

function isAccepted(meta: Metadata): boolean {
  switch (meta.format) {
    case "jpeg":
    case "png":
    case "webp":
    case "gif":
      return true;
    case "heif":
      // HEIC (iPhone photos) is also "heif"; only AVIF (AV1-compressed) is accepted.
      return meta.compression === "av1";
    default:
      return false;
  }
}

type Inspection =
  { ok: true; meta: Metadata; uprightWidth: number } | { ok: false; code: "notImage" | "tooManyPixels" };

const sharpOptions: SharpOptions = { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error", pages: 1 };

/** Reads the header only (nothing is decoded, so a bomb costs nothing here): format and pixel count. */
async function inspectImage(input: Buffer): Promise<Inspection> {
  let meta: Metadata;
  try {
    meta = await sharp(input, { ...sharpOptions, limitInputPixels: false }).metadata();
  } catch {
    return { ok: false, code: "notImage" };
  }
  if (!isAccepted(meta) || !meta.width || !meta.height) return { ok: false, code: "notImage" };
  const frameHeight = meta.pageHeight ?? meta.height;
  if (meta.width * frameHeight > MAX_INPUT_PIXELS) return { ok: false, code: "tooManyPixels" };
  // Width once turned upright (orientations 5–8 swap the sides).
  return { ok: true, meta, uprightWidth: (meta.orientation ?? 1) >= 5 ? frameHeight : meta.width };
}

/**
 * Detects the format from the bytes, refuses anything but JPEG/PNG/WebP/AVIF/GIF and images over
 * MAX_INPUT_PIXELS, then renders upright WebP variants at VARIANT_WIDTHS (never enlarged; a narrower
 * image gets one variant at its own width). sharp writes no metadata unless asked (no withMetadata here).
 */
export async function processImage(input: Buffer): Promise<ProcessResult> {
  const inspected = await inspectImage(input);
  if (!inspected.ok) return inspected;
  const widths: number[] = VARIANT_WIDTHS.filter((w) => w <= inspected.uprightWidth);
  if (widths.length === 0) widths.push(inspected.uprightWidth);
  try {
    const base = sharp(input, sharpOptions).rotate();
    const variants = await Promise.all(
      widths.map(async (w) => {
        const { data, info } = await base
          .clone()
          .resize({ width: w, withoutEnlargement: true })
          .webp({ quality: WEBP_QUALITY })
          .toBuffer({ resolveWithObject: true });
        return { width: info.width, height: info.height, data };
      }),
    );
    return { ok: true, variants };
  } catch (e) {
    // Corrupt data past the header, or sharp's own pixel guard.
    const message = e instanceof Error ? e.message : "";
    return { ok: false, code: /pixel limit/i.test(message) ? "tooManyPixels" : "notImage" };
  }
}

// ---------------------------------------------------------------- writing

/**
 * Uploads one image (content:edit). Validates the fields, processes the file (processImage), then in one
 * transaction stores the Media row, its WebP variants, one MediaTranslation per alt text given (the
 * original locale's is required) and an AuditLog row "media.upload".
 */
export async function uploadMedia(actor: AdminUser | null, input: unknown): Promise<UploadResult> {
  if (!actor || !can(actor, "content:edit")) return { ok: false, error: "forbidden" };
  const parsed = uploadInputSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = toFieldErrors(parsed.error);
    // Say what is wrong with the file too (its header only), so it is not refused once more after the fix.
    const file = (input as { file?: unknown } | null)?.file;
    if (!fieldErrors.file && blobSchema.safeParse(file).success) {
      const inspected = await inspectImage(Buffer.from(await (file as Blob).arrayBuffer()));
      if (!inspected.ok) fieldErrors.file = inspected.code;
    }
    return { ok: false, error: "invalid", fieldErrors };
  }
  const v = parsed.data;
  const processed = await processImage(Buffer.from(await v.file.arrayBuffer()));
  if (!processed.ok) return { ok: false, error: "invalid", fieldErrors: { file: processed.code } };
  const largest = processed.variants.reduce((a, b) => (b.width > a.width ? b : a));
  const filename = (v.filename || (v.file as Partial<File>).name || "image").slice(0, mediaLimits.filename);
  const alts = locales.filter((l) => v.alt[l]);

  const media = await db.$transaction(async (tx) => {
    const m = await tx.media.create({
      data: {
        filename,
        width: largest.width,
        height: largest.height,
        credit: v.credit,
        originalLocale: v.originalLocale,
        createdById: actor.id,
        variants: {
          create: processed.variants.map((x) => ({
            width: x.width,
            height: x.height,
            format: "image/webp",
            data: new Uint8Array(x.data),
            size: x.data.length,
          })),
        },
        translations: {
          create: alts.map((l) => ({
            locale: l,
            alt: v.alt[l],
            ...(l === v.originalLocale ? {} : { sourceRevision: 1 }),
          })),
        },
      },
      select: { id: true, version: true },
    });
    await tx.auditLog.create({
      data: {
        userId: actor.id,
        action: "media.upload",
        target: `media:${m.id}`,
        details: {
          filename,
          width: largest.width,
          height: largest.height,
          variants: processed.variants.map((x) => x.width),
          bytes: v.file.size,
          locales: alts,
        },
      },
    });
    return m;
  });
  return { ok: true, id: media.id, version: media.version };
}

/**
 * Saves the alt text and caption of one locale (and, with content:edit, the credit); the image's
 * original-language text only with content:edit (a translator of that language may not). In one transaction:
 * Media.version must still be `expectedVersion` (else "stale", nothing written) and is incremented; the
 * translation is created or its revision goes up (a translation records the original's revision as its
 * source); a Revision row ("media-translation") and an AuditLog row ("media.save") are written. Then
 * every news article showing the image is invalidated.
 */
export async function saveMediaText(actor: AdminUser | null, input: unknown): Promise<WriteResult> {
  const requested = localeOf(input);
  if (!actor || (requested && !canEditMediaText(actor, requested))) return { ok: false, error: "forbidden" };
  const parsed = mediaTextInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: toFieldErrors(parsed.error) };
  const v = parsed.data;
  if (!canEditMediaText(actor, v.locale)) return { ok: false, error: "forbidden" };
  if (v.credit !== undefined && !can(actor, "content:edit")) return { ok: false, error: "forbidden" };

  const result = await db.$transaction(async (tx): Promise<WriteResult> => {
    const media = await tx.media.findUnique({ where: { id: v.id }, select: { originalLocale: true } });
    if (media && !canEditMediaTextOf(actor, v.locale, media.originalLocale)) return { ok: false, error: "forbidden" };
    // The version check and the row lock in one statement: a concurrent save waits, then updates nothing.
    const bumped = await tx.media.updateMany({
      where: { id: v.id, version: v.expectedVersion },
      data: { version: { increment: 1 }, ...(v.credit !== undefined ? { credit: v.credit } : {}) },
    });
    if (bumped.count === 0) {
      const exists = await tx.media.count({ where: { id: v.id } });
      return { ok: false, error: exists ? "stale" : "notFound" };
    }
    const now = await tx.media.findUniqueOrThrow({
      where: { id: v.id },
      select: {
        version: true,
        originalLocale: true,
        credit: true,
        translations: { select: { id: true, locale: true, revision: true } },
      },
    });
    const isOriginal = v.locale === now.originalLocale;
    const original = now.translations.find((t) => t.locale === now.originalLocale);
    const existing = now.translations.find((t) => t.locale === v.locale);
    const sourceRevision = isOriginal ? undefined : (original?.revision ?? null);
    const saved = existing
      ? await tx.mediaTranslation.update({
          where: { id: existing.id },
          data: {
            alt: v.alt,
            caption: v.caption,
            revision: { increment: 1 },
            ...(isOriginal ? {} : { sourceRevision }),
          },
          select: { id: true, revision: true, sourceRevision: true },
        })
      : await tx.mediaTranslation.create({
          data: {
            mediaId: v.id,
            locale: v.locale,
            alt: v.alt,
            caption: v.caption,
            ...(isOriginal ? {} : { sourceRevision }),
          },
          select: { id: true, revision: true, sourceRevision: true },
        });
    await tx.revision.create({
      data: {
        entityType: "media-translation",
        entityId: saved.id,
        locale: v.locale,
        version: now.version,
        data: {
          mediaId: v.id,
          alt: v.alt,
          caption: v.caption,
          ...(v.credit !== undefined ? { credit: now.credit } : {}),
          revision: saved.revision,
          sourceRevision: saved.sourceRevision,
        },
        userId: actor.id,
      },
    });
    await tx.auditLog.create({
      data: {
        userId: actor.id,
        action: "media.save",
        target: `media:${v.id}`,
        details: {
          locale: v.locale,
          version: now.version,
          revision: saved.revision,
          ...(v.credit !== undefined ? { credit: now.credit } : {}),
        },
      },
    });
    return { ok: true, version: now.version };
  });

  if (result.ok) invalidateNews(await articlesUsing(v.id));
  return result;
}

/**
 * Deletes an image and its variants and texts (content:edit), if it is still at `expectedVersion`. News
 * articles that showed it lose their lead image (their version goes up); an AuditLog row "media.delete".
 */
export async function deleteMedia(actor: AdminUser | null, input: unknown): Promise<WriteResult> {
  if (!actor || !can(actor, "content:edit")) return { ok: false, error: "forbidden" };
  const parsed = deleteInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: toFieldErrors(parsed.error) };
  const v = parsed.data;
  let slugs: string[] = [];

  const result = await db.$transaction(async (tx): Promise<WriteResult> => {
    // Lock the row at the expected version first (a concurrent save waits, then finds it gone or moved on).
    const locked = await tx.media.updateMany({
      where: { id: v.id, version: v.expectedVersion },
      data: { version: { increment: 1 } },
    });
    if (locked.count === 0) {
      const exists = await tx.media.count({ where: { id: v.id } });
      return { ok: false, error: exists ? "stale" : "notFound" };
    }
    const media = await tx.media.findUniqueOrThrow({
      where: { id: v.id },
      select: { filename: true, news: { select: { slug: true } } },
    });
    slugs = media.news.map((n) => n.slug);
    await tx.newsArticle.updateMany({
      where: { heroImageId: v.id },
      data: { heroImageId: null, version: { increment: 1 } },
    });
    await tx.media.delete({ where: { id: v.id } });
    await tx.auditLog.create({
      data: {
        userId: actor.id,
        action: "media.delete",
        target: `media:${v.id}`,
        details: { filename: media.filename, news: slugs },
      },
    });
    return { ok: true, version: v.expectedVersion + 1 };
  });

  if (result.ok) invalidateNews(slugs);
  return result;
}

/**
 * Sets (or with mediaId null, removes) a news article's lead image (content:edit). Optimistic concurrency
 * on NewsArticle.version, which goes up; an AuditLog row "news.hero"; the article's pages are invalidated.
 */
export async function setNewsHeroImage(actor: AdminUser | null, input: unknown): Promise<WriteResult> {
  if (!actor || !can(actor, "content:edit")) return { ok: false, error: "forbidden" };
  const parsed = heroInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: toFieldErrors(parsed.error) };
  const v = parsed.data;

  const result = await db.$transaction(async (tx): Promise<WriteResult> => {
    const article = await tx.newsArticle.findUnique({
      where: { slug: v.slug },
      select: { id: true, heroImageId: true },
    });
    if (!article) return { ok: false, error: "notFound" };
    if (v.mediaId && !(await tx.media.count({ where: { id: v.mediaId } }))) return { ok: false, error: "notFound" };
    const bumped = await tx.newsArticle.updateMany({
      where: { id: article.id, version: v.expectedVersion },
      data: { heroImageId: v.mediaId, version: { increment: 1 } },
    });
    if (bumped.count === 0) return { ok: false, error: "stale" };
    await tx.auditLog.create({
      data: {
        userId: actor.id,
        action: "news.hero",
        target: `news:${v.slug}`,
        details: { from: article.heroImageId, to: v.mediaId, version: v.expectedVersion + 1 },
      },
    });
    return { ok: true, version: v.expectedVersion + 1 };
  });

  if (result.ok) invalidate({ type: "news", slug: v.slug });
  return result;
}

// ---------------------------------------------------------------- reading (admin)

export interface MediaAlt {
  locale: Locale;
  alt: string;
  caption: string;
}

export interface MediaListItem {
  id: string;
  filename: string;
  width: number;
  height: number;
  credit: string;
  originalLocale: Locale;
  version: number;
  createdAt: Date;
  /** The smallest variant (for thumbnails). */
  thumb: { width: number; height: number };
  /** Alt texts in the locales the user sees (see visibleLocales), in locale order. */
  alts: MediaAlt[];
  /** Locales the user sees that have no alt text yet. */
  missing: Locale[];
  usedBy: number;
}

const anyTextPermission = (actor: AdminUser | null): actor is AdminUser =>
  !!actor && locales.some((l) => canEditMediaText(actor, l));

/** Every image, newest first; for anyone who may edit alt text in at least one locale. */
export async function listMedia(
  actor: AdminUser | null,
): Promise<{ ok: true; items: MediaListItem[]; canUpload: boolean } | Failure> {
  if (!anyTextPermission(actor)) return { ok: false, error: "forbidden" };
  const rows = await db.media.findMany({
    select: {
      id: true,
      filename: true,
      width: true,
      height: true,
      credit: true,
      originalLocale: true,
      version: true,
      createdAt: true,
      variants: { select: { width: true, height: true }, orderBy: { width: "asc" } },
      translations: { select: { locale: true, alt: true, caption: true } },
      _count: { select: { news: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
  });
  return {
    ok: true,
    canUpload: can(actor, "content:edit"),
    items: rows.map((r) => {
      const visible = visibleLocales(actor, r.originalLocale);
      const alts = visible.flatMap((l) => r.translations.filter((t) => t.locale === l));
      return {
        id: r.id,
        filename: r.filename,
        width: r.width,
        height: r.height,
        credit: r.credit,
        originalLocale: r.originalLocale,
        version: r.version,
        createdAt: r.createdAt,
        thumb: r.variants[0] ?? { width: r.width, height: r.height },
        alts,
        missing: visible.filter((l) => !alts.some((a) => a.locale === l)),
        usedBy: r._count.news,
      };
    }),
  };
}

export interface NewsChoice {
  slug: string;
  title: string;
  /** The locale `title` is in. */
  titleLocale: Locale;
  version: number;
  heroImageId: string | null;
}

export interface MediaForEditing {
  id: string;
  filename: string;
  width: number;
  height: number;
  credit: string;
  originalLocale: Locale;
  version: number;
  createdAt: Date;
  variants: { width: number; height: number; size: number }[];
  /** The original locale's text (null if it has none yet). */
  original: (MediaAlt & { revision: number }) | null;
  /** One entry per locale the user may edit, with its current text (empty when none yet). */
  editable: (MediaAlt & { exists: boolean; outdated: boolean })[];
  /** content:edit: credit, delete, lead images. */
  canManage: boolean;
  /** Articles showing this image. */
  usedBy: NewsChoice[];
  /** Every news article, for the lead-image control (only with canManage). */
  articles: NewsChoice[];
}

/** One image for its edit page; titles of news articles are given in `uiLocale` where translated. */
export async function getMediaForEditing(
  actor: AdminUser | null,
  id: string,
  uiLocale: Locale = "zh",
): Promise<{ ok: true; item: MediaForEditing } | Failure> {
  if (!anyTextPermission(actor)) return { ok: false, error: "forbidden" };
  if (!idSchema.safeParse(id).success) return { ok: false, error: "notFound" };
  const m = await db.media.findUnique({
    where: { id },
    select: {
      id: true,
      filename: true,
      width: true,
      height: true,
      credit: true,
      originalLocale: true,
      version: true,
      createdAt: true,
      variants: { select: { width: true, height: true, size: true }, orderBy: { width: "asc" } },
      translations: { select: { locale: true, alt: true, caption: true, revision: true, sourceRevision: true } },
    },
  });
  if (!m) return { ok: false, error: "notFound" };
  const canManage = can(actor, "content:edit");
  const original = m.translations.find((t) => t.locale === m.originalLocale) ?? null;
  const articles = await newsChoices(uiLocale);
  return {
    ok: true,
    item: {
      id: m.id,
      filename: m.filename,
      width: m.width,
      height: m.height,
      credit: m.credit,
      originalLocale: m.originalLocale,
      version: m.version,
      createdAt: m.createdAt,
      variants: m.variants,
      original: original && {
        locale: original.locale,
        alt: original.alt,
        caption: original.caption,
        revision: original.revision,
      },
      editable: locales
        .filter((l) => canEditMediaTextOf(actor, l, m.originalLocale))
        .map((l) => {
          const t = m.translations.find((x) => x.locale === l);
          return {
            locale: l,
            alt: t?.alt ?? "",
            caption: t?.caption ?? "",
            exists: !!t,
            outdated: !!t && !!original && l !== m.originalLocale && (t.sourceRevision ?? 0) < original.revision,
          };
        }),
      canManage,
      usedBy: articles.filter((a) => a.heroImageId === m.id),
      articles: canManage ? articles : [],
    },
  };
}

async function newsChoices(uiLocale: Locale): Promise<NewsChoice[]> {
  const rows = await db.newsArticle.findMany({
    select: {
      slug: true,
      version: true,
      heroImageId: true,
      originalLocale: true,
      translations: { select: { locale: true, title: true } },
    },
    orderBy: [{ publishedOn: { sort: "desc", nulls: "last" } }, { slug: "asc" }],
  });
  return rows.map((r) => {
    const t =
      r.translations.find((x) => x.locale === uiLocale) ??
      r.translations.find((x) => x.locale === r.originalLocale) ??
      r.translations[0];
    return {
      slug: r.slug,
      version: r.version,
      heroImageId: r.heroImageId,
      title: t?.title ?? r.slug,
      titleLocale: t?.locale ?? r.originalLocale,
    };
  });
}

// ---------------------------------------------------------------- reading (public)

/** The bytes of one stored variant, for app/media/[id]/[variant]/route.ts (public: images are shown on public pages). */
export async function getMediaVariant(
  id: string,
  width: number,
): Promise<{ data: Uint8Array; format: string; size: number } | null> {
  if (!idSchema.safeParse(id).success || !Number.isInteger(width) || width < 1 || width > 100_000) return null;
  return db.mediaVariant.findUnique({
    where: { mediaId_width_format: { mediaId: id, width, format: "image/webp" } },
    select: { data: true, format: true, size: true },
  });
}
