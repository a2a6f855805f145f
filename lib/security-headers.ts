// Security headers (docs/decisions/003-csp.md). Two sources:
// - next.config.ts sends `staticSecurityHeaders()` on every response and `publicCsp()` on every route but
//   the admin: fixed at build time, so prerendered and cached public pages can carry them;
// - proxy.ts (`secureResponse`) decides per request: a nonce-based CSP for the admin pages (rendered per
//   request anyway), HSTS when the site is served over https according to SITE_URL at run time, and
//   redirects that name SITE_URL's origin rather than whatever Host the client sent.
import { createHash } from "node:crypto";
import { NextRequest, type NextResponse } from "next/server";
import { env, siteUrl, type ServerEnv } from "./env";
import { displayScript } from "./display";

/** One year; sent only when SITE_URL is https. */
export const HSTS = "max-age=31536000; includeSubDomains";

/** The admin area of every locale: `/{locale}/admin` and below. */
export const ADMIN_PATH = /^\/(?:zh|ko|en)\/admin(?:\/|$)/;

/** next.config.ts `headers()` source: every path except the admin area (which gets the nonce policy). */
export const NON_ADMIN_SOURCE = "/:path((?!(?:zh|ko|en)/admin(?:/|$)).*)";

function csp(scriptSrc: string, e: Pick<ServerEnv, "NODE_ENV" | "SITE_URL">): string {
  const https = e.SITE_URL?.startsWith("https://") ?? false;
  return [
    "default-src 'self'",
    // `next dev` needs eval for React's debugging aids; production never does.
    `script-src ${scriptSrc}${e.NODE_ENV === "development" ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** The public pages' policy: inline scripts allowed, since prerendered pages cannot carry a nonce. */
export function publicCsp(e: Pick<ServerEnv, "NODE_ENV" | "SITE_URL">): string {
  return csp("'self' 'unsafe-inline'", e);
}

/**
 * The one inline script of an admin page's static shell (prerendered at build time, before any nonce
 * exists): React's constant shell-time marker (`shellTimeRuntimeScript` in react-dom/server). Allowed by
 * its hash; tests/e2e/csp.spec.ts fails on any CSP violation if a React upgrade changes it.
 */
export const SHELL_TIME_SCRIPT = "requestAnimationFrame(function(){$RT=performance.now()});";
const sha256 = (script: string) => `'sha256-${createHash("sha256").update(script).digest("base64")}'`;
const shellTimeHash = sha256(SHELL_TIME_SCRIPT);
/**
 * The inline <head> script of every page that applies the reader's display choices before the first paint
 * (lib/display.ts): one constant string, allowed by its hash like the marker above.
 */
const displayScriptHash = sha256(displayScript());

/**
 * The admin pages' policy: no 'unsafe-inline' scripts. An inline script runs only with this request's
 * nonce (Next.js reads it from the request's CSP header and puts it on every script it streams) or as
 * React's shell marker or the display-choices script above; script files only from our origin ('self': the static shell's <script src>
 * tags were written at build time without a nonce, so 'strict-dynamic' would block them).
 */
export function adminCsp(nonce: string, e: Pick<ServerEnv, "NODE_ENV" | "SITE_URL">): string {
  return csp(`'self' 'nonce-${nonce}' ${shellTimeHash} ${displayScriptHash}`, e);
}

/** Headers for every response, whatever the route (the CSP is added per route, see above). */
export function staticSecurityHeaders(): { key: string; value: string }[] {
  return [
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    // A page of ours never shares a browsing context group with another site's window, and our
    // resources are not embeddable by other origins.
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
  ];
}

/**
 * Runs the proxy's `handle` with the per-request security decisions applied: the admin's nonce CSP (on
 * the request for Next.js, and on the response), HSTS when SITE_URL is https now (not when the site was
 * built), and a redirect's Location on SITE_URL's origin instead of the request's Host.
 */
export function secureResponse(request: NextRequest, handle: (request: NextRequest) => NextResponse): NextResponse {
  const e = env();
  let response: NextResponse;
  if (ADMIN_PATH.test(request.nextUrl.pathname)) {
    const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
    const policy = adminCsp(nonce, e);
    const headers = new Headers(request.headers);
    headers.set("content-security-policy", policy);
    response = handle(new NextRequest(request, { headers }));
    response.headers.set("Content-Security-Policy", policy);
  } else {
    response = handle(request);
  }
  const origin = siteUrl();
  const location = response.headers.get("location");
  if (location) {
    const target = new URL(location, request.nextUrl);
    if (target.origin === request.nextUrl.origin) {
      response.headers.set("location", `${origin}${target.pathname}${target.search}${target.hash}`);
    }
  }
  if (origin.startsWith("https://")) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}
