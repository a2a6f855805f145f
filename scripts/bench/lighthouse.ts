// Lighthouse scores of a running portal (a production build: `npm start`) in Debian's Chromium.
// Prints the four category scores per page and, for every category under 100, the failing audits (id,
// title, and up to three offending elements or resources) — so we know what to fix. Prints figures only;
// it is not a test.
//
// Usage:
//   npm run bench:lighthouse                                   # mobile preset (Lighthouse's default), en
//   npm run bench:lighthouse -- --desktop                      # desktop preset
//   BASE_URL=http://localhost:3005 LH_LOCALE=ko npm run bench:lighthouse
//   npm run bench:lighthouse -- /en/news /en/figures           # these paths instead of the defaults
//   npm run bench:lighthouse -- --out=tmp/lighthouse           # also write each page's HTML report there
//
// Environment:
//   BASE_URL        origin of the running site (default http://localhost:3000); loopback only.
//   LH_LOCALE       zh | ko | en (default en) for the default pages.
//   CHROMIUM_PATH   the browser (default /usr/bin/chromium).
//
// Default pages: home, a zone, a policy and a news article. Exit code 2 when the server cannot be reached,
// the base URL is not loopback or Chromium is missing; 1 on an unexpected failure.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { desktopConfig, type Flags, type Result } from "lighthouse";
import { failer, loopbackBase, type Fail } from "./common";

// Annotated so that TypeScript narrows after a call (a `never` function must be explicitly typed).
const fail: Fail = failer("bench:lighthouse");

const args = process.argv.slice(2);
const desktop = args.includes("--desktop");
const outDir = args.find((a) => a.startsWith("--out="))?.slice(6);
const base = loopbackBase(process.env.BASE_URL, fail);
const locale = process.env.LH_LOCALE || "en";
if (!["zh", "ko", "en"].includes(locale)) fail(`LH_LOCALE must be zh, ko or en, got ${JSON.stringify(locale)}`);
const chromePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
if (!fs.existsSync(chromePath)) fail(`no browser at ${chromePath} (apt-get install chromium, or set CHROMIUM_PATH)`);

const explicit = args.filter((a) => !a.startsWith("--"));
const pages: [string, string][] = explicit.length
  ? explicit.map((p) => [p, p])
  : [
      ["home", `/${locale}`],
      ["zone", `/${locale}/zones/china-rok-changchun`],
      ["policy", `/${locale}/policies/changjitu-2014-work-points`],
      ["news article", `/${locale}/news/china-rok-zone-launched`],
    ];

try {
  await fetch(base, { redirect: "manual", signal: AbortSignal.timeout(10_000) });
} catch (err) {
  const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).name;
  fail(`nothing answers at ${base.origin} (${cause}). Start the site first, e.g. \`npm start\`, or set BASE_URL.`);
}

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const SHORT: Record<(typeof CATEGORIES)[number], string> = {
  performance: "perf",
  accessibility: "a11y",
  "best-practices": "best-pr.",
  seo: "seo",
};
const load = os
  .loadavg()
  .map((n) => n.toFixed(1))
  .join(" ");
console.log(
  `Lighthouse ${desktop ? "desktop" : "mobile (default, simulated throttling)"} preset against ${base.origin}, locale ${locale}` +
    ` — machine load average ${load} on ${os.cpus().length} cores\n`,
);

const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
  ],
  logLevel: "error",
});

type PageResult = { label: string; path: string; lhr?: Result; error?: string };
const results: PageResult[] = [];
try {
  const flags: Flags = {
    port: chrome.port,
    output: outDir ? "html" : "json",
    logLevel: "error",
    onlyCategories: [...CATEGORIES],
  };
  for (const [label, p] of pages) {
    const url = new URL(p, base).href;
    process.stdout.write(`… ${label} (${decodeURI(p)})\n`);
    try {
      const run = await lighthouse(url, flags, desktop ? desktopConfig : undefined);
      if (!run) throw new Error("Lighthouse returned no result");
      results.push({ label, path: p, lhr: run.lhr });
      if (outDir) {
        fs.mkdirSync(outDir, { recursive: true });
        const file = path.join(
          outDir,
          `${p.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "root"}-${desktop ? "desktop" : "mobile"}.html`,
        );
        fs.writeFileSync(file, String(run.report));
        console.log(`  report → ${file}`);
      }
    } catch (err) {
      results.push({ label, path: p, error: (err as Error).message });
    }
  }
} finally {
  chrome.kill();
}

// ── score table ────────────────────────────────────────────────────────────────────────────────────────
const score = (lhr: Result | undefined, id: string) => {
  const s = lhr?.categories[id]?.score;
  return s === null || s === undefined ? "—" : String(Math.round(s * 100));
};
const header = ["page", "path", ...CATEGORIES.map((c) => SHORT[c]), "CPU index"];
const rows = results.map((r) => [
  r.label,
  decodeURI(r.path),
  ...CATEGORIES.map((c) => score(r.lhr, c)),
  r.lhr?.environment?.benchmarkIndex ? String(Math.round(r.lhr.environment.benchmarkIndex)) : "—",
]);
const cols = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(cols[i]!) : c.padStart(cols[i]!))).join("  ");
console.log("\n" + line(header));
console.log(cols.map((w) => "-".repeat(w)).join("  "));
for (const r of rows) console.log(line(r));
console.log(
  "(CPU index: Lighthouse's benchmarkIndex of this machine during the run; a busy CPU lowers performance scores)",
);

// ── failing audits ─────────────────────────────────────────────────────────────────────────────────────
const clip = (s: string, n = 150) => (s.length > n ? s.slice(0, n - 1) + "…" : s);
const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

type Details = { type?: string; items?: Record<string, unknown>[]; value?: unknown; chains?: Record<string, Chain> };
type Chain = {
  url: string;
  navStartToEndTime?: number;
  transferSize?: number;
  isLongest?: boolean;
  children?: Record<string, Chain>;
};
const MAX_ITEMS = 3;

/** One table row of an audit's details as a line: the element, the resource, or the measured phase. */
function describe(item: Record<string, unknown>): string {
  const node = (item.node ?? item.element) as
    { type?: string; selector?: string; snippet?: string; nodeLabel?: string } | undefined;
  if (node?.type === "node") return `${node.selector ?? ""}  ${oneLine(node.snippet ?? node.nodeLabel ?? "")}`;
  if (typeof item.phase === "string" && typeof item.timing === "number")
    return `${item.phase}: ${Math.round(item.timing)} ms${typeof item.percent === "string" ? ` (${item.percent})` : ""}`;
  const loc = (item.sourceLocation ?? item.source) as { url?: string; value?: unknown } | undefined;
  const where =
    typeof item.url === "string"
      ? item.url
      : typeof loc === "object" && loc
        ? (loc.url ?? (typeof loc.value === "string" ? loc.value : ""))
        : "";
  const extra = [
    typeof item.wastedBytes === "number" ? `${Math.round(item.wastedBytes / 1024)} KiB wasted` : "",
    typeof item.wastedMs === "number" && item.wastedMs > 0 ? `${Math.round(item.wastedMs)} ms` : "",
    typeof item.reflowTime === "number" ? `${Math.round(item.reflowTime)} ms reflow` : "",
  ].filter(Boolean);
  // Lighthouse's generic advice (Markdown with links) says nothing about this page: leave it out.
  const desc =
    typeof item.description === "string" && !item.description.includes("](") ? oneLine(item.description) : "";
  return [where + (extra.length ? ` (${extra.join(", ")})` : ""), desc].filter(Boolean).join(" — ");
}

/** The longest request chain of a network-tree, as "a → b → c (N ms)". */
function longestChain(chains: Record<string, Chain>): string {
  const names: string[] = [];
  let level: Record<string, Chain> | undefined = chains;
  let end = 0;
  while (level && Object.keys(level).length) {
    const next: Chain = Object.values(level).find((c) => c.isLongest) ?? Object.values(level)[0]!;
    names.push(new URL(next.url).pathname.split("/").pop() || new URL(next.url).pathname);
    end = next.navStartToEndTime ?? end;
    const siblings = Object.keys(level).length - 1;
    if (siblings > 0) names[names.length - 1] += ` (+${siblings} in parallel)`;
    level = next.children;
  }
  return `longest chain: ${names.join(" → ")} (${Math.round(end)} ms)`;
}

/** Up to three offending elements, resources or phases per table of an audit's details. */
function offenders(details: Details | undefined): string[] {
  if (!details) return [];
  if (details.type === "network-tree" && details.chains) return [longestChain(details.chains)];
  if (details.type === "list-section") return offenders(details.value as Details);
  if (details.type === "checklist" || details.type === "text" || details.type === "debugdata") return [];
  const items = details.items ?? [];
  if (details.type === "list") {
    // network-dependency-tree-insight: the chain says it all; its other sections are generic preconnect advice.
    const trees = items.filter(
      (i) => i.type === "list-section" && (i.value as Details | undefined)?.type === "network-tree",
    );
    return (trees.length ? trees : items).flatMap((i) => offenders(i as Details));
  }
  const out: string[] = [];
  for (const item of items) {
    const text = describe(item);
    if (text) out.push(clip(text));
    if (out.length === MAX_ITEMS && typeof item.phase !== "string") break; // LCP phases: all four
  }
  if (items.length > out.length && out.length) out.push(`… ${items.length - out.length} more`);
  return out;
}

let anyFailure = false;
let runFailures = 0;
for (const r of results) {
  if (r.error || !r.lhr) {
    console.log(`\n${r.label} (${decodeURI(r.path)}): Lighthouse failed: ${r.error}`);
    runFailures++;
    continue;
  }
  const lhr = r.lhr;
  const head = `\n${r.label} (${decodeURI(r.path)})`;
  const notes: string[] = [];
  if (lhr.runtimeError) notes.push(`runtime error: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  for (const w of lhr.runWarnings) notes.push(`warning: ${oneLine(w)}`);
  if (lhr.runtimeError) runFailures++;
  const sections: string[] = [];
  for (const cat of CATEGORIES) {
    const category = lhr.categories[cat];
    if (!category || category.score === 1 || category.score === null) continue;
    const lines: string[] = [];
    for (const ref of category.auditRefs) {
      const a = lhr.audits[ref.id];
      if (!a || a.score === null || a.score >= 1) continue;
      if (!["binary", "numeric", "metricSavings"].includes(a.scoreDisplayMode)) continue;
      const metric = ref.group === "metrics" ? " [metric]" : "";
      lines.push(
        `    ${a.id}${metric} — ${a.title}${a.displayValue ? ` (${a.displayValue})` : ""} · score ${Math.round(a.score * 100)}`,
      );
      if (ref.group !== "metrics") for (const o of offenders(a.details as Details)) lines.push(`        ${o}`);
    }
    sections.push(`  ${cat} ${score(lhr, cat)}:${lines.length ? "" : " (no individual failing audit)"}`, ...lines);
  }
  console.log(head);
  const summary = (lhr.audits["resource-summary"]?.details as Details | undefined)?.items ?? [];
  const transfer = summary
    .filter((i) => typeof i.requestCount === "number" && i.requestCount > 0)
    .map(
      (i) => `${String(i.label).toLowerCase()} ${i.requestCount} / ${Math.round(Number(i.transferSize) / 1024)} KiB`,
    );
  if (transfer.length) console.log(`  transferred (requests / bytes): ${transfer.join(", ")}`);
  for (const n of notes) console.log(`  ${n}`);
  if (sections.length || notes.length) anyFailure = true;
  for (const s of sections) console.log(s);
}
if (!anyFailure) console.log("\nEvery category scored 100 on every page.");
if (runFailures) {
  console.error(
    `\nbench:lighthouse: ${runFailures} page(s) could not be audited (is the server still up at ${base.origin}?)`,
  );
  process.exitCode = 1;
}
