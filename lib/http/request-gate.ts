// The first look at every request, before Next.js routes or renders anything (scripts/server.ts).
//
// It answers here, without touching the app, whatever the app could only get wrong: addresses that are not
// percent-encoded UTF-8 or carry control characters (400), paths outside the site's address space (404,
// instead of rendering the [locale] segment for "media" or "api" and failing), path segments no content
// key could be (404, so an unknown or 5,000-character slug never reaches a renderer or a cache), bodies over
// the route's limit (413, before a byte of them is read) or without a declared length (411), and server-
// action posts from another site (403). The limits are per route: only the media upload needs megabytes.
import busboy from "busboy";
import { locales } from "@/i18n/routing";
import { QUERY_SEGMENT } from "@/lib/http/query-pages";

export interface GateRequest {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
}

export interface GateRefusal {
  status: 400 | 403 | 404 | 405 | 411 | 413 | 414;
  /** Plain text in the three languages of the site: the gate does not know the reader's language. */
  body: string;
}

const KIB = 1024;
const MIB = 1024 * KIB;

/** Body limits by path, first match wins. Server actions post to the page they belong to. */
export const bodyLimits: readonly { pattern: RegExp; bytes: number; what: string }[] = [
  {
    pattern: new RegExp(`^/(${locales.join("|")})/admin/media(/|$)`),
    bytes: 11 * MIB,
    what: "media upload (images ≤ 10 MB)",
  },
  { pattern: new RegExp(`^/(${locales.join("|")})/admin(/|$)`), bytes: 2 * MIB, what: "admin forms" },
  { pattern: /^\/api\/auth\//, bytes: 16 * KIB, what: "sign-in and account requests" },
  { pattern: /^\/api\/internal\//, bytes: 1 * KIB, what: "internal calls" },
  { pattern: /^\//, bytes: 32 * KIB, what: "public forms (the inquiry form)" },
];

export const MAX_URL_LENGTH = 4096;
/** Longer than any slug, key or anchor the content can have. */
const SEGMENT = /^[A-Za-z0-9._~-]{1,160}$/;
/** Files the app serves at the root (metadata routes, public/). */
const ROOT_FILES = new Set(["favicon.ico", "icon.svg", "robots.txt", "sitemap.xml", "sitemap-index.xml"]);
const MEDIA = /^\/media\/[a-z0-9]{8,40}\/[1-9][0-9]{0,4}\.webp$/;
const API =
  /^\/api\/(auth\/[A-Za-z0-9/_-]{1,100}|internal\/publish-due|internal\/mail-queue|follow\/unsubscribe|follow\/export)$/;
const CONTROL = /[\u0000-\u001f\u007f]/;
const BODY_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

const text = {
  badRequest: "Bad request · 请求无效 · 잘못된 요청입니다",
  notFound: "Not found · 页面不存在 · 페이지를 찾을 수 없습니다",
  tooLarge: "Request too large · 提交的内容过大 · 요청이 너무 큽니다",
  lengthRequired: "Length required · 缺少请求长度 · 요청 길이가 필요합니다",
  crossSite: "Cross-site request refused · 拒绝跨站请求 · 다른 사이트에서 보낸 요청은 처리하지 않습니다",
  uriTooLong: "Address too long · 网址过长 · 주소가 너무 깁니다",
  method: "Method not allowed · 不支持该请求方法 · 허용되지 않는 요청 방식입니다",
};

const refuse = (status: GateRefusal["status"], body: string): GateRefusal => ({ status, body: `${body}\n` });

function header(req: Pick<GateRequest, "headers">, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function decode(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

/** The body limit in bytes for a path. */
export function bodyLimitFor(pathname: string): number {
  return bodyLimits.find((l) => l.pattern.test(pathname))!.bytes;
}

/** Is `path` (already decoded, leading "/") an address the site may have? */
function knownPath(path: string, segments: string[]): boolean {
  if (path === "/") return true;
  const [first = ""] = segments;
  // `Q` is where proxy.ts renders a page's query variants (lib/http/query-pages.ts): never asked for directly.
  if ((locales as readonly string[]).includes(first))
    return segments.slice(1).every((s) => SEGMENT.test(s) && s !== QUERY_SEGMENT);
  if (first === "_next") return true;
  if (first === "media") return MEDIA.test(path);
  if (first === "api") return API.test(path);
  return segments.length === 1 && ROOT_FILES.has(first);
}

/**
 * Did a browser send this from a page of another site? The site's host is the one Next.js compares a server
 * action's Origin with: X-Forwarded-Host when a trusted proxy sent one (scripts/server.ts drops it from
 * anyone else before asking), else Host — so a mismatch is a 403 here, never Next's 500.
 */
function crossSite(req: GateRequest): boolean {
  const origin = header(req, "origin");
  const host = header(req, "x-forwarded-host")?.split(",")[0]?.trim() || header(req, "host");
  if (origin && origin !== "null") {
    try {
      return new URL(origin).host !== host;
    } catch {
      return true;
    }
  }
  if (origin === "null") return true;
  return header(req, "sec-fetch-site") === "cross-site";
}

/** undefined: let the request through. */
export function gate(req: GateRequest): GateRefusal | undefined {
  const method = req.method.toUpperCase();
  if (!METHODS.has(method)) return refuse(405, text.method);
  if (req.url.length > MAX_URL_LENGTH) return refuse(414, text.uriTooLong);
  if (!req.url.startsWith("/")) return refuse(400, text.badRequest);

  const q = req.url.indexOf("?");
  const rawPath = q === -1 ? req.url : req.url.slice(0, q);
  const rawQuery = q === -1 ? "" : req.url.slice(q + 1);
  const rawSegments = rawPath.split("/").filter(Boolean);
  const segments = rawSegments.map(decode);
  if (segments.some((s) => s === undefined || CONTROL.test(s) || s.includes("/") || s.includes("\\")))
    return refuse(400, text.badRequest);
  for (const pair of rawQuery ? rawQuery.split("&") : []) {
    const decoded = decode(pair.replace(/\+/g, " "));
    if (decoded === undefined || CONTROL.test(decoded)) return refuse(400, text.badRequest);
  }
  const path = `/${(segments as string[]).join("/")}`;
  if (!knownPath(path, segments as string[])) return refuse(404, text.notFound);

  if (BODY_METHODS.has(method)) {
    const length = header(req, "content-length");
    if (length === undefined) {
      if (header(req, "transfer-encoding")) return refuse(411, text.lengthRequired);
    } else if (!/^\d{1,12}$/.test(length)) {
      return refuse(400, text.badRequest);
    } else if (Number(length) > bodyLimitFor(path)) {
      return refuse(413, text.tooLarge);
    }
    // Posts to pages are server actions (with JavaScript a Next-Action header, without it a form field):
    // a browser sends Origin with them, and one from another site is refused here with a clear answer.
    if ((locales as readonly string[]).includes(segments[0]!) && crossSite(req)) return refuse(403, text.crossSite);
  }
  return undefined;
}

/**
 * Posts to pages are server actions, whose body Next.js decodes before any of our code runs: a body it
 * cannot decode would be a 500. scripts/server.ts reads such a body (already under its route's limit) and
 * asks this whether it is well formed for its content type; if not, the answer is a 400 here.
 */
export function isActionPost(method: string, url: string): boolean {
  if (method.toUpperCase() !== "POST") return false;
  const first = url.split(/[/?]/)[1] ?? "";
  return (locales as readonly string[]).includes(first);
}

export async function actionBodyRefusal(
  headers: GateRequest["headers"],
  body: Buffer,
): Promise<GateRefusal | undefined> {
  const type = (header({ headers }, "content-type") ?? "").toLowerCase();
  const hasAction = header({ headers }, "next-action") !== undefined;
  const bad = refuse(400, text.badRequest);
  if (type.startsWith("text/plain")) {
    if (!hasAction) return undefined;
    // Only arguments that need no other part travel as text: a JSON array without references.
    let args: unknown;
    try {
      args = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
    } catch {
      return bad;
    }
    return Array.isArray(args) && references(args).length === 0 ? undefined : bad;
  }
  if (type.startsWith("multipart/form-data")) {
    const fields = await multipartFields(headers, body);
    if (!fields) return bad;
    if (hasAction) return replyIsWellFormed(fields, "", "0", true) ? undefined : bad;
    // A form posted without JavaScript names its action in $ACTION_REF_<n> / $ACTION_<n>:0 fields.
    for (const name of fields.keys()) {
      const ref = /^\$ACTION_REF_(.{1,20})$/.exec(name);
      if (ref && !replyIsWellFormed(fields, `$ACTION_${ref[1]}:`, "0", false)) return bad;
    }
    return undefined;
  }
  if (type.startsWith("application/x-www-form-urlencoded")) return undefined;
  // A server action is one of the three above; anything else with a Next-Action header is not one.
  return hasAction ? bad : undefined;
}

/** Part references in a React reply ("$1", "$@1", "$K1" …; not "$$…", "$n…" BigInt or "$D…" dates). */
function references(
  value: unknown,
  found: { kind: string; id: string }[] = [],
  depth = 0,
): { kind: string; id: string }[] {
  if (depth > 64 || found.length > 1000) return [...found, { kind: "?", id: "too deep" }];
  if (typeof value === "string") {
    const m = /^\$([A-Za-z@]?)([0-9a-f]+)$/.exec(value);
    if (m && m[1] !== "n" && m[1] !== "D") found.push({ kind: m[1]!, id: m[2]! });
  } else if (Array.isArray(value)) for (const v of value) references(v, found, depth + 1);
  else if (value && typeof value === "object") for (const v of Object.values(value)) references(v, found, depth + 1);
  return found;
}

/** Is part `id` (under `prefix`) JSON whose references all name parts that are there (and well formed)? */
function replyIsWellFormed(
  fields: Map<string, string>,
  prefix: string,
  id: string,
  rootIsArray: boolean,
  seen = new Set<string>(),
): boolean {
  if (seen.has(id) || seen.size > 200) return seen.has(id);
  seen.add(id);
  const raw = fields.get(prefix + id);
  if (raw === undefined) return false;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return false;
  }
  if (rootIsArray && !Array.isArray(value)) return false;
  return references(value).every(({ kind, id: ref }) =>
    // A FormData argument's entries carry its part id: "_1_name" (React 19), "1_name" (earlier).
    kind === "K"
      ? [...fields.keys()].some((k) => k.startsWith(`${prefix}_${ref}_`) || k.startsWith(`${prefix}${ref}_`))
      : kind === "B"
        ? fields.has(prefix + ref)
        : replyIsWellFormed(fields, prefix, ref, false, seen),
  );
}

/** The text fields of a multipart body (files are skipped), or null when it is not well formed. */
function multipartFields(headers: GateRequest["headers"], body: Buffer): Promise<Map<string, string> | null> {
  return new Promise((resolve) => {
    let parser: ReturnType<typeof busboy>;
    try {
      parser = busboy({
        headers: headers as Record<string, string>,
        limits: { fields: 1000, files: 20, parts: 1020, fieldSize: 2 * 1024 * 1024 },
      });
    } catch {
      return resolve(null);
    }
    const fields = new Map<string, string>();
    let ok = true;
    parser.on("field", (name, value) => fields.set(name, value));
    parser.on("file", (name, stream) => {
      fields.set(name, "");
      stream.resume();
    });
    for (const limit of ["partsLimit", "filesLimit", "fieldsLimit"] as const) parser.on(limit, () => (ok = false));
    parser.on("error", () => resolve(null));
    parser.on("close", () => resolve(ok ? fields : null));
    parser.end(body);
  });
}
