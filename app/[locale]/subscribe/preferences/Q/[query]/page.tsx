// One reader's signed link (components/follow/token-pages.tsx): read per request, never cached.
import type { Locale } from "@/i18n/routing";
import { queryFromSegment, sampleQuery } from "@/lib/http/query-pages";
import { PreferencesPage, preferencesMetadata } from "@/components/follow/token-pages";

export const generateMetadata = preferencesMetadata;

export function generateStaticParams() {
  return [{ query: sampleQuery.preferences }];
}

export default async function Page({ params }: PageProps<"/[locale]/subscribe/preferences/Q/[query]">) {
  const { locale, query } = await params;
  return <PreferencesPage locale={locale as Locale} query={queryFromSegment(query)} />;
}
