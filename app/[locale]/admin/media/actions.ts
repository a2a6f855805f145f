"use server";
// Server actions of the media library. Each reads the session before its input (lib/auth/guard.ts), then the permission; the data
// layer (lib/admin/media.ts) checks again with the user it is handed. Bound arguments travel through
// the browser, so they are validated here too.
import { redirect } from "next/navigation";
import { locales, type Locale } from "@/i18n/routing";
import { canEditLocale } from "@/lib/auth/permissions";
import { requireAdmin } from "@/lib/auth/guard";
import { formOf, stateOf } from "@/lib/auth/action-input";
import { deleteMedia, saveMediaText, setNewsHeroImage, uploadMedia, type MediaFieldErrors } from "@/lib/admin/media";
import type { MediaUploadState, MediaUploadValues } from "@/components/admin/media-upload-form";
import type { MediaTextError, MediaTextState, MediaTextValues } from "@/components/admin/media-text-form";
import { adminPath } from "@/lib/routes";
import { idSchema, slugParamSchema, localeSchema } from "@/lib/validation/common";

const str = (form: FormData, k: string) => {
  const v = form.get(k);
  return typeof v === "string" ? v : "";
};

/**
 * A form posted before React runs (no JavaScript, or not hydrated yet) is a native post: under Cache
 * Components the state an action returns then renders no page, so such a post is answered with a redirect
 * that carries the outcome and the typed text in the address (the pages read them back, validated).
 */
const isNativePost = (form: FormData) => form.get("_enhanced") !== "1";

function outcomeQuery(
  error: string,
  fieldErrors: Record<string, string | undefined>,
  values: Record<string, string>,
): string {
  const q = new URLSearchParams({ error });
  for (const [k, v] of Object.entries(fieldErrors)) if (v) q.set(`fe.${k}`, v);
  for (const [k, v] of Object.entries(values)) if (v) q.set(k, v);
  return q.toString();
}

/** Upload (for useActionState): on success to the new image's page; else the typed text comes back. */
export async function uploadMediaAction(
  locale: unknown,
  prev: MediaUploadState,
  form: FormData,
): Promise<MediaUploadState> {
  const { l, user, allowed } = await requireAdmin(locale, "content:edit");
  form = formOf(form);
  prev = stateOf(prev, { seq: 0, values: {} } as unknown as typeof prev);
  const values: MediaUploadValues = {
    originalLocale: localeSchema.catch(prev.values.originalLocale).parse(form.get("originalLocale")),
    credit: str(form, "credit"),
    alt: Object.fromEntries(locales.map((x) => [x, str(form, `alt_${x}`)])) as Record<Locale, string>,
  };
  const fail = (
    error: NonNullable<MediaUploadState["error"]>,
    fieldErrors: MediaFieldErrors = {},
  ): MediaUploadState => {
    if (isNativePost(form)) {
      const typed = {
        originalLocale: values.originalLocale,
        credit: values.credit,
        ...Object.fromEntries(locales.map((x) => [`alt_${x}`, values.alt[x]])),
      };
      redirect(`${adminPath(l, "media", "upload")}?${outcomeQuery(error, fieldErrors, typed)}`);
    }
    return { seq: prev.seq + 1, values, error, fieldErrors };
  };
  if (!allowed) return fail("forbidden");
  const file = form.get("file");
  let result;
  try {
    result = await uploadMedia(user, {
      ...values,
      file: typeof file === "string" ? undefined : file,
      filename: file && typeof file !== "string" ? file.name : "",
    });
  } catch (e) {
    console.error("media upload failed", e);
    return fail("failed");
  }
  if (!result.ok) return result.error === "invalid" ? fail("invalid", result.fieldErrors) : fail(result.error);
  redirect(`${adminPath(l, "media", result.id)}?uploaded=1`);
}

/** Save one language's alt text and caption (for useActionState): on success back to the page. */
export async function saveMediaTextAction(
  locale: unknown,
  id: unknown,
  editLocale: unknown,
  prev: MediaTextState,
  form: FormData,
): Promise<MediaTextState> {
  const { l, user } = await requireAdmin(locale);
  form = formOf(form);
  prev = stateOf(prev, { seq: 0, values: {} } as unknown as typeof prev);
  const typed: MediaTextValues = { alt: str(form, "alt"), caption: str(form, "caption") };
  if (prev.values.credit !== undefined) typed.credit = str(form, "credit");
  const i = idSchema.safeParse(id);
  const el = localeSchema.safeParse(editLocale);
  const fail = (error: MediaTextError, fieldErrors: MediaFieldErrors = {}): MediaTextState => {
    if (isNativePost(form) && i.success && el.success) {
      const q = outcomeQuery(error, fieldErrors, { ...typed, version: str(form, "expectedVersion") });
      redirect(`${adminPath(l, "media", i.data)}?text=${el.data}&${q}#text-${el.data}`);
    }
    return { seq: prev.seq + 1, version: prev.version, values: typed, error, fieldErrors };
  };
  if (!i.success || !el.success) return fail("notFound");
  if (!canEditLocale(user, el.data)) return fail("forbidden");
  // The credit travels only in the form that shows it (editors and admins; the data layer checks again).
  const credit = form.has("credit") ? str(form, "credit") : undefined;
  let result;
  try {
    result = await saveMediaText(user, {
      id: i.data,
      locale: el.data,
      alt: typed.alt,
      caption: typed.caption,
      credit,
      expectedVersion: form.get("expectedVersion"),
    });
  } catch (e) {
    console.error("media text save failed", e);
    return fail("failed");
  }
  if (!result.ok) return result.error === "invalid" ? fail("invalid", result.fieldErrors) : fail(result.error);
  redirect(`${adminPath(l, "media", i.data)}?saved=${el.data}#text-${el.data}`);
}

/** Delete (a plain form with a confirmation box): to the list, or back with an error. */
export async function deleteMediaAction(locale: unknown, id: unknown, form: FormData): Promise<void> {
  const { l, user, allowed } = await requireAdmin(locale, "content:edit");
  form = formOf(form);
  const i = idSchema.safeParse(id);
  if (!i.success) redirect(adminPath(l, "media"));
  const page = adminPath(l, "media", i.data);
  if (!allowed) redirect(`${page}?error=forbidden#delete`);
  if (form.get("confirm") !== "yes") redirect(`${page}?error=confirm#delete`);
  const result = await deleteMedia(user, { id: i.data, expectedVersion: form.get("expectedVersion") });
  if (!result.ok) redirect(`${page}?error=${result.error === "invalid" ? "failed" : result.error}#delete`);
  redirect(`${adminPath(l, "media")}?deleted=1`);
}

/**
 * Sets this image as a news article's lead image, or (intent "remove") takes it away. The article comes
 * as "<slug>@<version>" (the select's value, or a hidden field): the version the page was opened at.
 */
export async function setHeroAction(locale: unknown, id: unknown, form: FormData): Promise<void> {
  const { l, user, allowed } = await requireAdmin(locale, "content:edit");
  form = formOf(form);
  const i = idSchema.safeParse(id);
  if (!i.success) redirect(adminPath(l, "media"));
  const page = adminPath(l, "media", i.data);
  if (!allowed) redirect(`${page}?error=forbidden#hero`);
  const [slug, version] = str(form, "article").split("@");
  const s = slugParamSchema.safeParse(slug);
  if (!s.success) redirect(`${page}?error=heroInvalid#hero`);
  const remove = form.get("intent") === "remove";
  const result = await setNewsHeroImage(user, {
    slug: s.data,
    mediaId: remove ? null : i.data,
    expectedVersion: version,
  });
  if (!result.ok) redirect(`${page}?error=${result.error === "invalid" ? "heroInvalid" : result.error}#hero`);
  redirect(`${page}?hero=${remove ? "removed" : "set"}#hero`);
}
