import type { Locale } from "@/i18n/routing";
import { getPolicySlugs } from "@/lib/data/policies";
import { queryFromSegment, sampleQuery } from "@/lib/http/query-pages";
import { PolicyChangesPage, policyChangesMetadata } from "@/components/follow/policy-changes-page";

// The change history with the diff of two chosen versions (lib/http/query-pages.ts): rendered in full on request, cached.
export const generateMetadata = policyChangesMetadata;

export async function generateStaticParams() {
  return (await getPolicySlugs()).map((slug) => ({ slug, query: sampleQuery.changes }));
}

export default async function Page({ params }: PageProps<"/[locale]/policies/[slug]/changes/Q/[query]">) {
  const { locale, slug, query } = await params;
  return <PolicyChangesPage locale={locale as Locale} slug={slug} query={queryFromSegment(query)} />;
}
