"use server";
// Server action of the metadata form. It reads the session before its input, then checks "content:edit" (lib/auth/guard.ts);
// the data layer (lib/admin/metadata.ts) checks again with the user it is handed. Bound arguments
// travel through the browser, so they are validated here too.
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireAdmin } from "@/lib/auth/guard";
import { formOf, stateOf } from "@/lib/auth/action-input";
import { saveMetadata } from "@/lib/admin/metadata";
import { metadataFields, metadataTypes } from "@/lib/content-model/metadata";
import type { MetadataError, MetadataFormState } from "@/components/admin/metadata-form";
import { adminPath } from "@/lib/routes";
import { slugParamSchema } from "@/lib/validation/common";

const targetSchema = z.object({ type: z.enum(metadataTypes), key: slugParamSchema });

const metadataPath = (locale: string, type: string, key: string) => adminPath(locale, "content", type, key, "metadata");

/** Save (for useActionState): on success back to the page with the new version; else what was typed comes back. */
export async function saveMetadataAction(
  locale: unknown,
  target: unknown,
  prev: MetadataFormState,
  form: FormData,
): Promise<MetadataFormState> {
  const { l, user, allowed } = await requireAdmin(locale, "content:edit");
  form = formOf(form);
  prev = stateOf(prev, { seq: 0, values: {} } as unknown as typeof prev);
  const tg = targetSchema.safeParse(target);
  const typed: Record<string, string | string[]> = {};
  for (const d of tg.success ? metadataFields[tg.data.type] : []) {
    typed[d.name] =
      d.input === "checkboxes"
        ? form.getAll(d.name).filter((v): v is string => typeof v === "string")
        : String(form.get(d.name) ?? "");
  }
  const fail = (error: MetadataError, fieldErrors = {}): MetadataFormState => ({
    seq: prev.seq + 1,
    version: prev.version,
    values: typed,
    error,
    fieldErrors,
  });
  if (!tg.success) return fail("notFound");
  if (!allowed) return fail("forbidden");
  const { type, key } = tg.data;
  let result;
  try {
    result = await saveMetadata(user, { type, key, expectedVersion: form.get("expectedVersion"), ...typed });
  } catch (e) {
    console.error("metadata save failed", e);
    return fail("failed");
  }
  if (!result.ok) return result.error === "invalid" ? fail("invalid", result.fieldErrors) : fail(result.error);
  const page = metadataPath(l, type, key);
  redirect(result.changed.length > 0 ? `${page}?saved=${result.version}` : `${page}?unchanged=${result.version}`);
}
