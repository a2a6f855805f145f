// The HTTP server of the portal: Next.js behind our own front door (`npm start` runs this after migrating,
// seeding and building; `npm run dev` with --dev). Listens on HOST (default 127.0.0.1) and PORT.
//
// Before Next.js sees a request, lib/http/request-gate.ts refuses what the app must never be handed (bad
// encodings, unknown address space, over-size bodies, cross-site action posts), and lib/http/client-address.ts
// decides who the client is from the socket and TRUSTED_PROXIES, overwriting whatever the client claimed.
// X-Forwarded-Host/-Proto/-Port are believed only from a trusted proxy; otherwise they are dropped and
// Next.js fills them from the socket.
import "./lib";
import http from "node:http";
import next from "next";
import { parseServerEnv } from "../lib/env";
import { compileTrust, stampClientAddress } from "../lib/http/client-address";
import { gate } from "../lib/http/request-gate";
import { root } from "./lib";

const dev = process.argv.includes("--dev");
const env = parseServerEnv();
const trust = compileTrust(env.TRUSTED_PROXIES);
const FORWARDED = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-forwarded-for", "forwarded", "x-real-ip"];

const app = next({ dev, dir: root, hostname: env.HOST, port: env.PORT });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  const refusal = gate({ method: req.method ?? "GET", url: req.url ?? "/", headers: req.headers });
  if (refusal) {
    res.writeHead(refusal.status, {
      "content-type": "text/plain; charset=utf-8",
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
      // An over-size or refused body is never read: close the connection rather than drain it.
      ...(req.headers["content-length"] || req.headers["transfer-encoding"] ? { connection: "close" } : {}),
    });
    res.end(req.method === "HEAD" ? undefined : refusal.body);
    return;
  }
  const socket = req.socket.remoteAddress ?? "";
  const fromTrustedProxy = socket !== "" && trust(socket.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, ""), 0);
  stampClientAddress(req, trust);
  if (!fromTrustedProxy) for (const h of FORWARDED) delete req.headers[h];
  void handle(req, res);
});
// Slow or idle clients do not hold sockets forever.
server.headersTimeout = 20_000;
server.requestTimeout = 120_000;
server.keepAliveTimeout = 5_000;

server.listen(env.PORT, env.HOST, () => {
  console.log(`server: http://${env.HOST.includes(":") ? `[${env.HOST}]` : env.HOST}:${env.PORT}${dev ? " (development)" : ""}`);
});

for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  });
