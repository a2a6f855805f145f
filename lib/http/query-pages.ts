// Pages whose content depends on the query string (list filters, search, the side-by-side view) are
// rendered in full on the server, with no streamed holes, so that readers and crawlers without
// JavaScript see the results (docs/decisions/006-query-pages.md).
//
// With Cache Components a page that reads `searchParams` is prerendered as a shell and the part that
// reads them streams in later, in a hidden container that only JavaScript reveals. Instead, proxy.ts
// rewrites `/ko/news?zone=a&page=2` to `/ko/news/Q/page%3D2%26zone%3Da`: a route parameter, which the
// page reads without Suspense. The parameter is the query reduced to the keys the page knows, each value
// validated and in a fixed order, so equivalent URLs share one rendering, which is cached like any
// on-demand page (bounded in memory) and invalidated by the same cache tags as its data.
// The URL the reader sees never changes; `/…/Q/…` requested directly is not found.
import { z } from "zod";
import {
  compareSchema,
  incentiveFilterSchema,
  newsFilterSchema,
  policyFilterSchema,
  questionFilterSchema,
} from "@/lib/validation/filters";

/** The path segment under which a page's query variants are rendered; no slug can be upper case. */
export const QUERY_SEGMENT = "Q";

type Raw = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** A search query as typed, bounded (the search page reports "too long" itself, from these characters). */
const searchSchema = z.object({
  q: z
    .string()
    .max(400)
    .optional()
    .catch((ctx) => (typeof ctx.value === "string" ? ctx.value.slice(0, 400) : undefined)),
  all: z.literal("1").optional().catch(undefined),
});

/** A subscriber's signed link (lib/follow/tokens.ts checks it; here only its shape is bounded). */
const token = z
  .string()
  .regex(/^[a-z0-9]{8,40}\.[A-Za-z0-9_-]{32}$/)
  .optional()
  .catch(undefined);
const tokenSchema = z.object({ token });
const preferencesSchema = z.object({
  token,
  notice: z.enum(["confirmed", "saved", "removed", "invalid"]).optional().catch(undefined),
});
/** Two published versions of a policy to compare (PublicChange ids). */
const versionId = z
  .string()
  .regex(/^[a-z0-9]{1,40}$/)
  .optional()
  .catch(undefined);
const versionsSchema = z.object({ from: versionId, to: versionId });

/** Each query page: its path after the locale, and the keys it reads, validated. */
const pages = {
  news: { path: /^\/news$/, schema: newsFilterSchema, keys: ["zone", "kind", "tag", "year", "page"] },
  policies: { path: /^\/policies$/, schema: policyFilterSchema, keys: ["zone", "topic", "issuer", "year", "validity"] },
  incentives: { path: /^\/incentives$/, schema: incentiveFilterSchema, keys: ["zone", "industry", "topic"] },
  search: { path: /^\/search$/, schema: searchSchema, keys: ["q", "all"] },
  compare: { path: /^\/policies\/[a-z0-9-]{1,160}\/compare$/, schema: compareSchema, keys: ["with"] },
  changes: { path: /^\/policies\/[a-z0-9-]{1,160}\/changes$/, schema: versionsSchema, keys: ["from", "to"] },
  questions: { path: /^\/questions$/, schema: questionFilterSchema, keys: ["zone", "topic", "page"] },
  // Per reader: rendered on every request under app/reader/[locale]/ and never cached (PER_READER below).
  confirm: { path: /^\/subscribe\/confirm$/, schema: tokenSchema, keys: ["token"] },
  preferences: { path: /^\/subscribe\/preferences$/, schema: preferencesSchema, keys: ["notice", "token"] },
} as const;

/**
 * Query pages whose content belongs to one reader (a signed link's token): proxy.ts rewrites them to
 * /reader/<locale>/<page>/<canonical query> (a root layout of their own whose <Suspense> above <body> lets
 * them read the database per request and still send their whole content in the HTML), answered
 * `Cache-Control: private, no-store`; never kept by Next.js, the shared cache or nginx.
 */
export const PER_READER: ReadonlySet<QueryPage> = new Set<QueryPage>(["confirm", "preferences"]);
export type QueryPage = keyof typeof pages;

// Defaults that mean "no filter": page 1 of the news list.
const isDefault = (key: string, value: unknown) =>
  value === undefined || value === "" || (key === "page" && value === 1);

/**
 * The canonical query of `page` for the raw query `raw`: the known keys whose validated value is not the
 * default, sorted, as a query string; "" when nothing is left (the page without a query).
 */
export function canonicalQuery(page: QueryPage, raw: Raw): string {
  const { schema, keys } = pages[page];
  const picked = Object.fromEntries(keys.map((k) => [k, first(raw[k]) || undefined]));
  // The search page distinguishes "no q" (an empty form) from "q=" (asks for a query).
  if (page === "search" && typeof first(raw.q) === "string") picked.q = first(raw.q);
  const parsed = (schema as z.ZodType<Record<string, unknown>>).parse(picked);
  const out = new URLSearchParams();
  for (const k of [...keys].sort()) {
    const v = parsed[k];
    if (page === "search" && k === "q" && typeof v === "string") out.set(k, v);
    else if (!isDefault(k, v)) out.set(k, String(v));
  }
  return out.toString();
}

/** Which query page a path after the locale is, if any. */
export function queryPageOf(rest: string): QueryPage | undefined {
  return (Object.keys(pages) as QueryPage[]).find((p) => pages[p].path.test(rest));
}

/** The route parameter back into the raw query a page's parser takes. */
export function queryFromSegment(segment: string): Raw {
  // Next.js hands the parameter over still percent-encoded; a canonical query always has a "=".
  let query = segment;
  if (!query.includes("=")) {
    try {
      query = decodeURIComponent(query);
    } catch {
      return {};
    }
  }
  const out: Raw = {};
  for (const [k, v] of new URLSearchParams(query)) if (!(k in out)) out[k] = v;
  return out;
}

/** The one parameter each Q route prerenders (Cache Components wants at least one). */
export const sampleQuery = {
  news: "page=2",
  policies: "validity=in_force",
  incentives: "topic=finance",
  search: "q=",
  compare: "with=en",
  changes: "from=sample",
  questions: "page=2",
  // Per-reader pages are never prerendered; these well-formed tokens sign nothing.
  confirm: "token=sample000.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
  preferences: "token=sample000.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
} as const;
