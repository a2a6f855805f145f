// A soak of the production topology: a steady 100 requests a second through the proxy for 5 minutes,
// over the public pages and a rotating set of searches, printing errors and each instance's resident
// memory at the start and the end (and every minute). Prints figures only; it asserts nothing.
//
// Usage (a cluster running: `DATABASE_URL=… npm run start:cluster`):
//   npm run bench:soak
//   PROXY_URL=http://localhost:3060 APP_PORTS=3061,3062 SOAK_SECONDS=300 SOAK_RATE=100 npm run bench:soak
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import autocannon from "autocannon";
import { failer, loopbackBase, type Fail } from "./common";
import { root } from "../lib";

const fail: Fail = failer("bench:soak");
const proxy = loopbackBase(process.env.PROXY_URL || "http://localhost:3000", fail);
const appPorts = (process.env.APP_PORTS || `${Number(proxy.port || 80) + 1},${Number(proxy.port || 80) + 2}`)
  .split(",")
  .map(Number);
const seconds = Number(process.env.SOAK_SECONDS || 300);
const rate = Number(process.env.SOAK_RATE || 100);
if (!Number.isInteger(seconds) || seconds < 1 || !Number.isInteger(rate) || rate < 1)
  fail("SOAK_SECONDS and SOAK_RATE must be positive integers");

/** The pid listening on a port (ss from iproute2) and its resident memory in MB. */
function rssOf(port: number): { pid: number; mb: number } | undefined {
  const out = execFileSync("ss", ["-Hltnp", `sport = :${port}`], { encoding: "utf8" });
  const pid = Number(/pid=(\d+)/.exec(out)?.[1]);
  if (!pid) return undefined;
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return { pid, mb: Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024 };
}
const memory = () => appPorts.map((p) => `:${p} ${rssOf(p)?.mb.toFixed(0) ?? "?"} MB`).join(", ");

const glossary = JSON.parse(fs.readFileSync(path.join(root, "content", "glossary.json"), "utf8")) as {
  translations: Record<"zh" | "ko" | "en", { term: string }>;
}[];
const paths = [
  "/zh",
  "/ko",
  "/en",
  "/ko/zones/china-rok-changchun",
  "/en/policies/changjitu-2014-work-points",
  "/ko/news",
  "/zh/news?zone=china-rok-changchun",
  "/en/incentives?topic=finance",
  "/zh/figures",
  "/ko/spatial-layout",
  "/en/feed.xml",
  // Forty searches: a soak of mostly distinct queries would measure search, which `npm run bench` does.
  ...glossary
    .slice(0, 14)
    .flatMap((g) =>
      (["zh", "ko", "en"] as const).map(
        (l) => `/${l}/search?q=${encodeURIComponent(g.translations[l].term.replace(/\s*[(（].*$/, ""))}`,
      ),
    ),
];

const start = memory();
console.log(
  `bench:soak: ${rate} req/s through ${proxy.origin} for ${seconds} s over ${paths.length} paths; instances ${appPorts.join(", ")}`,
);
console.log(`  t=0 s  RSS ${start}`);
const timer = setInterval(() => console.log(`  t=${Math.round((Date.now() - t0) / 1000)} s  RSS ${memory()}`), 60_000);
const t0 = Date.now();
let n = 0;
const result = await autocannon({
  url: new URL(paths[0]!, proxy).href,
  duration: seconds,
  connections: 20,
  overallRate: rate,
  timeout: 30,
  requests: [{ setupRequest: (req) => ({ ...req, path: paths[n++ % paths.length]! }) }],
});
clearInterval(timer);
console.log(`  t=${seconds} s  RSS ${memory()}`);
console.log(
  `\n${result.requests.total} requests, ${result.requests.average.toFixed(1)} req/s; errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}; ` +
    `latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
);
console.log(`RSS at start: ${start}\nRSS at end:   ${memory()}`);
