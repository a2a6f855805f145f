import type { Locale } from "@/i18n/routing";
import { queryFromSegment, sampleQuery } from "@/lib/http/query-pages";
import { NewsPage, newsMetadata } from "@/components/news/news-page";

// The page for one canonical query string (lib/http/query-pages.ts): rendered in full on request, cached.
export const generateMetadata = newsMetadata;

export function generateStaticParams() {
  return [{ query: sampleQuery.news }];
}

export default async function Page({ params }: PageProps<"/[locale]/news/Q/[query]">) {
  const { locale, query } = await params;
  return <NewsPage locale={locale as Locale} query={queryFromSegment(query)} />;
}
