import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { secureResponse } from "./lib/security-headers";

const intl = createMiddleware(routing);

/** Files served at the root: the app's metadata routes and public/. */
const rootFiles = new Set(["/favicon.ico", "/icon.svg", "/robots.txt", "/sitemap.xml", "/sitemap-index.xml"]);
const localized = new RegExp(`^/(${routing.locales.join("|")})(/|$)`);

export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // A path with a file extension is a file: feeds and CSV under a locale, or a root file. Anything else
  // ("/foo.txt", "/apple-touch-icon.png") does not exist; answer 404 here rather than routing it into
  // the [locale] segment as if "foo.txt" were a language.
  if (/\.[a-z0-9]+$/i.test(pathname)) {
    if (localized.test(pathname) || rootFiles.has(pathname)) return NextResponse.next();
    return new NextResponse("Not found · 页面不存在 · 페이지를 찾을 수 없습니다", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  return secureResponse(request, intl);
}

export const config = {
  // Everything except API routes, uploaded media (app/media) and Next.js internals (files are sorted out above).
  matcher: "/((?!api/|_next/|_vercel/|media/).*)",
};
