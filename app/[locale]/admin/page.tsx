// /{locale}/admin: who is signed in, with which role, and the way into each section. Reads the session
// (cookies), so the part that does sits inside <Suspense>; anonymous visitors go to the sign-in page.
import { Suspense } from "react";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { locales, type Locale } from "@/i18n/routing";
import { can } from "@/lib/auth/permissions";
import { currentAdminUser } from "@/lib/auth/session";
import { reviewQueueCount } from "@/lib/data/admin-content";
import { PageHeader } from "@/components/ui/page-header";
import { formatDate } from "@/lib/format";
import { inquiryClock, inquiryLoad } from "@/lib/data/admin-inquiries";
import { errorReportCounts } from "@/lib/data/error-reports";
import { signOutAction } from "./actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "admin" });
  return { title: `${t("dashboard.title")} · ${t("title")}`, robots: { index: false, follow: false } };
}

/** The calendar day in Beijing of an instant, as ISO (the reply clock counts Beijing working days). */
const beijingIso = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString();

async function Dashboard({ locale }: { locale: Locale }) {
  const user = await currentAdminUser();
  if (!user) redirect(`/${locale}/admin/sign-in`);
  const t = await getTranslations({ locale, namespace: "admin" });
  const translates = locales.some((l) => can(user, `translation:edit:${l}`));
  const load = await inquiryLoad(user);
  const reports = await errorReportCounts(user);
  const clock = await inquiryClock(user);
  // Editors: drafts waiting for review; translators: their drafts returned with a comment.
  const queued = await reviewQueueCount(user);
  const reviewer = can(user, "content:publish");
  // Each section checks the permission again on its own page and in its data layer.
  const sections = [
    { path: "content", label: "content", allowed: translates },
    { path: "content/news", label: "news", allowed: translates },
    { path: "translations", label: "translations", allowed: translates },
    { path: "schedule", label: "schedule", allowed: can(user, "content:publish") },
    { path: "media", label: "media", allowed: translates },
    { path: "inquiries", label: "inbox", allowed: can(user, "inquiry:read") },
    { path: "error-reports", label: "errorReports", allowed: can(user, "inquiry:read") },
    { path: "site-health", label: "siteHealth", allowed: can(user, "content:publish") },
    { path: "audit", label: "audit", allowed: can(user, "user:manage") },
    { path: "users", label: "users", allowed: can(user, "user:manage") },
  ] as const;
  return (
    <div className="mt-8 space-y-8">
      <section aria-labelledby="admin-who">
        <p id="admin-who" className="text-lg">
          {t("dashboard.signedInAs", { name: user.name, email: user.email })}
        </p>
        <dl className="mt-3 grid max-w-md grid-cols-[auto_1fr] gap-x-6 gap-y-1">
          <dt className="font-medium">{t("dashboard.role")}</dt>
          <dd data-testid="admin-role">{t(`dashboard.roles.${user.role}`)}</dd>
          {user.role === "translator" && (
            <>
              <dt className="font-medium">{t("dashboard.locales")}</dt>
              <dd>{user.locales.length ? user.locales.join(", ") : t("dashboard.none")}</dd>
            </>
          )}
        </dl>
      </section>
      {load && (
        <section
          aria-labelledby="admin-inquiry-load"
          data-testid="inquiry-load"
          data-surge={load.surge ? "1" : "0"}
          className={load.surge ? "rounded-lg border-2 border-accent-600 bg-white p-4" : undefined}
        >
          <h2 id="admin-inquiry-load" className="text-xl font-semibold text-brand-900">
            {t("dashboard.inquiryLoad.title")}
          </h2>
          <p className="mt-2">{t("dashboard.inquiryLoad.count", { count: load.lastHour, limit: load.limit })}</p>
          {load.surge && <p className="mt-2 font-semibold text-accent-600">{t("dashboard.inquiryLoad.surge")}</p>}
        </section>
      )}
      {clock && (
        <section
          aria-labelledby="admin-inquiry-clock"
          data-testid="inquiry-clock"
          data-overdue={clock.overdue}
          className={
            clock.overdue
              ? "rounded-lg border-4 border-accent-600 bg-red-50 p-4"
              : "rounded-lg border border-slate-300 p-4"
          }
        >
          <h2 id="admin-inquiry-clock" className="text-xl font-semibold text-brand-900">
            {t("dashboard.inquiryClock.title")}
          </h2>
          {clock.overdue > 0 && (
            <p role="alert" className="mt-2 text-lg font-bold text-accent-600">
              {t("dashboard.inquiryClock.alarm")}
            </p>
          )}
          <p className="mt-2" data-testid="inquiry-clock-count">
            {t("dashboard.inquiryClock.count", {
              unanswered: clock.unanswered,
              overdue: clock.overdue,
              days: clock.replyDays,
            })}
          </p>
          {clock.oldest ? (
            <p className="mt-1" data-testid="inquiry-clock-oldest">
              <a className="text-brand-700 underline" href={`/${locale}/admin/inquiries/${clock.oldest.reference}`}>
                {t("dashboard.inquiryClock.oldest", {
                  reference: clock.oldest.reference,
                  received: formatDate(locale, beijingIso(clock.oldest.createdAt)),
                  due: formatDate(locale, beijingIso(clock.oldest.dueAt)),
                })}
              </a>
            </p>
          ) : (
            <p className="mt-1">{t("dashboard.inquiryClock.none")}</p>
          )}
        </section>
      )}
      {reports && (
        <p
          data-testid="error-report-dashboard"
          className={reports.overdue ? "rounded border-2 border-accent-600 px-4 py-2 font-medium" : ""}
        >
          <a className="text-brand-700 underline" href={`/${locale}/admin/error-reports`}>
            {t("dashboard.errorReportCount", { open: reports.open, overdue: reports.overdue })}
          </a>
        </p>
      )}
      {translates && (
        <p
          data-testid="review-count"
          className={queued ? "rounded border-2 border-accent-600 px-4 py-2 font-medium" : ""}
        >
          <a className="text-brand-700 underline" href={`/${locale}/admin/translations#review-queue`}>
            {t(reviewer ? "translations.reviewCount" : "translations.returnedDashboard", { count: queued })}
          </a>
        </p>
      )}
      <nav aria-labelledby="admin-sections">
        <h2 id="admin-sections" className="text-xl font-semibold text-brand-900">
          {t("dashboard.sections")}
        </h2>
        <ul className="mt-3 list-disc pl-6">
          {sections
            .filter((s) => s.allowed)
            .map((s) => (
              <li key={s.path}>
                <a className="text-brand-700 underline" href={`/${locale}/admin/${s.path}`}>
                  {t(`dashboard.${s.label}`)}
                </a>
              </li>
            ))}
          {can(user, "user:manage") && (
            <li>
              <a className="text-brand-700 underline" href={`/${locale}/admin/outbox`}>
                {(await getTranslations({ locale, namespace: "follow.admin" }))("outboxNav")}
              </a>
            </li>
          )}
        </ul>
      </nav>
      <form action={signOutAction.bind(null, locale)}>
        <button type="submit" className="rounded border border-slate-500 px-4 py-2 font-medium hover:bg-slate-100">
          {t("dashboard.signOut")}
        </button>
      </form>
    </div>
  );
}

export default async function AdminPage({ params }: PageProps<"/[locale]/admin">) {
  const { locale: raw } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "admin" });
  return (
    <>
      <PageHeader title={t("dashboard.title")} lead={t("title")} />
      <Suspense fallback={<p className="mt-8 text-slate-600">…</p>}>
        <Dashboard locale={locale} />
      </Suspense>
    </>
  );
}
