import type { Locale } from "@/i18n/routing";
import { getPolicySlugs } from "@/lib/data/policies";
import { ComparePage, compareMetadata } from "@/components/policies/compare-page";

export const generateMetadata = compareMetadata;

export async function generateStaticParams() {
  return (await getPolicySlugs()).map((slug) => ({ slug }));
}

/** Without a query string: prerendered. With one, proxy.ts serves ./Q/[query] instead. */
export default async function Page({ params }: PageProps<"/[locale]/policies/[slug]/compare">) {
  const { locale, slug } = await params;
  return <ComparePage locale={locale as Locale} slug={slug} query={{}} />;
}
