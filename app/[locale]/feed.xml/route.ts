// RSS 2.0 feed of the published news in one locale: /zh/feed.xml, /ko/feed.xml, /en/feed.xml.
import { locales } from "@/i18n/routing";
import { feedResponse } from "@/lib/feeds/load";

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/feed.xml">) {
  return feedResponse(params, "rss");
}
