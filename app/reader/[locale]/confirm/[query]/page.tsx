// One reader's signed link (components/follow/token-pages.tsx), rendered per request and never cached.
import type { Locale } from "@/i18n/routing";
import { queryFromSegment } from "@/lib/http/query-pages";
import { ConfirmPage, confirmMetadata } from "@/components/follow/token-pages";

export const generateMetadata = confirmMetadata;

export default async function Page({ params }: PageProps<"/reader/[locale]/confirm/[query]">) {
  const { locale, query } = await params;
  return <ConfirmPage locale={locale as Locale} query={queryFromSegment(query)} />;
}
