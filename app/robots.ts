// /robots.txt: everything public may be crawled; the editors' admin, the API, search-result pages (endless
// variations of the site's own content), the display-choice links and the error-report form may not.
import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/env";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      { userAgent: "*", allow: "/", disallow: ["/*/admin", "/api", "/*/search", "/*/display/", "/*/report-error"] },
    ],
    sitemap: [`${siteUrl()}/sitemap-index.xml`, `${siteUrl()}/sitemap.xml`],
  };
}
