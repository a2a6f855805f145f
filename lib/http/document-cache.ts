// The front door's own cache of finished documents (scripts/server.ts): a public page as it left — Next.js's
// scripts removed (lib/http/static-documents.ts), gzipped or not — kept in this process's memory under the
// content generation (lib/cache/generation.ts), as nginx keeps it in front of several instances
// (deploy/nginx/portal-locations.conf). A repeated GET is answered without entering Next.js, whose routing
// alone costs a few milliseconds a request; a publish changes the generation and with it every key.
// Bounded by bytes (DOCUMENT_CACHE_MB), and an entry lives at most a minute (what changes without a
// publish shows within it, as behind nginx). docs/decisions/018-documents-without-framework-scripts.md.
import type http from "node:http";
import { LRUCache } from "lru-cache";
import { LOCALE_COOKIE, locales } from "@/i18n/routing";

/** How long a document is kept when no publish replaces it: the same minute as nginx's proxy_cache_valid. */
export const DOCUMENT_TTL_MS = 60_000;

export interface CachedDocument {
  headers: http.OutgoingHttpHeaders;
  body: Buffer;
}

export function documentCache(megabytes: number) {
  return new LRUCache<string, CachedDocument>({
    maxSize: megabytes * 1024 * 1024,
    sizeCalculation: (d) => d.body.length + 1024,
    ttl: DOCUMENT_TTL_MS,
  });
}

export function documentKey(generation: string, url: string, gzip: boolean): string {
  return `${generation}|${gzip ? "gzip" : "identity"}|${url}`;
}

// Who must always reach Next.js (the same rules as deploy/nginx/portal-http.conf): a signed-in editor, and
// Next.js's own client requests (RSC, prefetches), whose answers differ by those headers.
const SESSION_COOKIE = /(^|;\s*)(__Secure-)?better-auth\.session_token=/i;
const ROUTER_HEADERS = ["rsc", "next-router-prefetch", "next-router-segment-prefetch", "next-router-state-tree"];

export function mayUseCache(headers: http.IncomingHttpHeaders): boolean {
  if (SESSION_COOKIE.test(String(headers.cookie ?? ""))) return false;
  return !ROUTER_HEADERS.some((h) => headers[h] !== undefined);
}

/**
 * A request that asks for a fresh answer (Cache-Control or Pragma: no-cache, as a browser's hard reload
 * sends) is rendered by Next.js; its answer replaces the kept one. `npm run bench` measures the app's
 * rendering that way.
 */
export function wantsFresh(headers: http.IncomingHttpHeaders): boolean {
  return /\bno-cache\b/i.test(`${headers["cache-control"] ?? ""} ${headers.pragma ?? ""}`);
}

const LANGUAGE_COOKIE = new RegExp(`^${LOCALE_COOKIE}=(${locales.join("|")});`);

/**
 * A finished 200 may be kept when it sets no cookie but the language cookie of its own language, and the
 * app did not mark it one reader's (Cache-Control: private or no-store).
 */
export function mayStore(headers: http.OutgoingHttpHeaders): boolean {
  if (/\b(private|no-store)\b/i.test(String(headers["cache-control"] ?? ""))) return false;
  const cookies = headers["set-cookie"];
  const list = cookies === undefined ? [] : Array.isArray(cookies) ? cookies : [String(cookies)];
  return list.every((c) => LANGUAGE_COOKIE.test(c));
}

/** The headers worth keeping: not those of one connection or one moment, nor the generation (set per request). */
export function keptHeaders(headers: http.OutgoingHttpHeaders): http.OutgoingHttpHeaders {
  const kept = { ...headers };
  for (const h of ["date", "connection", "keep-alive", "transfer-encoding", "x-portal-generation"]) delete kept[h];
  return kept;
}
