// Atom 1.0 feed of the published news in one locale: /zh/atom.xml, /ko/atom.xml, /en/atom.xml.
import { locales } from "@/i18n/routing";
import { feedResponse } from "@/lib/feeds/load";

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/atom.xml">) {
  return feedResponse(params, "atom");
}
