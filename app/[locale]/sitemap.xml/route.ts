// /{locale}/sitemap.xml: one language's pages (lib/sitemap.ts), named by /sitemap-index.xml.
import { connection } from "next/server";
import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { sitemapEntries, urlsetXml, xmlHeaders } from "@/lib/sitemap";

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/sitemap.xml">) {
  await connection();
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404 });
  return new Response(urlsetXml(await sitemapEntries(locale)), { headers: xmlHeaders });
}
