import type { Locale } from "@/i18n/routing";
import { getPolicySlugs } from "@/lib/data/policies";
import { PolicyChangesPage, policyChangesMetadata } from "@/components/follow/policy-changes-page";

export const generateMetadata = policyChangesMetadata;

export async function generateStaticParams() {
  return (await getPolicySlugs()).map((slug) => ({ slug }));
}

/** Without a query string: the latest two versions, prerendered. With ?from=&to=, proxy.ts serves ./Q/[query]. */
export default async function Page({ params }: PageProps<"/[locale]/policies/[slug]/changes">) {
  const { locale, slug } = await params;
  return <PolicyChangesPage locale={locale as Locale} slug={slug} query={{}} />;
}
