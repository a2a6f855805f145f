// /{locale}/report-error: "report an error on this page". The footer of every page links here; the page
// the reader came from (the Referer, when it is one of ours) fills in the address, so it works without
// JavaScript. Reads the request's headers, so the form sits inside <Suspense>.
import { Suspense } from "react";
import type { Metadata } from "next";
import { headers } from "next/headers";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { govMetaTags } from "@/lib/site-identity";
import { sitePath } from "@/lib/validation/error-report";
import { ReportErrorForm } from "@/components/report-error/report-error-form";
import { PageHeader } from "@/components/ui/page-header";
import { submitErrorReport } from "./actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/report-error">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "site.reportError" });
  return { title: t("title"), description: t("lead"), robots: { index: false, follow: true }, other: await govMetaTags(locale as Locale, "/report-error") };
}

async function Form({ locale }: { locale: Locale }) {
  const [h, messages] = await Promise.all([headers(), getMessages({ locale })]);
  const referer = h.get("referer");
  const from = referer ? sitePath(referer) : null;
  const page = from && !from.startsWith(`/${locale}/report-error`) ? from : "";
  return <ReportErrorForm action={submitErrorReport.bind(null, locale)} locale={locale} messages={messages.site.reportError} page={page} />;
}

export default async function ReportErrorPage({ params }: PageProps<"/[locale]/report-error">) {
  const { locale: raw } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "site.reportError" });
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <div className="mt-8 max-w-3xl">
        <Suspense fallback={<p className="text-slate-600">…</p>}>
          <Form locale={locale} />
        </Suspense>
      </div>
    </>
  );
}
