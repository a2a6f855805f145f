"use server";
// Server actions of the content editor. Each checks the session first (lib/auth/guard.ts),
// before reading its input; the data layer (lib/admin/content.ts) checks the
// permission again with the user it is handed. Bound arguments travel through the browser, so they are
// validated here too.
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { htmlLang } from "@/i18n/routing";
import { requireAdmin } from "@/lib/auth/guard";
import { canEditLocale } from "@/lib/auth/permissions";
import { formOf, stateOf } from "@/lib/auth/action-input";
import { editorPath } from "@/lib/routes";
import { contentTypeKeys, contentTypes, itemKeySchema } from "@/lib/content-model/types";
import {
  returnForRevision,
  saveContentTranslation,
  setContentStatus,
  submitForReview,
  validateContentFields,
} from "@/lib/admin/content";
import { ContentPreview } from "@/components/admin/content-preview";
import type { ContentEditorState, EditorError } from "@/components/admin/content-editor-form";
import { adminPath } from "@/lib/routes";
import { localeSchema } from "@/lib/validation/common";

const targetSchema = z.object({ type: z.enum(contentTypeKeys), key: itemKeySchema, editLocale: localeSchema });

/** Save (a draft) or Preview (for useActionState): on a save, back to the page with the new revision; else the typed text comes back. */
export async function saveContentAction(
  locale: unknown,
  target: unknown,
  prev: ContentEditorState,
  form: FormData,
): Promise<ContentEditorState> {
  const { l, user } = await requireAdmin(locale);
  form = formOf(form);
  prev = stateOf(prev, { seq: 0, values: {} } as unknown as typeof prev);
  const tg = targetSchema.safeParse(target);
  const typed: Record<string, string> = {};
  for (const f of tg.success ? contentTypes[tg.data.type].fields : []) {
    const v = form.get(f.name);
    typed[f.name] = typeof v === "string" ? v : "";
  }
  const fail = (error: EditorError, fieldErrors = {}): ContentEditorState => ({
    seq: (prev?.seq ?? 0) + 1,
    version: prev?.version ?? 0,
    values: typed,
    error,
    fieldErrors,
  });
  if (!tg.success) return fail("notFound");
  const { type, key, editLocale } = tg.data;
  if (!canEditLocale(user, editLocale)) return fail("forbidden");

  if (formOf(form).get("intent") === "preview") {
    const checked = validateContentFields(type, typed);
    if (!checked.ok) return fail("invalid", checked.fieldErrors);
    const t = await getTranslations({ locale: l, namespace: "admin" });
    const labels = Object.fromEntries(
      contentTypes[type].fields.map((f) => [f.name, t(`content.fields.${f.name}` as "content.fields.name")]),
    );
    return {
      seq: prev.seq + 1,
      version: Number(formOf(form).get("expectedRevision")) || prev.version,
      values: typed,
      preview: (
        <ContentPreview
          fields={contentTypes[type].fields}
          values={checked.values}
          labels={labels}
          lang={htmlLang[editLocale]}
        />
      ),
    };
  }

  let result;
  try {
    result = await saveContentTranslation(user, {
      type,
      key,
      locale: editLocale,
      expectedRevision: formOf(form).get("expectedRevision"),
      ...typed,
    });
  } catch (e) {
    console.error("content save failed", e);
    return fail("failed");
  }
  if (!result.ok)
    return result.error === "invalid"
      ? fail("invalid", result.fieldErrors)
      : fail(result.error === "noDraft" ? "notFound" : result.error);
  redirect(`${editorPath(l, type, key, editLocale)}?saved=${result.revision}`);
}

/** The session of someone who may publish, then the bound target (anonymous → sign-in; others → the page with ?error=forbidden). */
async function publisherTarget(locale: unknown, target: unknown) {
  const { l, user, allowed } = await requireAdmin(locale, "content:publish");
  const tg = targetSchema.safeParse(target);
  if (!tg.success) redirect(adminPath(l, "content"));
  const { type, key, editLocale } = tg.data;
  const page = editorPath(l, type, key, editLocale);
  if (!allowed) redirect(`${page}?error=forbidden`);
  return { user, type, key, editLocale, page };
}

/** Publish (approve) / unpublish (a plain form, content:publish): back to the page with a notice or an error. */
export async function setContentStatusAction(locale: unknown, target: unknown, form: FormData): Promise<void> {
  const { user, type, key, editLocale, page } = await publisherTarget(locale, target);
  const status = formOf(form).get("status") === "published" ? "published" : "draft";
  const note = formOf(form).get("note");
  const result = await setContentStatus(user, {
    type,
    key,
    locale: editLocale,
    status,
    expectedRevision: formOf(form).get("expectedRevision"),
    ...(status === "published" && typeof note === "string" ? { note } : {}),
  });
  if (!result.ok) redirect(`${page}?error=${result.error}`);
  redirect(`${page}?status=${status}`);
}

/** Submit the draft for review (anyone who may edit this text): back to the page with a notice or an error. */
export async function submitForReviewAction(locale: unknown, target: unknown, form: FormData): Promise<void> {
  const { l, user } = await requireAdmin(locale);
  const tg = targetSchema.safeParse(target);
  if (!tg.success) redirect(adminPath(l, "content"));
  const { type, key, editLocale } = tg.data;
  const page = editorPath(l, type, key, editLocale);
  const result = await submitForReview(user, {
    type,
    key,
    locale: editLocale,
    expectedRevision: formOf(form).get("expectedRevision"),
  });
  if (!result.ok) redirect(`${page}?error=${result.error}`);
  redirect(`${page}?review=submitted`);
}

/** Return a submitted draft with a comment (content:publish). */
export async function returnForRevisionAction(locale: unknown, target: unknown, form: FormData): Promise<void> {
  const { user, type, key, editLocale, page } = await publisherTarget(locale, target);
  const result = await returnForRevision(user, {
    type,
    key,
    locale: editLocale,
    expectedRevision: formOf(form).get("expectedRevision"),
    note: formOf(form).get("note"),
  });
  if (!result.ok) redirect(`${page}?error=${result.error === "invalid" ? "noteRequired" : result.error}`);
  redirect(`${page}?review=returned`);
}
