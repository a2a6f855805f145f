// JavaScript weight of each public page type of a running portal (a production build: `npm start`),
// against the goal of ≤ 100 KB of gzipped JavaScript per page. Prints figures only; it is not a test.
//
// For each page it fetches the HTML and collects every external script the HTML makes the browser load:
// <script src> (except nomodule ones, which modern browsers skip), <link rel="modulepreload"> and
// <link rel="preload" as="script">, each URL counted once per page. Each file is fetched and gzipped here
// (node:zlib, level 9), so the figure does not depend on the server's own compression. Inline <script>
// bytes (Next's RSC payload, bootstrap) are counted separately; JSON-LD and other data blocks are not JS.
// Then (unless --no-browser) it opens each page in Debian's Chromium (Playwright) at 1280×900 until the
// network is idle, and reports the JS the browser fetched beyond the HTML's own scripts: route
// prefetches of in-viewport links and dynamic imports.
//
// Usage:
//   npm run bench:js                                # en, against http://localhost:3000
//   BASE_URL=http://localhost:3005 npm run bench:js -- --locale=ko
//   npm run bench:js -- --no-browser                # HTML scripts only
//   npm run bench:js -- --chunks                    # also list each page's scripts
//
// Environment: BASE_URL (loopback only), CHROMIUM_PATH (default /usr/bin/chromium).
// Exit code 2 when the server cannot be reached or the base URL is not loopback; 1 on an unexpected failure.
import fs from "node:fs";
import { gzipSync } from "node:zlib";
import { failer, isLoopback, loopbackBase, type Fail } from "./common";

// Annotated so that TypeScript narrows after a call (a `never` function must be explicitly typed).
const fail: Fail = failer("bench:js");

const GOAL_KB = 100;

const args = process.argv.slice(2);
const base = loopbackBase(process.env.BASE_URL, fail);
const locale = args.find((a) => a.startsWith("--locale="))?.slice(9) ?? process.env.LOCALE ?? "en";
if (!["zh", "ko", "en"].includes(locale)) fail(`--locale must be zh, ko or en, got ${JSON.stringify(locale)}`);
const useBrowser = !args.includes("--no-browser");
const listChunks = args.includes("--chunks");
const chromePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

const query = { zh: "珲春", ko: "훈춘", en: "Hunchun" }[locale];
const other = locale === "en" ? "zh" : "en";
const L = `/${locale}`;
const PAGES: [string, string][] = [
  ["home", L],
  ["zones index", `${L}/zones`],
  ["zone", `${L}/zones/china-rok-changchun`],
  ["spatial layout", `${L}/spatial-layout`],
  ["policies", `${L}/policies`],
  ["policy", `${L}/policies/changjitu-2014-work-points`],
  ["compare", `${L}/policies/changjitu-2014-work-points/compare?with=${other}`],
  ["incentives", `${L}/incentives`],
  ["news", `${L}/news`],
  ["news article", `${L}/news/china-rok-zone-launched`],
  ["figures", `${L}/figures`],
  ["press", `${L}/press`],
  ["search", `${L}/search?q=${encodeURIComponent(query!)}`],
  ["inquiry", `${L}/inquiry`],
];

try {
  await fetch(base, { redirect: "manual", signal: AbortSignal.timeout(10_000) });
} catch (err) {
  const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).name;
  fail(`nothing answers at ${base.origin} (${cause}). Start the site first, e.g. \`npm start\`, or set BASE_URL.`);
}

// ── helpers ────────────────────────────────────────────────────────────────────────────────────────────
type Size = { raw: number; gzip: number };
const sizeOf = (buf: Buffer | string): Size => {
  const b = typeof buf === "string" ? Buffer.from(buf) : buf;
  return { raw: b.length, gzip: gzipSync(b, { level: 9 }).length };
};
const decodeEntities = (s: string) =>
  s
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([^\s=/"'>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g))
    out.set(m[1]!.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ""));
  return out;
}
const JS_TYPES = new Set(["", "text/javascript", "application/javascript", "module", "text/ecmascript"]);

const chunkCache = new Map<string, Promise<Size | string>>();
/** Size of one script URL (cached across pages), or an error message. */
function chunk(url: string): Promise<Size | string> {
  let p = chunkCache.get(url);
  if (!p) {
    p = (async () => {
      if (!isLoopback(new URL(url))) return "external (not fetched)";
      const res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
      if (!res.ok) return `HTTP ${res.status}`;
      return sizeOf(Buffer.from(await res.arrayBuffer()));
    })().catch((e: Error) => `fetch failed: ${e.message}`);
    chunkCache.set(url, p);
  }
  return p;
}
const sum = (sizes: Size[]): Size =>
  sizes.reduce((a, s) => ({ raw: a.raw + s.raw, gzip: a.gzip + s.gzip }), { raw: 0, gzip: 0 });
const kb = (n: number) => (n / 1024).toFixed(1);

type PageReport = {
  label: string;
  path: string;
  status: number;
  scripts: string[]; // URLs the HTML loads
  nomodule: string[];
  external: Size;
  inline: Size & { count: number };
  data: number; // bytes of JSON-LD / other non-JS <script> blocks
  runtime?: string[]; // further JS URLs the browser fetched
  runtimeSize?: Size;
  problems: string[];
};

// ── HTML pass ──────────────────────────────────────────────────────────────────────────────────────────
const reports: PageReport[] = [];
for (const [label, path] of PAGES) {
  const pageUrl = new URL(path, base);
  let res: Response;
  let html: string;
  try {
    res = await fetch(pageUrl, { signal: AbortSignal.timeout(60_000) });
    html = await res.text();
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).message;
    reports.push({
      label,
      path,
      status: 0,
      scripts: [],
      nomodule: [],
      external: { raw: 0, gzip: 0 },
      inline: { raw: 0, gzip: 0, count: 0 },
      data: 0,
      problems: [`page fetch failed: ${cause}`],
    });
    continue;
  }
  const report: PageReport = {
    label,
    path,
    status: res.status,
    scripts: [],
    nomodule: [],
    external: { raw: 0, gzip: 0 },
    inline: { raw: 0, gzip: 0, count: 0 },
    data: 0,
    problems: [],
  };
  reports.push(report);
  if (!res.ok) continue;

  const urls = new Set<string>();
  const nomodule = new Set<string>();
  const inlineJs: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attrs = attributes(m[1]!);
    const src = attrs.get("src");
    if (src) {
      (attrs.has("nomodule") ? nomodule : urls).add(new URL(src, pageUrl).href);
    } else if (JS_TYPES.has((attrs.get("type") ?? "").toLowerCase())) {
      inlineJs.push(m[2]!);
    } else {
      report.data += Buffer.byteLength(m[2]!);
    }
  }
  for (const m of html.matchAll(/<link\b([^>]*)>/gi)) {
    const attrs = attributes(m[1]!);
    const rel = (attrs.get("rel") ?? "").toLowerCase().split(/\s+/);
    const href = attrs.get("href");
    if (!href) continue;
    if (rel.includes("modulepreload") || (rel.includes("preload") && attrs.get("as")?.toLowerCase() === "script"))
      urls.add(new URL(href, pageUrl).href);
  }
  for (const u of nomodule) if (urls.has(u)) nomodule.delete(u);
  report.scripts = [...urls];
  report.nomodule = [...nomodule];
  const sizes: Size[] = [];
  for (const u of report.scripts) {
    const s = await chunk(u);
    if (typeof s === "string") report.problems.push(`${u}: ${s}`);
    else sizes.push(s);
  }
  report.external = sum(sizes);
  // Inline scripts: the bytes of each, gzipped together (as they travel inside one compressed HTML response).
  report.inline = {
    ...sizeOf(inlineJs.join("\n")),
    raw: inlineJs.reduce((n, s) => n + Buffer.byteLength(s), 0),
    count: inlineJs.length,
  };
}

// ── browser pass ───────────────────────────────────────────────────────────────────────────────────────
let browserNote = "";
if (useBrowser) {
  if (!fs.existsSync(chromePath)) {
    browserNote = `browser pass skipped: no Chromium at ${chromePath} (set CHROMIUM_PATH, or --no-browser)`;
  } else {
    const { chromium } = await import("@playwright/test");
    const browser = await chromium.launch({
      executablePath: chromePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
      ],
    });
    try {
      for (const r of reports) {
        if (r.status < 200 || r.status >= 300) continue;
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        const seen = new Set<string>();
        page.on("request", (req) => {
          if (req.resourceType() === "script") seen.add(req.url());
        });
        try {
          await page.goto(new URL(r.path, base).href, { waitUntil: "networkidle", timeout: 60_000 });
          await page.waitForTimeout(1500); // idle-time prefetches
          await page.waitForLoadState("networkidle", { timeout: 15_000 }).catch(() => {});
        } catch (err) {
          r.problems.push(`browser: ${(err as Error).message.split("\n")[0]}`);
        }
        await context.close();
        const known = new Set([...r.scripts, ...r.nomodule]);
        r.runtime = [...seen].filter((u) => !known.has(u) && !u.startsWith("data:"));
        const sizes: Size[] = [];
        for (const u of r.runtime) {
          const s = await chunk(u);
          if (typeof s === "string") r.problems.push(`${u}: ${s}`);
          else sizes.push(s);
        }
        r.runtimeSize = sum(sizes);
      }
    } finally {
      await browser.close();
    }
  }
}

// ── output ─────────────────────────────────────────────────────────────────────────────────────────────
const header = [
  "page",
  "path",
  "status",
  "scripts",
  "raw KB",
  "gzip KB",
  `≤${GOAL_KB} KB gz`,
  "inline n",
  "inline raw KB",
  "inline gz KB",
  ...(useBrowser && !browserNote ? ["+later n", "+later gz KB", "all JS gz KB"] : []),
];
const rows = reports.map((r) => {
  const ok = r.status >= 200 && r.status < 300;
  if (!ok)
    return [
      r.label,
      decodeURI(r.path),
      r.status ? String(r.status) : "error",
      "skipped",
      "",
      "",
      "",
      "",
      "",
      "",
      ...(header.length > 10 ? ["", "", ""] : []),
    ];
  const cells = [
    r.label,
    decodeURI(r.path),
    String(r.status),
    String(r.scripts.length),
    kb(r.external.raw),
    kb(r.external.gzip),
    r.external.gzip <= GOAL_KB * 1024 ? "yes" : "NO",
    String(r.inline.count),
    kb(r.inline.raw),
    kb(r.inline.gzip),
  ];
  if (header.length > 10) {
    const later = r.runtimeSize ?? { raw: 0, gzip: 0 };
    cells.push(String(r.runtime?.length ?? 0), kb(later.gzip), kb(r.external.gzip + later.gzip));
  }
  return cells;
});
const width = (s: string) =>
  [...s].reduce(
    (w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(ch) ? 2 : 1),
    0,
  );
const cols = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))));
const line = (cells: string[]) =>
  cells.map((c, i) => (i < 2 ? c + " ".repeat(cols[i]! - width(c)) : " ".repeat(cols[i]! - width(c)) + c)).join("  ");

console.log(`JavaScript per page at ${base.origin}, locale ${locale} (KB = 1024 bytes; gzip = node:zlib level 9)\n`);
console.log(line(header));
console.log(cols.map((w) => "-".repeat(w)).join("  "));
for (const r of rows) console.log(line(r));
console.log(
  `\nscripts/raw/gzip: external scripts the HTML loads (<script src>, modulepreload, preload as=script), each URL once per page;` +
    ` the goal column judges these.\ninline: <script> blocks without src (RSC payload, bootstrap), gzipped together; JSON-LD/data blocks excluded.`,
);
if (header.length > 10)
  console.log(
    `+later: further JS the browser fetched by network idle (1280×900): route prefetches of links in view and dynamic imports.`,
  );
if (browserNote) console.log(browserNote);

const okReports = reports.filter((r) => r.status >= 200 && r.status < 300);
const nomod = new Set(okReports.flatMap((r) => r.nomodule));
if (nomod.size) {
  const sizes = await Promise.all([...nomod].map(chunk));
  const total = sum(sizes.filter((s): s is Size => typeof s !== "string"));
  console.log(
    `nomodule scripts (not loaded by modern browsers, not counted): ${nomod.size}, ${kb(total.raw)} KB raw / ${kb(total.gzip)} KB gzip`,
  );
}
const dataBytes = okReports.reduce((n, r) => n + r.data, 0);
if (dataBytes) console.log(`non-JS <script> blocks (JSON-LD etc.), all pages together: ${kb(dataBytes)} KB raw`);

// Which chunks carry the weight: shared by every page vs. page-specific, largest first.
const usage = new Map<string, string[]>();
for (const r of okReports)
  for (const u of [...r.scripts, ...(r.runtime ?? [])]) usage.set(u, [...(usage.get(u) ?? []), r.label]);
const chunkRows: [string, Size, string][] = [];
for (const [u, labels] of usage) {
  const s = await chunk(u);
  if (typeof s === "string") continue;
  const where =
    labels.length === okReports.length
      ? "every page"
      : labels.length > 4
        ? `${labels.length} pages`
        : labels.join(", ");
  const later = okReports.every((r) => !r.scripts.includes(u)) ? " (only fetched later)" : "";
  chunkRows.push([new URL(u).pathname, s, where + later]);
}
chunkRows.sort((a, b) => b[1].gzip - a[1].gzip);
const shared = sum(chunkRows.filter((c) => c[2] === "every page").map((c) => c[1]));
console.log(`\nshared by every page: ${kb(shared.raw)} KB raw / ${kb(shared.gzip)} KB gzip`);
console.log(`largest scripts (gzip KB, raw KB, used by):`);
for (const [p, s, where] of chunkRows.slice(0, listChunks ? chunkRows.length : 10))
  console.log(`  ${kb(s.gzip).padStart(7)}  ${kb(s.raw).padStart(7)}  ${p}  — ${where}`);

if (listChunks)
  for (const r of okReports) {
    console.log(`\n${r.label} (${decodeURI(r.path)})`);
    for (const u of r.scripts) {
      const s = await chunk(u);
      console.log(`  ${typeof s === "string" ? s : `${kb(s.gzip).padStart(7)} gz`}  ${new URL(u).pathname}`);
    }
    for (const u of r.runtime ?? []) {
      const s = await chunk(u);
      console.log(`  ${typeof s === "string" ? s : `${kb(s.gzip).padStart(7)} gz`}  ${new URL(u).pathname}  (later)`);
    }
  }

const problems = reports.flatMap((r) => r.problems.map((p) => `${r.label}: ${p}`));
if (problems.length) {
  console.log(`\nproblems:`);
  for (const p of problems) console.log(`  ${p}`);
}
if (reports.some((r) => r.status === 0)) {
  console.error(`\nbench:js: some pages could not be fetched (is the server still up at ${base.origin}?)`);
  process.exitCode = 1;
}
