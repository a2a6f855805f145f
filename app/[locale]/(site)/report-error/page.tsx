// /{locale}/report-error: the error-report form with the page to fill in (form-page.tsx).
import type { Metadata } from "next";
import type { Locale } from "@/i18n/routing";
import { ReportErrorPage, reportErrorMetadata } from "./form-page";

export async function generateMetadata({ params }: PageProps<"/[locale]/report-error">): Promise<Metadata> {
  return reportErrorMetadata((await params).locale as Locale);
}

export default async function Page({ params }: PageProps<"/[locale]/report-error">) {
  return <ReportErrorPage locale={(await params).locale as Locale} page="" />;
}
