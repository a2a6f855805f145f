// /{locale}/admin/schedule: the scheduled publications waiting to go live (soonest first, each with a
// Cancel button and a link to its editor) and those handled in the last 30 days with their outcome. For
// editors and admins (content:publish). Reads the session, so the list sits inside <Suspense>;
// anonymous visitors go to the sign-in page.
import { Suspense } from "react";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { htmlLang, isLocale, type Locale } from "@/i18n/routing";
import { requirePermission } from "@/lib/auth/permissions";
import { isContentType } from "@/lib/admin/content-types";
import { editorPath } from "@/lib/admin/paths";
import { listSchedules, PORTAL_TIME_ZONE, type ScheduleEntry } from "@/lib/data/admin-schedule";
import { PageHeader } from "@/components/ui/page-header";
import { cancelScheduleAction } from "../content/schedule-actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/schedule">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "admin" });
  return { title: `${t("schedule.title")} · ${t("title")}`, robots: { index: false, follow: false } };
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

async function Schedules({
  locale,
  searchParams,
}: {
  locale: Locale;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const allowed = await requirePermission("content:publish");
  if (!allowed.ok && allowed.error === "unauthenticated") redirect(`/${locale}/admin/sign-in`);
  const t = await getTranslations({ locale, namespace: "admin" });
  if (!allowed.ok)
    return (
      <p role="alert" className="mt-8 font-medium">
        {t("schedule.forbidden")}
      </p>
    );
  const result = await listSchedules(allowed.user);
  if (!result.ok)
    return (
      <p role="alert" className="mt-8 font-medium">
        {t("schedule.forbidden")}
      </p>
    );
  const sp = await searchParams;
  const error = errorKeys.find((k) => k === sp.error);
  const when = new Intl.DateTimeFormat(htmlLang[locale], {
    dateStyle: "medium",
    timeStyle: "medium",
    timeZone: PORTAL_TIME_ZONE,
  });
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
  const th = "border-b border-slate-300 px-2 py-2 text-left font-semibold";
  const td = "border-b border-slate-200 px-2 py-2 align-top";

  return (
    <div className="mt-6 space-y-8">
      {typeof sp.unscheduled === "string" && (
        <p role="status" className="rounded border border-brand-600 bg-brand-50 px-4 py-2">
          {t("schedule.cancelled")}
        </p>
      )}
      {error && (
        <p role="alert" className="rounded border-2 border-accent-600 px-4 py-2 font-medium text-accent-600">
          {t(`schedule.errors.${error}`)}
        </p>
      )}
      <section aria-labelledby="schedule-pending">
        <h2 id="schedule-pending" className="text-xl font-semibold text-brand-900">
          {t("schedule.pendingTitle")}
        </h2>
        {result.pending.length === 0 ? (
          <p className="mt-3">{t("schedule.noPending")}</p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full border-collapse text-base" data-testid="schedule-pending-list">
              <thead>
                <tr>
                  <th scope="col" className={th}>
                    {t("schedule.when")}
                  </th>
                  <th scope="col" className={th}>
                    {t("schedule.item")}
                  </th>
                  <th scope="col" className={th}>
                    {t("schedule.language")}
                  </th>
                  <th scope="col" className={th}>
                    {t("schedule.by")}
                  </th>
                  <td className={th} />
                </tr>
              </thead>
              <tbody>
                {result.pending.map((e) => (
                  <tr key={e.id}>
                    <td className={td}>
                      <time dateTime={e.publishAt.toISOString()}>{when.format(e.publishAt)}</time>
                    </td>
                    <td className={td}>{itemCell(e)}</td>
                    <td className={td}>
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
                    <td className={td}>{by(e)}</td>
                    <td className={td}>
                      <form action={cancel}>
                        <input type="hidden" name="id" value={e.id} />
                        <button
                          type="submit"
                          aria-label={t("schedule.cancelFor", { item: e.key, language: language(e.locale) })}
                          className="rounded border border-slate-500 px-3 py-1 font-medium hover:bg-slate-100"
                        >
                          {t("schedule.cancel")}
                        </button>
                      </form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="schedule-done">
        <h2 id="schedule-done" className="text-xl font-semibold text-brand-900">
          {t("schedule.doneTitle")}
        </h2>
        {result.done.length === 0 ? (
          <p className="mt-3">{t("schedule.noDone")}</p>
        ) : (
          <div className="mt-3 overflow-x-auto">
            <table className="w-full border-collapse text-base" data-testid="schedule-done-list">
              <thead>
                <tr>
                  <th scope="col" className={th}>
                    {t("schedule.when")}
                  </th>
                  <th scope="col" className={th}>
                    {t("schedule.item")}
                  </th>
                  <th scope="col" className={th}>
                    {t("schedule.language")}
                  </th>
                  <th scope="col" className={th}>
                    {t("schedule.by")}
                  </th>
                  <th scope="col" className={th}>
                    {t("schedule.doneAt")}
                  </th>
                  <th scope="col" className={th}>
                    {t("schedule.outcome")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {result.done.map((e) => (
                  <tr key={e.id}>
                    <td className={td}>
                      <time dateTime={e.publishAt.toISOString()}>{when.format(e.publishAt)}</time>
                    </td>
                    <td className={td}>{itemCell(e)}</td>
                    <td className={td}>{language(e.locale)}</td>
                    <td className={td}>{by(e)}</td>
                    <td className={td}>
                      {e.doneAt && <time dateTime={e.doneAt.toISOString()}>{when.format(e.doneAt)}</time>}
                    </td>
                    <td className={td}>{outcome(e.outcome)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}

export default async function SchedulePage({ params, searchParams }: PageProps<"/[locale]/admin/schedule">) {
  const { locale: raw } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "admin" });
  return (
    <>
      <PageHeader title={t("schedule.title")} lead={t("schedule.lead")}>
        <p className="mt-3">
          <a className="text-brand-700 underline" href={`/${locale}/admin`}>
            {t("schedule.back")}
          </a>
        </p>
      </PageHeader>
      <Suspense fallback={<p className="mt-8 text-slate-600">…</p>}>
        <Schedules locale={locale} searchParams={searchParams} />
      </Suspense>
    </>
  );
}
