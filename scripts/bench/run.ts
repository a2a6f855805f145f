// Throughput and latency of the portal, side by side with nginx serving the very same bytes, so that the
// ratio means something on a noisy machine. Prints figures only; it asserts nothing.
//
// In one run, for five pages (home, a zone, the policy document, the news list, search):
//   nginx static  — Debian's nginx serving the page's HTML from a file (the ceiling on this machine)
//   app           — one instance of the site directly (APP_URL): a repeated GET is answered by its front
//                   door's cache of finished documents (lib/http/document-cache.ts)
//   app rendered  — the same requests with Cache-Control: no-cache, which the front door passes to Next.js:
//                   every answer rendered (from Next.js's own cached data), nothing taken from a page cache
//   proxy         — the shipped topology: nginx with deploy/nginx/*.conf in front of the instances (PROXY_URL)
// Search is driven by 243 distinct queries (the glossary's terms in three languages); the "app rendered"
// column is the figure no per-query page cache carries.
//
// Usage:
//   DATABASE_URL=postgresql://… npm run start:cluster      # nginx on :3000, instances on :3001 and :3002
//   npm run bench                                          # then, in another terminal
//   PROXY_URL=http://localhost:3060 APP_URL=http://localhost:3061 BENCH_DURATION=5 npm run bench
//   npm run bench -- --only=search                         # the pages whose name holds "search"
//
// Environment: PROXY_URL (default http://localhost:3000), APP_URL (default http://localhost:3001), both
// loopback only; BENCH_DURATION seconds per measurement (10); BENCH_CONNECTIONS (50); NGINX
// (/usr/sbin/nginx). Exit code 2 when something cannot be reached.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import autocannon from "autocannon";
import { failer, loopbackBase, type Fail } from "./common";
import { root } from "../lib";

const fail: Fail = failer("bench");

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) fail(`${name} must be a positive integer, got ${JSON.stringify(raw)}`);
  return n;
}

const proxy = loopbackBase(process.env.PROXY_URL || "http://localhost:3000", fail);
const app = loopbackBase(process.env.APP_URL || "http://localhost:3001", fail);
const duration = positiveInt("BENCH_DURATION", 10);
const connections = positiveInt("BENCH_CONNECTIONS", 50);
const nginxBin = process.env.NGINX || "/usr/sbin/nginx";
if (!fs.existsSync(nginxBin)) fail(`no nginx at ${nginxBin} (apt-get install nginx)`);

for (const base of [proxy, app]) {
  try {
    await fetch(base, { redirect: "manual", signal: AbortSignal.timeout(10_000) });
  } catch {
    fail(`nothing answers at ${base.origin}. Start the cluster first: DATABASE_URL=… npm run start:cluster`);
  }
}

// Search queries from the content: the glossary's terms, without their parenthesised short forms.
const glossary = JSON.parse(fs.readFileSync(path.join(root, "content", "glossary.json"), "utf8")) as {
  translations: Record<"zh" | "ko" | "en", { term: string }>;
}[];
const searches = [
  ...new Set(
    glossary.flatMap((g) =>
      (["zh", "ko", "en"] as const).map(
        (l) => `/${l}/search?q=${encodeURIComponent(g.translations[l].term.replace(/\s*[(（].*$/, "").trim())}`,
      ),
    ),
  ),
];

const only = process.argv.find((a) => a.startsWith("--only="))?.slice(7);
const pages = [
  { name: "home /zh", paths: ["/zh"] },
  { name: "zone /ko/zones/china-rok-changchun", paths: ["/ko/zones/china-rok-changchun"] },
  { name: "policy /en/policies/changjitu-2014-work-points", paths: ["/en/policies/changjitu-2014-work-points"] },
  { name: "news list /ko/news", paths: ["/ko/news"] },
  { name: `search (${searches.length} queries)`, paths: searches },
].filter((p) => !only || p.name.includes(only));

// nginx static: each page's HTML as the app serves it, from a file.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-bench-"));
fs.chmodSync(dir, 0o755);
for (const [i, p] of pages.entries()) {
  const res = await fetch(new URL(p.paths[0]!, app));
  if (!res.ok) fail(`${p.paths[0]} answered ${res.status} on ${app.origin}`);
  fs.writeFileSync(path.join(dir, `${i}.html`), Buffer.from(await res.arrayBuffer()));
  fs.chmodSync(path.join(dir, `${i}.html`), 0o644);
}
const staticPort = 20000 + Math.floor(Math.random() * 20000);
fs.writeFileSync(
  path.join(dir, "nginx.conf"),
  `worker_processes 2;
${process.getuid?.() === 0 ? "user nobody nogroup;" : ""}
pid ${dir}/nginx.pid;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi;
    uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
    server { listen 127.0.0.1:${staticPort}; root ${dir}; default_type text/html; }
}
`,
);
const nginx = spawn(
  nginxBin,
  ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", path.join(dir, "error.log"), "-g", "daemon off;"],
  { stdio: "inherit" },
);
function stopNginx() {
  nginx.kill("SIGTERM");
  fs.rmSync(dir, { recursive: true, force: true });
}
process.on("exit", stopNginx);
for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => process.exit(1));
const staticBase = new URL(`http://127.0.0.1:${staticPort}`);
for (let i = 0; i < 50; i++) {
  if (
    await fetch(new URL("/0.html", staticBase))
      .then((r) => r.ok)
      .catch(() => false)
  )
    break;
  await new Promise((r) => setTimeout(r, 100));
}

type Figures = { rps: number; p50: number; p99: number; errors: number };
async function measure(base: URL, paths: string[], headers: Record<string, string> = {}): Promise<Figures> {
  // Warm every path once (the first request after a start or a publish renders the page).
  for (const p of paths)
    await fetch(new URL(p, base))
      .then((r) => r.arrayBuffer())
      .catch(() => {});
  let n = 0;
  const result = await autocannon({
    url: new URL(paths[0]!, base).href,
    duration,
    connections,
    timeout: 30,
    headers,
    requests: [
      {
        setupRequest: (req) => ({ ...req, path: paths[n++ % paths.length]! }),
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

const load = os
  .loadavg()
  .map((n) => n.toFixed(1))
  .join(" ");
console.log(
  `bench: ${duration} s × ${connections} connections per measurement, uncompressed; nginx static on :${staticPort}, app ${app.origin}, proxy ${proxy.origin}` +
    ` — load average ${load} on ${os.cpus().length} cores (client and servers share them)\n`,
);
const rows: string[][] = [];
for (const [i, p] of pages.entries()) {
  const s = await measure(staticBase, [`/${i}.html`]);
  const a = await measure(app, p.paths);
  // The same requests asking for a fresh answer: rendered by Next.js every time, past the front door's
  // cache of finished documents (lib/http/document-cache.ts) — what the app costs when nothing is cached.
  const r = await measure(app, p.paths, { "cache-control": "no-cache" });
  const x = await measure(proxy, p.paths);
  const pct = (f: Figures) => `${((100 * f.rps) / s.rps).toFixed(1)}%`;
  rows.push([
    p.name,
    s.rps.toFixed(0),
    `${s.p50} / ${s.p99}`,
    `${a.rps.toFixed(0)} (${pct(a)})`,
    `${a.p50} / ${a.p99}`,
    `${r.rps.toFixed(0)} (${pct(r)})`,
    `${r.p50} / ${r.p99}`,
    `${x.rps.toFixed(0)} (${pct(x)})`,
    `${x.p50} / ${x.p99}`,
    `${a.errors} / ${r.errors} / ${x.errors}`,
  ]);
  console.log(`  measured ${p.name}`);
}
const header = [
  "page",
  "nginx static req/s",
  "nginx p50/p99 ms",
  "app req/s (of nginx)",
  "app p50/p99 ms",
  "app rendered req/s",
  "rendered p50/p99 ms",
  "proxy req/s (of nginx)",
  "proxy p50/p99 ms",
  "errors app/rendered/proxy",
];
const cols = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(cols[i]!) : c.padStart(cols[i]!))).join("  ");
console.log("\n" + line(header));
console.log(cols.map((w) => "-".repeat(w)).join("  "));
for (const r of rows) console.log(line(r));
console.log(
  `\n(errors = connection errors + timeouts + non-2xx answers; latency percentiles from autocannon's histogram)`,
);
process.exit(0);
