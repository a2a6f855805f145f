import type { Locale } from "@/i18n/routing";
import { PoliciesPage, policiesMetadata } from "@/components/policies/policies-page";

export const generateMetadata = policiesMetadata;

/** Without a query string: prerendered. With one, proxy.ts serves ./Q/[query] instead. */
export default async function Page({ params }: PageProps<"/[locale]/policies">) {
  return <PoliciesPage locale={(await params).locale as Locale} query={{}} />;
}
