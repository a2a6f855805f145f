"use server";
// Server actions of scheduled publishing (the schedule form on the content editor, the Cancel buttons
// there and on /{locale}/admin/schedule). Each re-checks content:publish from the session; the data layer
// (lib/admin/schedule.ts) checks again with the user it is handed. Bound arguments travel through
// the browser, so they are validated here too.
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireAdmin } from "@/lib/auth/guard";
import { formOf, stateOf } from "@/lib/auth/action-input";
import { editorPath } from "@/lib/routes";
import { contentTypeKeys, itemKeySchema } from "@/lib/content-model/types";
import { cancelSchedule, schedulePublication } from "@/lib/admin/schedule";
import type { ScheduleFormState } from "@/components/admin/schedule-form";
import { adminPath } from "@/lib/routes";
import { localeSchema } from "@/lib/validation/common";

const targetSchema = z.object({ type: z.enum(contentTypeKeys), key: itemKeySchema, editLocale: localeSchema });

/** The schedule form (for useActionState): on success back to the editor, else the typed time comes back with the error. */
export async function scheduleAction(
  locale: unknown,
  target: unknown,
  prev: ScheduleFormState,
  form: FormData,
): Promise<ScheduleFormState> {
  const { l, user, allowed } = await requireAdmin(locale, "content:publish");
  form = formOf(form);
  prev = stateOf(prev, { seq: 0, value: "" } as unknown as typeof prev);
  const raw = form.get("publishAt");
  const value = typeof raw === "string" ? raw.slice(0, 40) : "";
  const fail = (
    error: NonNullable<ScheduleFormState["error"]>,
    fieldError?: ScheduleFormState["fieldError"],
  ): ScheduleFormState => ({
    seq: prev.seq + 1,
    value,
    error,
    fieldError,
  });
  const tg = targetSchema.safeParse(target);
  if (!tg.success) return fail("notFound");
  const { type, key, editLocale } = tg.data;
  if (!allowed) return fail("forbidden");
  let result;
  try {
    result = await schedulePublication(user, { type, key, locale: editLocale, publishAt: value });
  } catch (e) {
    console.error("scheduling failed", e);
    return fail("failed");
  }
  if (!result.ok)
    return result.error === "invalid" ? fail("invalid", result.fieldErrors.publishAt ?? "invalid") : fail(result.error);
  redirect(`${editorPath(l, type, key, editLocale)}?scheduled=1`);
}

const backSchema = z.union([z.literal("list"), targetSchema]);

/** Cancel (a plain form with the schedule's id): back to the editor, or to the list when `back` is "list". */
export async function cancelScheduleAction(locale: unknown, back: unknown, form: FormData): Promise<void> {
  const { l, user, allowed } = await requireAdmin(locale, "content:publish");
  form = formOf(form);
  const b = backSchema.safeParse(back);
  const page =
    b.success && b.data !== "list"
      ? editorPath(l, b.data.type, b.data.key, b.data.editLocale)
      : adminPath(l, "schedule");
  if (!allowed) redirect(`${page}?error=forbidden`);
  let result;
  try {
    result = await cancelSchedule(user, { id: form.get("id") });
  } catch (e) {
    console.error("cancelling a schedule failed", e);
    redirect(`${page}?error=failed`);
  }
  if (!result.ok) redirect(`${page}?error=${result.error === "invalid" ? "notFound" : result.error}`);
  redirect(`${page}?unscheduled=1`);
}
