// The schedule block of the content editor (app/[locale]/admin/content/[type]/[key]/[editLocale]):
// reads the pending schedule of the locale being edited and hands plain props and localized messages to
// the client form (components/admin/schedule-form.tsx). The editor shows it beside Publish, only to
// those who may publish and only while there is something unpublished (a pending draft, or text that is
// not live); the schedule fixes that revision.
import { getTranslations } from "next-intl/server";
import { htmlLang, type Locale } from "@/i18n/routing";
import type { AdminUser } from "@/lib/auth/permissions";
import type { ContentType } from "@/lib/content-model/types";
import { PORTAL_TIME_ZONE, pendingSchedule, utcToZonedLocal } from "@/lib/admin/schedule";
import { ScheduleForm, type ScheduleError, type ScheduleFormMessages } from "@/components/admin/schedule-form";
import type { ScheduleFieldError } from "@/lib/admin/schedule";
import { cancelScheduleAction, scheduleAction } from "../content/schedule-actions";
import { adminPath } from "@/lib/routes";

const errorKeys = [
  "forbidden",
  "notFound",
  "alreadyPublished",
  "invalid",
  "failed",
] as const satisfies readonly ScheduleError[];
const fieldErrorKeys = ["required", "invalid", "past", "tooFar"] as const satisfies readonly ScheduleFieldError[];

export async function SchedulePanel({
  user,
  locale,
  target,
}: {
  user: AdminUser;
  locale: Locale;
  target: { type: ContentType; key: string; editLocale: Locale };
}) {
  const [t, pending] = await Promise.all([
    getTranslations({ locale, namespace: "admin" }),
    pendingSchedule(user, target.type, target.key, target.editLocale),
  ]);
  const when = new Intl.DateTimeFormat(htmlLang[locale], {
    dateStyle: "full",
    timeStyle: "medium",
    timeZone: PORTAL_TIME_ZONE,
  });
  const messages: ScheduleFormMessages = {
    heading: t("schedule.heading"),
    publishAt: t("schedule.publishAt"),
    publishAtHint: t("schedule.publishAtHint"),
    submit: t("schedule.submit"),
    submitting: t("schedule.submitting"),
    pending: pending
      ? t("schedule.pending", { when: when.format(pending.publishAt), revision: pending.revision ?? "—" })
      : "",
    cancel: t("schedule.cancel"),
    viewAll: t("schedule.viewAll"),
    errors: Object.fromEntries(errorKeys.map((k) => [k, t(`schedule.errors.${k}`)])) as ScheduleFormMessages["errors"],
    fieldErrors: Object.fromEntries(
      fieldErrorKeys.map((k) => [k, t(`schedule.fieldErrors.${k}`)]),
    ) as ScheduleFormMessages["fieldErrors"],
  };
  return (
    <ScheduleForm
      action={scheduleAction.bind(null, locale, target)}
      cancelAction={cancelScheduleAction.bind(null, locale, target)}
      pending={pending ? { id: pending.id, iso: pending.publishAt.toISOString() } : null}
      min={utcToZonedLocal(new Date(), PORTAL_TIME_ZONE, { seconds: true })}
      listHref={adminPath(locale, "schedule")}
      messages={messages}
    />
  );
}
