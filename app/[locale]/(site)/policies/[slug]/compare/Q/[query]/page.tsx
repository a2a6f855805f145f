import type { Locale } from "@/i18n/routing";
import { getPolicySlugs } from "@/lib/data/policies";
import { queryFromSegment, sampleQuery } from "@/lib/http/query-pages";
import { ComparePage, compareMetadata } from "@/components/policies/compare-page";

// The side-by-side view for one canonical query string (lib/http/query-pages.ts): rendered in full on request, cached.
export const generateMetadata = compareMetadata;

export async function generateStaticParams() {
  return (await getPolicySlugs()).map((slug) => ({ slug, query: sampleQuery.compare }));
}

export default async function Page({ params }: PageProps<"/[locale]/policies/[slug]/compare/Q/[query]">) {
  const { locale, slug, query } = await params;
  return <ComparePage locale={locale as Locale} slug={slug} query={queryFromSegment(query)} />;
}
