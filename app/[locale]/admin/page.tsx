// /{locale}/admin: who is signed in, with which role, and what waits for them (inquiry load, error
// reports, the review queue). Anonymous visitors go to the sign-in page.
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { requireAdmin } from "@/lib/auth/guard";
import { can, canEditAnyLocale } from "@/lib/auth/permissions";
import { reviewQueueCount } from "@/lib/admin/content";
import { inquiryClock, inquiryLoad } from "@/lib/admin/inquiries";
import { formatDate } from "@/lib/format";
import { errorReportCounts } from "@/lib/data/error-reports";
import { adminPath } from "@/lib/routes";
import { AdminFrame } from "@/components/admin/admin-frame";
import { textLink } from "@/components/ui/styles";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "admin" });
  return { title: `${t("dashboard.title")} · ${t("title")}`, robots: { index: false, follow: false } };
}

/** The calendar day in Beijing of an instant, as ISO (the reply clock counts Beijing working days). */
const beijingIso = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString();

export default async function AdminPage({ params }: PageProps<"/[locale]/admin">) {
  const { l: locale, user } = await requireAdmin((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "admin" });
  const translates = canEditAnyLocale(user);
  const load = await inquiryLoad(user);
  const reports = await errorReportCounts(user);
  const clock = await inquiryClock(user);
  // Editors: drafts waiting for review; translators: their drafts returned with a comment.
  const queued = await reviewQueueCount(user);
  const reviewer = can(user, "content:publish");
  // The way into each area is the shell's navigation (lib/admin/sections.ts).
  return (
    <AdminFrame title={t("dashboard.title")} lead={t("title")}>
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
                <a className={textLink} href={adminPath(locale, "inquiries", clock.oldest.reference)}>
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
            <a className={textLink} href={adminPath(locale, "error-reports")}>
              {t("dashboard.errorReportCount", { open: reports.open, overdue: reports.overdue })}
            </a>
          </p>
        )}
        {translates && (
          <p
            data-testid="review-count"
            className={queued ? "rounded border-2 border-accent-600 px-4 py-2 font-medium" : ""}
          >
            <a className={textLink} href={`${adminPath(locale, "translations")}#review-queue`}>
              {t(reviewer ? "translations.reviewCount" : "translations.returnedDashboard", { count: queued })}
            </a>
          </p>
        )}
      </div>
    </AdminFrame>
  );
}
