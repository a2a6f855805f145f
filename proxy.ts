import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./i18n/routing";
import { secureResponse } from "./lib/security-headers";
import { PER_READER, QUERY_SEGMENT, canonicalQuery, queryPageOf } from "./lib/http/query-pages";
import { zoneComparisonPath } from "./lib/validation/filters";

const intl = createMiddleware(routing);

/** Files served at the root: the app's metadata routes and public/. */
const rootFiles = new Set(["/favicon.ico", "/icon.svg", "/robots.txt", "/sitemap.xml", "/sitemap-index.xml"]);
const localized = new RegExp(`^/(${routing.locales.join("|")})(/|$)`);
const localePage = new RegExp(`^/(${routing.locales.join("|")})(/.*)$`);

/**
 * A page that depends on its query string is served from its `/Q/<canonical query>` route, so that the
 * results are rendered in the HTML rather than streamed behind JavaScript (lib/http/query-pages.ts).
 * The `/Q/` routes themselves are not addresses of the site (the request gate refuses them).
 */
function queryRewrite(request: NextRequest): NextResponse | undefined {
  const { pathname, searchParams } = request.nextUrl;
  const m = localePage.exec(pathname);
  const rest = m?.[2];
  if (!rest) return undefined;
  if (request.nextUrl.search === "") return undefined;
  const page = queryPageOf(rest);
  if (!page) return undefined;
  const raw: Record<string, string[]> = {};
  for (const [k, v] of searchParams) (raw[k] ??= []).push(v);
  const canonical = canonicalQuery(page, raw);
  if (canonical === "") return undefined;
  const url = request.nextUrl.clone();
  url.search = "";
  if (!PER_READER.has(page)) {
    url.pathname = `${pathname}/${QUERY_SEGMENT}/${encodeURIComponent(canonical)}`;
    return NextResponse.rewrite(url);
  }
  // A signed link's page is one reader's: rendered per request under its own root layout
  // (app/reader/[locale]/layout.tsx); no shared cache (nginx, a CDN) may keep it, nor a Referer carry it to another site.
  url.pathname = `/reader/${m[1]}/${page}/${encodeURIComponent(canonical)}`;
  const response = NextResponse.rewrite(url);
  response.headers.set("Cache-Control", "private, no-store");
  response.headers.set("Referrer-Policy", "same-origin");
  return response;
}

function notFound() {
  return new NextResponse("Not found · 页面不存在 · 페이지를 찾을 수 없습니다", {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}

const comparePicker = new RegExp(`^/(${routing.locales.join("|")})/zones/compare/?$`);

/** The zone picker's ?z=a&z=b is rendered from the path /zones/compare/<a~b> (no streamed searchParams). */
function compareRewrite(request: NextRequest): NextResponse | undefined {
  const m = comparePicker.exec(request.nextUrl.pathname);
  if (!m) return undefined;
  const target = zoneComparisonPath(m[1]!, request.nextUrl.searchParams.getAll("z"));
  return target ? NextResponse.rewrite(new URL(target, request.url)) : undefined;
}

export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // A path with a file extension is a file: feeds and CSV under a locale, or a root file. Anything else
  // ("/foo.txt", "/apple-touch-icon.png") does not exist; answer 404 here rather than routing it into
  // the [locale] segment as if "foo.txt" were a language.
  if (/\.[a-z0-9]+$/i.test(pathname)) {
    if (localized.test(pathname) || rootFiles.has(pathname)) return NextResponse.next();
    return notFound();
  }
  return secureResponse(request, (req) => compareRewrite(req) ?? queryRewrite(req) ?? intl(req));
}

export const config = {
  // Everything except API routes, uploaded media (app/media) and Next.js internals (files are sorted out above).
  matcher: "/((?!api/|_next/|_vercel/|media/).*)",
};
