// /{locale}/admin/site-health: the site-health report (lib/health/site-health.ts), the same as
// `npm run check:site`: failures first, per language.
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { requireAdmin } from "@/lib/auth/guard";
import { siteHealthReport } from "@/lib/admin/site-health";
import { findingText, type RootTranslator } from "@/lib/health/format";
import { adminPath } from "@/lib/routes";
import { AdminFrame } from "@/components/admin/admin-frame";
import { AdminTable, cell, row } from "@/components/admin/admin-table";

type Props = PageProps<"/[locale]/admin/site-health">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "admin" });
  return { title: `${t("siteHealth.title")} · ${t("title")}` };
}

export default async function SiteHealthPage({ params }: Props) {
  const { l: locale, user, allowed } = await requireAdmin((await params).locale, "content:publish");
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "admin.siteHealth" });
  const frame = {
    title: t("title"),
    lead: t("lead"),
    back: { href: adminPath(locale), label: t("back") },
    intro: (
      <p className="mt-2 text-slate-700">
        {t("command")}
        <code className="rounded bg-slate-100 px-1">npm run check:site</code>
      </p>
    ),
  };
  const result = allowed ? await siteHealthReport(user) : null;
  if (!result?.ok) {
    return <AdminFrame {...frame} refused={t("forbidden")} />;
  }
  const root = (await getTranslations({ locale })) as unknown as RootTranslator;
  const { report } = result;
  const findings = [...report.findings].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === "fail" ? -1 : 1,
  );
  return (
    <AdminFrame {...frame}>
      <p
        data-testid="site-health-summary"
        className={`mt-6 ${report.failures ? "rounded border-2 border-accent-600 px-4 py-2 font-semibold" : "font-semibold"}`}
      >
        {findings.length ? t("summary", { failures: report.failures, warnings: report.warnings }) : t("allGood")}
      </p>
      {findings.length > 0 && (
        <AdminTable
          className="mt-6"
          caption={t("title")}
          columns={[{ label: t("severity") }, { label: t("language") }, { label: t("check") }, { label: t("detail") }]}
        >
          {findings.map((f, i) => (
            <tr
              key={i}
              className={row}
              data-testid="site-health-finding"
              data-check={f.check}
              data-locale={f.locale ?? ""}
            >
              <td className={`${cell} font-semibold ${f.severity === "fail" ? "text-accent-600" : ""}`}>
                {t(f.severity)}
              </td>
              <td className={cell}>{f.locale ?? t("all")}</td>
              <td className={cell}>{t(`checkNames.${f.check}`)}</td>
              <td className={`${cell} break-words`}>{findingText(root, f)}</td>
            </tr>
          ))}
        </AdminTable>
      )}
    </AdminFrame>
  );
}
