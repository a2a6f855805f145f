"use server";
// Server actions of the content editor. Each checks the session before it reads anything else
// (lib/auth/action-guard.ts); the data layer (lib/data/admin-content.ts) checks again with the user it is handed.
// Bound arguments travel through the browser, so they are validated here too.
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { htmlLang, locales } from "@/i18n/routing";
import { permitted } from "@/lib/auth/permissions";
import { formOf, signedIn, stateOf } from "@/lib/auth/action-guard";
import { editorPath } from "@/lib/admin/paths";
import { contentTypeKeys, contentTypes, itemKeySchema } from "@/lib/admin/content-types";
import { canEditLocale, saveContentTranslation, setContentStatus, validateContentFields } from "@/lib/data/admin-content";
import { ContentPreview } from "@/components/admin/content-preview";
import type { ContentEditorState, EditorError } from "@/components/admin/content-editor-form";

const targetSchema = z.object({ type: z.enum(contentTypeKeys), key: itemKeySchema, editLocale: z.enum(locales) });

/** Save or Preview (for useActionState): on a save, back to the page with the fresh version; else the typed text comes back. */
export async function saveContentAction(
  locale: unknown,
  target: unknown,
  prev: ContentEditorState,
  form: FormData,
): Promise<ContentEditorState> {
  const { l, user } = await signedIn(locale);
  form = formOf(form);
  prev = stateOf(prev, { seq: 0, values: {} } as unknown as typeof prev);
  const tg = targetSchema.safeParse(target);
  const typed: Record<string, string> = {};
  for (const f of tg.success ? contentTypes[tg.data.type].fields : []) {
    const v = form.get(f.name);
    typed[f.name] = typeof v === "string" ? v : "";
  }
  const fail = (error: EditorError, fieldErrors = {}): ContentEditorState => ({
    seq: prev.seq + 1,
    version: prev.version,
    values: typed,
    error,
    fieldErrors,
  });
  if (!tg.success) return fail("notFound");
  const { type, key, editLocale } = tg.data;
  if (!canEditLocale(user, editLocale)) return fail("forbidden");

  if (form.get("intent") === "preview") {
    const checked = validateContentFields(type, typed);
    if (!checked.ok) return fail("invalid", checked.fieldErrors);
    const t = await getTranslations({ locale: l, namespace: "admin" });
    const labels = Object.fromEntries(contentTypes[type].fields.map((f) => [f.name, t(`content.fields.${f.name}` as "content.fields.name")]));
    return {
      seq: prev.seq + 1,
      version: Number(form.get("expectedVersion")) || prev.version,
      values: typed,
      preview: <ContentPreview fields={contentTypes[type].fields} values={checked.values} labels={labels} lang={htmlLang[editLocale]} />,
    };
  }

  let result;
  try {
    result = await saveContentTranslation(user, { type, key, locale: editLocale, expectedVersion: form.get("expectedVersion"), ...typed });
  } catch (e) {
    console.error("content save failed", e);
    return fail("failed");
  }
  if (!result.ok) return result.error === "invalid" ? fail("invalid", result.fieldErrors) : fail(result.error);
  redirect(`${editorPath(l, type, key, editLocale)}?saved=${result.version}`);
}

/** Publish / unpublish (a plain form): back to the page with a notice or an error. */
export async function setContentStatusAction(locale: unknown, target: unknown, form: FormData): Promise<void> {
  const { l, user } = await signedIn(locale);
  form = formOf(form);
  const tg = targetSchema.safeParse(target);
  if (!tg.success) redirect(`/${l}/admin/content`);
  const { type, key, editLocale } = tg.data;
  const page = editorPath(l, type, key, editLocale);
  const allowed = permitted(user, "content:publish");
  if (!allowed.ok) redirect(`${page}?error=forbidden`);
  const status = form.get("status") === "published" ? "published" : "draft";
  const result = await setContentStatus(allowed.user, { type, key, locale: editLocale, status, expectedVersion: form.get("expectedVersion") });
  if (!result.ok) redirect(`${page}?error=${result.error}`);
  redirect(`${page}?status=${status}`);
}
