// One reader's signed link (components/follow/token-pages.tsx), rendered per request and never cached.
import type { Locale } from "@/i18n/routing";
import { queryFromSegment } from "@/lib/http/query-pages";
import { PreferencesPage, preferencesMetadata } from "@/components/follow/token-pages";

export const generateMetadata = preferencesMetadata;

export default async function Page({ params }: PageProps<"/reader/[locale]/preferences/[query]">) {
  const { locale, query } = await params;
  return <PreferencesPage locale={locale as Locale} query={queryFromSegment(query)} />;
}
