// /sitemap-index.xml: the sitemap index naming each language's sitemap with its newest <lastmod>.
import { connection } from "next/server";
import { sitemapIndexXml, xmlHeaders } from "@/lib/sitemap";

export async function GET() {
  await connection();
  return new Response(await sitemapIndexXml(), { headers: xmlHeaders });
}
