// The "report an error" page for both addresses: /{locale}/report-error (empty) and
// /{locale}/report-error/<from> (the page filled in). Rendered on the server without <Suspense>, so the
// form shows and works without JavaScript.
import type { Metadata } from "next";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { govMetaTags } from "@/lib/site-identity";
import { ReportErrorForm } from "@/components/report-error/report-error-form";
import { PageHeader } from "@/components/ui/page-header";
import { submitErrorReport } from "./actions";

export async function reportErrorMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "site.reportError" });
  return {
    title: t("title"),
    description: t("lead"),
    robots: { index: false, follow: true },
    other: await govMetaTags(locale, "/report-error"),
  };
}

export async function ReportErrorPage({ locale, page }: { locale: Locale; page: string }) {
  setRequestLocale(locale);
  const [t, messages] = await Promise.all([
    getTranslations({ locale, namespace: "site.reportError" }),
    getMessages({ locale }),
  ]);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <div className="mt-8 max-w-3xl">
        <ReportErrorForm
          action={submitErrorReport.bind(null, locale)}
          locale={locale}
          messages={messages.site.reportError}
          page={page}
        />
      </div>
    </>
  );
}
