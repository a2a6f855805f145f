// One reader's signed link (components/follow/token-pages.tsx): read per request, never cached.
import type { Locale } from "@/i18n/routing";
import { queryFromSegment, sampleQuery } from "@/lib/http/query-pages";
import { ConfirmPage, confirmMetadata } from "@/components/follow/token-pages";

export const generateMetadata = confirmMetadata;

export function generateStaticParams() {
  return [{ query: sampleQuery.confirm }];
}

export default async function Page({ params }: PageProps<"/[locale]/subscribe/confirm/Q/[query]">) {
  const { locale, query } = await params;
  return <ConfirmPage locale={locale as Locale} query={queryFromSegment(query)} />;
}
