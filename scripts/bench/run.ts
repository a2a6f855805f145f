// HTTP throughput/latency benchmark of a running portal (a production build: `npm start`), with autocannon.
// Prints figures only; it is not a test and asserts nothing about them.
//
// Usage:
//   npm run bench                                  # against http://localhost:3000
//   BASE_URL=http://localhost:3005 npm run bench
//   BENCH_DURATION=20 BENCH_CONNECTIONS=20 npm run bench
//   npm run bench -- /en/news /ko/figures          # bench these paths instead of the defaults
//
// Environment:
//   BASE_URL           origin of the running site (default http://localhost:3000). Loopback only
//                      (localhost, 127.0.0.0/8, [::1]): any other host is refused.
//   BENCH_DURATION     seconds per URL (default 10)
//   BENCH_CONNECTIONS  concurrent connections (default 10)
//
// Default targets: a cached page (/en/zones/china-rok-changchun) and search (/zh/search?q=珲春). A target
// that answers 404 is reported and skipped. Exit code 2 when the server cannot be reached or the
// base URL is not loopback; 1 on an unexpected failure.
import os from "node:os";
import autocannon from "autocannon";
import { failer, loopbackBase, type Fail } from "./common";

// Annotated so that TypeScript narrows after a call (a `never` function must be explicitly typed).
const fail: Fail = failer("bench");

const DEFAULT_PATHS = ["/en/zones/china-rok-changchun", "/zh/search?q=珲春"];

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) fail(`${name} must be a positive integer, got ${JSON.stringify(raw)}`);
  return n;
}

const base = loopbackBase(process.env.BASE_URL, fail);
const duration = positiveInt("BENCH_DURATION", 10);
const connections = positiveInt("BENCH_CONNECTIONS", 10);
const paths = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const targets = (paths.length ? paths : DEFAULT_PATHS).map((p) => new URL(p, base));

// Is anything listening? (Any HTTP status counts as an answer.)
try {
  await fetch(base, { redirect: "manual", signal: AbortSignal.timeout(10_000) });
} catch (err) {
  const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).name;
  fail(`nothing answers at ${base.origin} (${cause}). Start the site first, e.g. \`npm start\`, or set BASE_URL.`);
}

const load = os.loadavg().map((n) => n.toFixed(1)).join(" ");
console.log(
  `autocannon against ${base.origin}: ${duration} s per URL, ${connections} connections` +
    ` — machine load average ${load} on ${os.cpus().length} cores (client and server share them)\n`,
);

type Row = {
  url: string;
  status: string;
  reqPerSec?: number;
  p50?: number;
  p90?: number;
  p99?: number;
  requests?: number;
  non2xx?: number;
  errors?: number;
  timeouts?: number;
  note?: string;
};
const rows: Row[] = [];

for (const target of targets) {
  const shown = decodeURI(target.pathname + target.search);
  // Pre-flight: the status, the cache headers, and a warm-up of the route.
  let res: Response;
  try {
    res = await fetch(target, { redirect: "manual", signal: AbortSignal.timeout(60_000) });
    await res.arrayBuffer();
  } catch (err) {
    rows.push({ url: shown, status: "—", note: `pre-flight failed: ${(err as Error).message}` });
    continue;
  }
  const cacheInfo = ["x-nextjs-cache", "x-nextjs-prerender", "cache-control"]
    .map((h) => (res.headers.get(h) ? `${h}: ${res.headers.get(h)}` : ""))
    .filter(Boolean)
    .join("; ");
  console.log(`${res.status} ${shown}${cacheInfo ? `  (${cacheInfo})` : ""}`);
  if (res.status === 404) {
    console.log(`  → 404: this route is not on this server (yet); skipped.`);
    rows.push({ url: shown, status: "404", note: "skipped (404)" });
    continue;
  }
  if (res.status < 200 || res.status >= 300) console.log(`  → warning: pre-flight status ${res.status}; benchmarking anyway.`);
  for (let i = 0; i < 5; i++) await fetch(target).then((r) => r.arrayBuffer()).catch(() => {});

  const result = await autocannon({
    url: target.href, // percent-encoded (the query holds CJK)
    duration,
    connections,
    timeout: 30,
  });
  rows.push({
    url: shown,
    status: String(res.status),
    reqPerSec: result.requests.average,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  });
}

// ── table ──────────────────────────────────────────────────────────────────────────────────────────────
const fmt = (n: number | undefined, digits = 0) => (n === undefined || Number.isNaN(n) ? "—" : n.toFixed(digits));
const header = ["URL", "status", "req/s (mean)", "p50 ms", "p90 ms", "p99 ms", "requests", "non-2xx", "errors (timeouts)"];
const table = rows.map((r) =>
  r.note
    ? [r.url, r.status, r.note, "", "", "", "", "", ""]
    : [
        r.url,
        r.status,
        fmt(r.reqPerSec, 1),
        fmt(r.p50),
        fmt(r.p90),
        fmt(r.p99),
        fmt(r.requests),
        fmt(r.non2xx),
        `${fmt(r.errors)} (${fmt(r.timeouts)})`,
      ],
);
// CJK characters take two terminal columns.
const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(ch) ? 2 : 1), 0);
const cols = header.map((h, i) => Math.max(width(h), ...table.map((r) => width(r[i]!))));
const line = (cells: string[]) =>
  cells.map((c, i) => (i === 0 ? c + " ".repeat(cols[i]! - width(c)) : " ".repeat(cols[i]! - width(c)) + c)).join("  ");
console.log("\n" + line(header));
console.log(cols.map((w) => "-".repeat(w)).join("  "));
for (const r of table) console.log(line(r));
console.log(`\n(${duration} s, ${connections} connections per URL; latency percentiles from autocannon's histogram)`);
if (rows.some((r) => r.note?.startsWith("pre-flight failed"))) {
  console.error(`bench: some URLs could not be reached (is the server still up at ${base.origin}?)`);
  process.exitCode = 1;
}
