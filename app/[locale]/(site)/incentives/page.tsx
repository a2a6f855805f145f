import type { Locale } from "@/i18n/routing";
import { IncentivesPage, incentivesMetadata } from "@/components/policies/incentives-page";

export const generateMetadata = incentivesMetadata;

/** Without a query string: prerendered. With one, proxy.ts serves ./Q/[query] instead. */
export default async function Page({ params }: PageProps<"/[locale]/incentives">) {
  return <IncentivesPage locale={(await params).locale as Locale} query={{}} />;
}
