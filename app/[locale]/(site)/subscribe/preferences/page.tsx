// /{locale}/subscribe/preferences without a token: says the link is invalid. With ?token=…, proxy.ts serves ./Q/[query].
import type { Locale } from "@/i18n/routing";
import { PreferencesPage, preferencesMetadata } from "@/components/follow/token-pages";

export const generateMetadata = preferencesMetadata;

export default async function Page({ params }: PageProps<"/[locale]/subscribe/preferences">) {
  return <PreferencesPage locale={(await params).locale as Locale} query={{}} />;
}
