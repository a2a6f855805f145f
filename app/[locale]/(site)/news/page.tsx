import type { Locale } from "@/i18n/routing";
import { NewsPage, newsMetadata } from "@/components/news/news-page";

export const generateMetadata = newsMetadata;

/** Without a query string: prerendered. With one, proxy.ts serves ./Q/[query] instead. */
export default async function Page({ params }: PageProps<"/[locale]/news">) {
  return <NewsPage locale={(await params).locale as Locale} query={{}} />;
}
