import type { Locale } from "@/i18n/routing";
import { queryFromSegment, sampleQuery } from "@/lib/http/query-pages";
import { SearchPage, searchMetadata } from "@/components/search/search-page";

// The page for one canonical query string (lib/http/query-pages.ts): rendered in full on request, cached.
export const generateMetadata = searchMetadata;

export function generateStaticParams() {
  return [{ query: sampleQuery.search }];
}

export default async function Page({ params }: PageProps<"/[locale]/search/Q/[query]">) {
  const { locale, query } = await params;
  return <SearchPage locale={locale as Locale} query={queryFromSegment(query)} />;
}
