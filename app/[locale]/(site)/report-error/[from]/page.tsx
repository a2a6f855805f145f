// /{locale}/report-error/<from>: the error-report form with the page the reader came from filled in
// (<from> is that page's path as one segment, written by ../here/route.ts). A segment that is not one of
// the site's pages gives the empty form, never an error.
import type { Metadata } from "next";
import { locales, type Locale } from "@/i18n/routing";
import { decodeFromSegment } from "@/lib/validation/error-report";
import { ReportErrorPage, reportErrorMetadata } from "../form-page";

/** Each locale's home page; other pages are rendered on request (bounded in-memory cache). */
export function generateStaticParams() {
  return locales.map((l) => ({ from: l }));
}

export async function generateMetadata({ params }: PageProps<"/[locale]/report-error/[from]">): Promise<Metadata> {
  return reportErrorMetadata((await params).locale as Locale);
}

export default async function Page({ params }: PageProps<"/[locale]/report-error/[from]">) {
  const { locale, from } = await params;
  return <ReportErrorPage locale={locale as Locale} page={decodeFromSegment(from)} />;
}
