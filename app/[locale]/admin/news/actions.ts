"use server";
// Server actions of the news editor. Each checks the session itself (requirePermission); the data layer
// (lib/data/admin-news.ts) checks again with the user it is handed. Bound arguments travel through the
// browser, so they are validated here too.
import { redirect } from "next/navigation";
import { z } from "zod";
import { defaultLocale, locales } from "@/i18n/routing";
import { requirePermission } from "@/lib/auth/permissions";
import { currentAdminUser } from "@/lib/auth/session";
import { saveNewsTranslation, setNewsTranslationStatus, type FieldErrors } from "@/lib/data/admin-news";
import type { NewsEditorState, NewsEditorValues } from "@/components/admin/news-editor-form";

const localeSchema = z.enum(locales).catch(defaultLocale);
const slugSchema = z.string().regex(/^[a-z0-9-]{1,200}$/);

function values(form: FormData): NewsEditorValues {
  const s = (k: string) => {
    const v = form.get(k);
    return typeof v === "string" ? v : "";
  };
  return { title: s("title"), summary: s("summary"), body: s("body"), sourceName: s("sourceName"), byline: s("byline") };
}

/** Save (for useActionState): on success back to the page (fresh version and preview); else the typed text comes back. */
export async function saveNewsAction(
  locale: unknown,
  slug: unknown,
  editLocale: unknown,
  prev: NewsEditorState,
  form: FormData,
): Promise<NewsEditorState> {
  const l = localeSchema.parse(locale);
  const typed = values(form);
  const expectedVersion = form.get("expectedVersion");
  const fail = (error: NonNullable<NewsEditorState["error"]>, fieldErrors: FieldErrors = {}): NewsEditorState => ({
    seq: prev.seq + 1,
    version: prev.version,
    values: typed,
    error,
    fieldErrors,
  });
  const s = slugSchema.safeParse(slug);
  const el = z.enum(locales).safeParse(editLocale);
  if (!s.success || !el.success) return fail("notFound");
  const user = await currentAdminUser();
  if (!user) redirect(`/${l}/admin/sign-in`);
  let result;
  try {
    result = await saveNewsTranslation(user, { slug: s.data, locale: el.data, expectedVersion, ...typed });
  } catch (e) {
    console.error("news save failed", e);
    return fail("failed");
  }
  if (!result.ok) return result.error === "invalid" ? fail("invalid", result.fieldErrors) : fail(result.error);
  redirect(`/${l}/admin/news/${s.data}/${el.data}?saved=${result.version}`);
}

/** Publish / unpublish (a plain form): back to the page with a notice or an error. */
export async function setNewsStatusAction(locale: unknown, slug: unknown, editLocale: unknown, form: FormData): Promise<void> {
  const l = localeSchema.parse(locale);
  const s = slugSchema.safeParse(slug);
  const el = z.enum(locales).safeParse(editLocale);
  if (!s.success || !el.success) redirect(`/${l}/admin/news`);
  const page = `/${l}/admin/news/${s.data}/${el.data}`;
  const allowed = await requirePermission("content:publish");
  if (!allowed.ok && allowed.error === "unauthenticated") redirect(`/${l}/admin/sign-in`);
  if (!allowed.ok) redirect(`${page}?error=forbidden`);
  const status = form.get("status") === "published" ? "published" : "draft";
  const result = await setNewsTranslationStatus(allowed.user, {
    slug: s.data,
    locale: el.data,
    status,
    expectedVersion: form.get("expectedVersion"),
  });
  if (!result.ok) redirect(`${page}?error=${result.error}`);
  redirect(`${page}?status=${status}`);
}
