import type { Locale } from "@/i18n/routing";
import { queryFromSegment, sampleQuery } from "@/lib/http/query-pages";
import { QuestionsPage, questionsMetadata } from "@/components/questions/questions-page";

// The questions list for one canonical query string (lib/http/query-pages.ts): rendered in full on request, cached.
export const generateMetadata = questionsMetadata;

export function generateStaticParams() {
  return [{ query: sampleQuery.questions }];
}

export default async function Page({ params }: PageProps<"/[locale]/questions/Q/[query]">) {
  const { locale, query } = await params;
  return <QuestionsPage locale={locale as Locale} query={queryFromSegment(query)} />;
}
