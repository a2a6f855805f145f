import type { Locale } from "@/i18n/routing";
import { queryFromSegment, sampleQuery } from "@/lib/http/query-pages";
import { IncentivesPage, incentivesMetadata } from "@/components/policies/incentives-page";

// The page for one canonical query string (lib/http/query-pages.ts): rendered in full on request, cached.
export const generateMetadata = incentivesMetadata;

export function generateStaticParams() {
  return [{ query: sampleQuery.incentives }];
}

export default async function Page({ params }: PageProps<"/[locale]/incentives/Q/[query]">) {
  const { locale, query } = await params;
  return <IncentivesPage locale={locale as Locale} query={queryFromSegment(query)} />;
}
