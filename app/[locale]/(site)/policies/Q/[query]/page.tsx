import type { Locale } from "@/i18n/routing";
import { queryFromSegment, sampleQuery } from "@/lib/http/query-pages";
import { PoliciesPage, policiesMetadata } from "@/components/policies/policies-page";

// The page for one canonical query string (lib/http/query-pages.ts): rendered in full on request, cached.
export const generateMetadata = policiesMetadata;

export function generateStaticParams() {
  return [{ query: sampleQuery.policies }];
}

export default async function Page({ params }: PageProps<"/[locale]/policies/Q/[query]">) {
  const { locale, query } = await params;
  return <PoliciesPage locale={locale as Locale} query={queryFromSegment(query)} />;
}
