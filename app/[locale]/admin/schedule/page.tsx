// /{locale}/admin/schedule: the scheduled publications waiting to go live (soonest first, each with a
// Cancel button and a link to its editor) and those handled in the last 30 days with their outcome. For
// editors and admins (content:publish); anonymous visitors go to the sign-in page.
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { htmlLang, isLocale, type Locale } from "@/i18n/routing";
import { requireAdmin } from "@/lib/auth/guard";
import { isContentType } from "@/lib/content-model/types";
import { editorPath } from "@/lib/routes";
import { listSchedules, type ScheduleEntry } from "@/lib/admin/schedule";
import { adminPath } from "@/lib/routes";
import { portalDateTime } from "@/lib/time";
import { AdminFrame } from "@/components/admin/admin-frame";
import { AdminTable, cell, row } from "@/components/admin/admin-table";
import { Alert } from "@/components/ui/alert";
import { secondaryButton } from "@/components/ui/styles";
import { cancelScheduleAction } from "../content/schedule-actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/schedule">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "admin" });
  return { title: `${t("schedule.title")} · ${t("title")}` };
}

const errorKeys = ["forbidden", "notFound", "failed"] as const;
const outcomes = [
  "published",
  "cancelled",
  "replaced",
  "forbidden",
  "notFound",
  "stale",
  "invalid",
  "failed",
  "running",
] as const;

export default async function SchedulePage({ params, searchParams }: PageProps<"/[locale]/admin/schedule">) {
  const { l: locale, user, allowed } = await requireAdmin((await params).locale, "content:publish");
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "admin" });
  const frame = {
    title: t("schedule.title"),
    lead: t("schedule.lead"),
    back: { href: adminPath(locale), label: t("schedule.back") },
  };
  const result = allowed ? await listSchedules(user) : null;
  if (!result?.ok) {
    return <AdminFrame {...frame} refused={t("schedule.forbidden")} />;
  }
  const sp = await searchParams;
  const error = errorKeys.find((k) => k === sp.error);
  const when = portalDateTime(htmlLang[locale], { dateStyle: "medium", timeStyle: "medium" });
  const cancel = cancelScheduleAction.bind(null, locale, "list");

  const itemCell = (e: ScheduleEntry) => {
    const typeName = isContentType(e.type) ? t(`content.types.${e.type}`) : e.type;
    return (
      <>
        <span className="text-sm text-slate-600">{typeName}</span>{" "}
        {isContentType(e.type) ? (
          <a className="font-mono text-brand-700 underline" href={editorPath(locale, e.type, e.key, e.locale)}>
            {e.key}
          </a>
        ) : (
          <span className="font-mono">{e.key}</span>
        )}
      </>
    );
  };
  const language = (l: string) => (isLocale(l) ? t(`news.localeNames.${l}`) : l);
  const by = (e: ScheduleEntry) =>
    e.createdBy ? `${e.createdBy.name} (${e.createdBy.email})` : t("schedule.deletedUser");
  const outcome = (o: string | null) => {
    const k = outcomes.find((x) => x === o);
    return k ? t(`schedule.outcomes.${k}`) : (o ?? "");
  };
  const time = (d: Date) => <time dateTime={d.toISOString()}>{when.format(d)}</time>;
  const columns = [
    { label: t("schedule.when") },
    { label: t("schedule.item") },
    { label: t("schedule.language") },
    { label: t("schedule.by") },
  ];

  return (
    <AdminFrame {...frame}>
      <div className="mt-6 space-y-8">
        {typeof sp.unscheduled === "string" && <Alert tone="status">{t("schedule.cancelled")}</Alert>}
        {error && <Alert>{t(`schedule.errors.${error}`)}</Alert>}
        <section aria-labelledby="schedule-pending">
          <h2 id="schedule-pending" className="text-xl font-semibold text-brand-900">
            {t("schedule.pendingTitle")}
          </h2>
          {result.pending.length === 0 ? (
            <p className="mt-3">{t("schedule.noPending")}</p>
          ) : (
            <AdminTable
              className="mt-3"
              caption={t("schedule.pendingTitle")}
              testId="schedule-pending-list"
              columns={[...columns, { label: t("schedule.cancel"), hidden: true }]}
            >
              {result.pending.map((e) => (
                <tr key={e.id} className={row}>
                  <td className={cell}>{time(e.publishAt)}</td>
                  <td className={cell}>{itemCell(e)}</td>
                  <td className={cell}>
                    {language(e.locale)}
                    {e.revision !== null && (
                      <span className="block text-sm text-slate-700">
                        {t("schedule.revision", { revision: e.revision })}
                      </span>
                    )}
                    {e.draftChanged && (
                      <span
                        className="mt-1 block text-sm font-medium text-accent-600"
                        data-testid="schedule-draft-changed"
                      >
                        {t("schedule.draftChanged")}
                      </span>
                    )}
                  </td>
                  <td className={cell}>{by(e)}</td>
                  <td className={cell}>
                    <form action={cancel}>
                      <input type="hidden" name="id" value={e.id} />
                      <button
                        type="submit"
                        aria-label={t("schedule.cancelFor", { item: e.key, language: language(e.locale) })}
                        className={secondaryButton}
                      >
                        {t("schedule.cancel")}
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </AdminTable>
          )}
        </section>
        <section aria-labelledby="schedule-done">
          <h2 id="schedule-done" className="text-xl font-semibold text-brand-900">
            {t("schedule.doneTitle")}
          </h2>
          {result.done.length === 0 ? (
            <p className="mt-3">{t("schedule.noDone")}</p>
          ) : (
            <AdminTable
              className="mt-3"
              caption={t("schedule.doneTitle")}
              testId="schedule-done-list"
              columns={[...columns, { label: t("schedule.doneAt") }, { label: t("schedule.outcome") }]}
            >
              {result.done.map((e) => (
                <tr key={e.id} className={row}>
                  <td className={cell}>{time(e.publishAt)}</td>
                  <td className={cell}>{itemCell(e)}</td>
                  <td className={cell}>{language(e.locale)}</td>
                  <td className={cell}>{by(e)}</td>
                  <td className={cell}>{e.doneAt && time(e.doneAt)}</td>
                  <td className={cell}>{outcome(e.outcome)}</td>
                </tr>
              ))}
            </AdminTable>
          )}
        </section>
      </div>
    </AdminFrame>
  );
}
