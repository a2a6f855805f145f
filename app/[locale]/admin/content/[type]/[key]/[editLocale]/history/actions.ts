"use server";
// Restoring an old revision from the history page (a plain form: works without JavaScript). The action
// reads the session itself; the data layer (lib/admin/history.ts → saveContentTranslation) checks the
// permission again with the user it is handed. Bound arguments travel through the browser, so they are
// validated here too. A restore is a save: it becomes a new revision, and a stale version writes nothing.
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireAdmin } from "@/lib/auth/guard";
import { formOf } from "@/lib/auth/action-input";
import { contentTypeKeys, itemKeySchema } from "@/lib/content-model/types";
import { editorPath } from "@/lib/routes";
import { canEditLocale } from "@/lib/auth/permissions";
import { restoreRevision } from "@/lib/admin/history";
import { adminPath } from "@/lib/routes";
import { localeSchema } from "@/lib/validation/common";

const targetSchema = z.object({ type: z.enum(contentTypeKeys), key: itemKeySchema, editLocale: localeSchema });

/** Restore one revision: to the editor with ?saved= on success, else back to the history with ?error=. */
export async function restoreRevisionAction(locale: unknown, target: unknown, form: FormData): Promise<void> {
  const { l, user } = await requireAdmin(locale);
  form = formOf(form);
  const tg = targetSchema.safeParse(target);
  if (!tg.success) redirect(adminPath(l, "content"));
  const { type, key, editLocale } = tg.data;
  const editor = editorPath(l, type, key, editLocale);
  const history = `${editor}/history`;
  if (!canEditLocale(user, editLocale)) redirect(`${history}?error=forbidden`);

  let result;
  try {
    result = await restoreRevision(user, {
      type,
      key,
      locale: editLocale,
      revisionId: form.get("revisionId"),
      expectedRevision: form.get("expectedRevision"),
    });
  } catch (e) {
    console.error("revision restore failed", e);
    redirect(`${history}?error=failed`);
  }
  if (!result.ok) redirect(`${history}?error=${result.error}`);
  redirect(`${editor}?saved=${result.revision}`);
}
