// /{locale}/admin/error-reports: readers' error reports with their 3-working-day reply clock, open ones
// first (oldest on top); staff mark one handled with a note (a plain form: works without JavaScript;
// audit-logged). Reads the session, so the list sits inside <Suspense>.
import { Suspense } from "react";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { htmlLang, type Locale } from "@/i18n/routing";
import { requirePermission } from "@/lib/auth/permissions";
import { listErrorReports } from "@/lib/data/error-reports";
import { PageHeader } from "@/components/ui/page-header";
import { handleErrorReportAction } from "../actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/error-reports">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "admin" });
  return { title: `${t("errorReports.title")} · ${t("title")}`, robots: { index: false, follow: false } };
}

const errorKeys = ["forbidden", "invalid", "notFound", "alreadyHandled", "failed"] as const;

async function Reports({
  locale,
  searchParams,
}: {
  locale: Locale;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const allowed = await requirePermission("inquiry:read");
  if (!allowed.ok && allowed.error === "unauthenticated") redirect(`/${locale}/admin/sign-in`);
  const t = await getTranslations({ locale, namespace: "admin.errorReports" });
  if (!allowed.ok)
    return (
      <p role="alert" className="mt-8 font-medium">
        {t("errors.forbidden")}
      </p>
    );
  const result = await listErrorReports(allowed.user);
  if (!result.ok)
    return (
      <p role="alert" className="mt-8 font-medium">
        {t("errors.forbidden")}
      </p>
    );
  const sp = await searchParams;
  const updated = typeof sp.updated === "string" ? sp.updated.slice(0, 20) : undefined;
  const error = errorKeys.find((k) => k === sp.error);
  const when = new Intl.DateTimeFormat(htmlLang[locale], {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Shanghai",
  });
  const action = handleErrorReportAction.bind(null, locale);
  const open = result.items.filter((r) => r.status === "open");
  return (
    <div className="mt-6">
      <p data-testid="error-report-count">
        {t("count", { open: open.length, overdue: open.filter((r) => r.overdue).length })}
      </p>
      {updated && (
        <p role="status" className="mt-4 rounded border border-brand-600 bg-brand-50 px-4 py-2">
          {t("updated", { reference: updated })}
        </p>
      )}
      {error && (
        <p role="alert" className="mt-4 rounded border-2 border-accent-600 px-4 py-2 font-medium text-accent-600">
          {t(`errors.${error}`)}
        </p>
      )}
      {result.items.length === 0 ? (
        <p className="mt-6">{t("empty")}</p>
      ) : (
        <ol className="mt-6 space-y-4">
          {result.items.map((r) => (
            <li
              key={r.id}
              className={`rounded border p-4 ${r.overdue ? "border-2 border-accent-600" : "border-slate-300"}`}
              data-testid="error-report"
              data-overdue={r.overdue ? "1" : "0"}
            >
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="text-lg font-semibold text-brand-900">
                  <span className="font-mono">{r.reference}</span>
                </h2>
                <span>{r.status === "open" ? t("open") : t("handled")}</span>
              </div>
              {r.overdue && <p className="mt-1 font-semibold text-accent-600">{t("overdue")}</p>}
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                <dt className="font-medium">{t("page")}</dt>
                <dd className="break-all">
                  <a className="text-brand-700 underline" href={r.pagePath}>
                    {r.pagePath}
                  </a>
                </dd>
                <dt className="font-medium">{t("language")}</dt>
                <dd>{r.locale}</dd>
                <dt className="font-medium">{t("received")}</dt>
                <dd>
                  <time dateTime={r.createdAt.toISOString()}>{when.format(r.createdAt)}</time>
                </dd>
                {r.status === "open" ? (
                  <>
                    <dt className="font-medium">{t("due")}</dt>
                    <dd data-testid="error-report-due">
                      <time dateTime={r.dueAt.toISOString()}>{when.format(r.dueAt)}</time>
                    </dd>
                  </>
                ) : (
                  <>
                    <dt className="font-medium">{t("handledAt")}</dt>
                    <dd>
                      {r.handledAt && <time dateTime={r.handledAt.toISOString()}>{when.format(r.handledAt)}</time>}
                    </dd>
                  </>
                )}
                {r.email && (
                  <>
                    <dt className="font-medium">{t("email")}</dt>
                    <dd>
                      <a className="text-brand-700 underline" href={`mailto:${r.email}`}>
                        {r.email}
                      </a>
                    </dd>
                  </>
                )}
              </dl>
              <p className="mt-2 font-medium">{t("message")}</p>
              <p className="mt-1 whitespace-pre-wrap" lang={htmlLang[r.locale]}>
                {r.message}
              </p>
              {r.status === "open" ? (
                <form action={action} className="mt-3 space-y-2">
                  <input type="hidden" name="id" value={r.id} />
                  <label className="block text-sm font-medium" htmlFor={`note-${r.id}`}>
                    {t("noteFor", { reference: r.reference })}
                  </label>
                  <textarea
                    id={`note-${r.id}`}
                    name="replyNote"
                    rows={3}
                    required
                    maxLength={2000}
                    className="block w-full rounded border border-slate-500 px-3 py-2"
                  />
                  <button
                    type="submit"
                    className="rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900"
                  >
                    {t("markHandled")}
                  </button>
                </form>
              ) : (
                <>
                  <p className="mt-2 font-medium">{t("note")}</p>
                  <p className="mt-1 whitespace-pre-wrap">{r.replyNote}</p>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

export default async function ErrorReportsPage({ params, searchParams }: PageProps<"/[locale]/admin/error-reports">) {
  const { locale: raw } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "admin.errorReports" });
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")}>
        <p className="mt-3">
          <a className="text-brand-700 underline" href={`/${locale}/admin`}>
            {t("back")}
          </a>
        </p>
      </PageHeader>
      <Suspense fallback={<p className="mt-8 text-slate-600">…</p>}>
        <Reports locale={locale} searchParams={searchParams} />
      </Suspense>
    </>
  );
}
