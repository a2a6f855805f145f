// /robots.txt: everything public may be crawled; the editors' admin and the API may not.
import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/env";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/*/admin", "/api"] }],
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
