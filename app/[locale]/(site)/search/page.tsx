import type { Locale } from "@/i18n/routing";
import { SearchPage, searchMetadata } from "@/components/search/search-page";

export const generateMetadata = searchMetadata;

/** Without a query string: prerendered. With one, proxy.ts serves ./Q/[query] instead. */
export default async function Page({ params }: PageProps<"/[locale]/search">) {
  return <SearchPage locale={(await params).locale as Locale} query={{}} />;
}
