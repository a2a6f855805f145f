// /{locale}/admin/site-health: the site-health report (lib/health/site-health.ts), the same as
// `npm run check:site`: failures first, per language. Reads the session, so it sits inside <Suspense>.
import { Suspense } from "react";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { requirePermission } from "@/lib/auth/permissions";
import { siteHealthReport } from "@/lib/data/admin-site-health";
import { findingText, type RootTranslator } from "@/lib/health/format";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/site-health">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "admin" });
  return { title: `${t("siteHealth.title")} · ${t("title")}`, robots: { index: false, follow: false } };
}

async function Report({ locale }: { locale: Locale }) {
  const allowed = await requirePermission("content:publish");
  if (!allowed.ok && allowed.error === "unauthenticated") redirect(`/${locale}/admin/sign-in`);
  const t = await getTranslations({ locale, namespace: "admin.siteHealth" });
  if (!allowed.ok)
    return (
      <p role="alert" className="mt-8 font-medium">
        {t("forbidden")}
      </p>
    );
  const result = await siteHealthReport(allowed.user);
  if (!result.ok)
    return (
      <p role="alert" className="mt-8 font-medium">
        {t("forbidden")}
      </p>
    );
  const root = (await getTranslations({ locale })) as unknown as RootTranslator;
  const { report } = result;
  const findings = [...report.findings].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === "fail" ? -1 : 1,
  );
  return (
    <div className="mt-6">
      <p
        data-testid="site-health-summary"
        className={report.failures ? "rounded border-2 border-accent-600 px-4 py-2 font-semibold" : "font-semibold"}
      >
        {findings.length ? t("summary", { failures: report.failures, warnings: report.warnings }) : t("allGood")}
      </p>
      {findings.length > 0 && (
        <div className="mt-6 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr className="border-b-2 border-slate-400">
                <th scope="col" className="py-2 pr-4">
                  {t("severity")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("language")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("check")}
                </th>
                <th scope="col" className="py-2">
                  {t("detail")}
                </th>
              </tr>
            </thead>
            <tbody>
              {findings.map((f, i) => (
                <tr
                  key={i}
                  className="border-b border-slate-200 align-top"
                  data-testid="site-health-finding"
                  data-check={f.check}
                  data-locale={f.locale ?? ""}
                >
                  <td className={`py-2 pr-4 font-semibold ${f.severity === "fail" ? "text-accent-600" : ""}`}>
                    {t(f.severity)}
                  </td>
                  <td className="py-2 pr-4">{f.locale ?? t("all")}</td>
                  <td className="py-2 pr-4">{t(`checkNames.${f.check}`)}</td>
                  <td className="py-2 break-words">{findingText(root, f)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

export default async function SiteHealthPage({ params }: PageProps<"/[locale]/admin/site-health">) {
  const { locale: raw } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "admin.siteHealth" });
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")}>
        <p className="mt-2 text-slate-700">
          {t("command")}
          <code className="rounded bg-slate-100 px-1">npm run check:site</code>
        </p>
        <p className="mt-3">
          <a className="text-brand-700 underline" href={`/${locale}/admin`}>
            {t("back")}
          </a>
        </p>
      </PageHeader>
      <Suspense fallback={<p className="mt-8 text-slate-600">…</p>}>
        <Report locale={locale} />
      </Suspense>
    </>
  );
}
