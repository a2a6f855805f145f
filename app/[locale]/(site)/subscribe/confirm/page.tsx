// /{locale}/subscribe/confirm without a token: says the link is invalid. With ?token=…, proxy.ts serves ./Q/[query].
import type { Locale } from "@/i18n/routing";
import { ConfirmPage, confirmMetadata } from "@/components/follow/token-pages";

export const generateMetadata = confirmMetadata;

export default async function Page({ params }: PageProps<"/[locale]/subscribe/confirm">) {
  return <ConfirmPage locale={(await params).locale as Locale} query={{}} />;
}
