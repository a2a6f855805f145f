// The HTTP server of the portal: Next.js behind our own front door (`npm start` runs this after migrating,
// seeding and building; `npm run dev` with --dev). Listens on HOST (default 127.0.0.1) and PORT.
//
// Before Next.js sees a request, lib/http/request-gate.ts refuses what the app must never be handed (bad
// encodings, unknown address space, over-size bodies, cross-site action posts), and lib/http/client-address.ts
// decides who the client is from the socket and TRUSTED_PROXIES, overwriting whatever the client claimed.
// X-Forwarded-Host/-Proto/-Port are believed only from a trusted proxy; otherwise they are dropped and
// Next.js fills them from the socket.
import "./lib";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";
import next from "next";
import { parseServerEnv } from "../lib/env";
import { compileTrust, stampClientAddress, viaTrustedProxy } from "../lib/http/client-address";
import { actionBodyRefusal, gate, isActionPost, type GateRefusal } from "../lib/http/request-gate";
import { fillNotFoundBody, localeOfPath, type Encoding } from "../lib/http/not-found-body";
import { isStaticDocument, withoutFrameworkScripts } from "../lib/http/static-documents";
import { documentCache, documentKey, keptHeaders, mayStore, mayUseCache, wantsFresh } from "../lib/http/document-cache";
import { contentGeneration } from "../lib/cache/generation";
import { root } from "./lib";

const dev = process.argv.includes("--dev");
const env = parseServerEnv();
const trust = compileTrust(env.TRUSTED_PROXIES);
const FORWARDED = [
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "x-forwarded-for",
  "forwarded",
  "x-real-ip",
];

// Next.js names its own origin "localhost" when it builds the URL proxy.ts sees, and `hostname` when it
// decides whether a rewrite stays inside the app: the two must agree, or a rewrite becomes an HTTP request
// to ourselves. The interface we listen on is server.listen's business, below.
// The build is the checkout's, or (PORTAL_APP_DIR, set by scripts/standalone-server.ts) the standalone folder's.
const appDir = process.env.PORTAL_APP_DIR ?? root;
const app = next({ dev, dir: appDir, hostname: "localhost", port: env.PORT });
const handle = app.getRequestHandler();
await app.prepare();
const documents = env.DOCUMENT_CACHE_MB > 0 && !dev ? documentCache(env.DOCUMENT_CACHE_MB) : undefined;
const buildId = dev
  ? "dev"
  : fs.readFileSync(path.join(appDir, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"), "utf8").trim();

function refuse(req: http.IncomingMessage, res: http.ServerResponse, refusal: GateRefusal) {
  res.writeHead(refusal.status, {
    "content-type": "text/plain; charset=utf-8",
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    // A refused body is not read: close the connection rather than drain it.
    ...(req.headers["content-length"] || req.headers["transfer-encoding"] ? { connection: "close" } : {}),
  });
  res.end(req.method === "HEAD" ? undefined : refusal.body);
}

/** The body of a request the gate let through (so at most its route's limit), read whole. */
function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** The same request again, with its body already read: what Next.js reads instead of the socket. */
function replay(req: http.IncomingMessage, body: Buffer): http.IncomingMessage {
  const copy = new http.IncomingMessage(req.socket);
  Object.assign(copy, {
    method: req.method,
    url: req.url,
    headers: req.headers,
    rawHeaders: req.rawHeaders,
    httpVersion: req.httpVersion,
    httpVersionMajor: req.httpVersionMajor,
    httpVersionMinor: req.httpVersionMinor,
  });
  // Complete, so that reaching its end does not count as an aborted upload (which would close the socket).
  copy.complete = true;
  copy.push(body);
  copy.push(null);
  return copy;
}

/**
 * Documents the front door finishes before they leave; every other response streams through untouched.
 * - A page's 404 under a locale: Next.js sends an empty error shell that only JavaScript fills
 *   (lib/http/not-found-body.ts); the localized message is written into it.
 * - A public page served as a plain document (lib/http/static-documents.ts): Next.js's scripts are
 *   removed. Next.js is asked for it uncompressed (its Accept-Encoding removed), and the front door
 *   compresses the result when the client accepts gzip, so nothing is compressed twice.
 * Such a response (at most a few hundred KB) is held whole, then sent with its own length.
 */
function finishDocument(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  generation: string,
): "answered" | undefined {
  const locale = localeOfPath(req.url ?? "/");
  if (!locale || (req.method !== "GET" && req.method !== "HEAD") || req.headers.rsc) return;
  const plainDocument = isStaticDocument(req.method, req.url ?? "/");
  const gzipForClient = plainDocument && /\bgzip\b/i.test(String(req.headers["accept-encoding"] ?? ""));
  // The front door's cache (lib/http/document-cache.ts): a finished document of this generation.
  const key =
    plainDocument && documents && mayUseCache(req.headers)
      ? documentKey(generation, req.url ?? "/", gzipForClient)
      : undefined;
  const cached = key && !wantsFresh(req.headers) ? documents!.get(key) : undefined;
  if (cached) {
    const fresh = req.headers["if-none-match"] !== undefined && req.headers["if-none-match"] === cached.headers.etag;
    for (const [k, v] of Object.entries(cached.headers)) if (v !== undefined) res.setHeader(k, v);
    res.setHeader("x-document-cache", "HIT");
    if (fresh) {
      res.removeHeader("content-length");
      res.writeHead(304).end();
    } else res.writeHead(200).end(cached.body);
    return "answered";
  }
  if (plainDocument) delete req.headers["accept-encoding"];
  const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => http.ServerResponse;
  let held: Buffer[] | null | undefined;
  // For a document, Next.js calls writeHead before the body, which would fix the headers (the length among
  // them) before the body is known. Until the first byte of the body, its status and headers are kept on
  // the response instead, still changeable; Node's own call when the body is written (implicit headers)
  // goes through, and an early flushHeaders waits for the body (the document is sent whole anyway).
  if (plainDocument) {
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => http.ServerResponse;
    res.writeHead = ((status: number, ...rest: unknown[]) => {
      if (held !== undefined) return writeHead(status, ...rest);
      res.statusCode = status;
      if (typeof rest[0] === "string") res.statusMessage = rest[0];
      const headers = rest.find((r) => typeof r === "object" && r !== null);
      if (Array.isArray(headers)) {
        const pairs = Array.isArray(headers[0])
          ? (headers as [string, string][])
          : Array.from({ length: headers.length / 2 }, (_, i) => [headers[2 * i], headers[2 * i + 1]]);
        for (const [k, v] of pairs) res.appendHeader(String(k), v as string);
      } else if (headers)
        for (const [k, v] of Object.entries(headers as http.OutgoingHttpHeaders))
          if (v !== undefined) res.setHeader(k, v);
      return res;
    }) as typeof res.writeHead;
    res.flushHeaders = () => {};
  }
  let mode: "not-found" | "plain" | undefined;
  const holding = () => {
    if (held === undefined) {
      const html = /^text\/html/.test(String(res.getHeader("content-type") ?? ""));
      const lengthFree = !res.headersSent || res.getHeader("content-length") === undefined;
      mode =
        html && res.statusCode === 404 && lengthFree
          ? "not-found"
          : html && plainDocument && res.statusCode === 200 && !res.headersSent
            ? "plain"
            : undefined;
      held = mode ? [] : null;
    }
    return held !== null;
  };
  const toBuffer = (chunk: unknown, encoding?: unknown) =>
    Buffer.isBuffer(chunk)
      ? chunk
      : Buffer.from(chunk as string, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    if (!holding()) return write(chunk, ...rest);
    held!.push(toBuffer(chunk, rest[0]));
    const cb = rest.find((r) => typeof r === "function") as (() => void) | undefined;
    cb?.();
    return true;
  }) as typeof res.write;
  res.end = ((...args: unknown[]) => {
    if (!holding()) return end(...args);
    const [chunk, encoding] = args;
    if (chunk !== undefined && typeof chunk !== "function") held!.push(toBuffer(chunk, encoding));
    const cb = args.find((a) => typeof a === "function") as (() => void) | undefined;
    let body: Buffer = Buffer.concat(held!);
    if (mode === "not-found") body = fillNotFoundBody(body, res.getHeader("content-encoding") as Encoding, locale);
    else body = Buffer.from(withoutFrameworkScripts(body.toString("utf8")), "utf8");
    if (res.headersSent) return end(body, cb);
    const send = (finished: Buffer) => {
      res.setHeader("content-length", finished.length);
      // Kept only when no publish happened while it was rendered (the generation it was asked under).
      if (key && mode === "plain" && mayStore(res.getHeaders()) && contentGeneration(buildId) === generation)
        documents!.set(key, { headers: keptHeaders(res.getHeaders()), body: finished });
      end(finished, cb);
    };
    if (!gzipForClient || res.getHeader("content-encoding")) {
      send(body);
      return res;
    }
    zlib.gzip(body, (err, gzipped) => {
      if (err) return void res.destroy(err);
      res.setHeader("content-encoding", "gzip");
      // Another representation of the same page: a weak validator, as nginx makes it when it compresses.
      const etag = res.getHeader("etag");
      if (typeof etag === "string" && !etag.startsWith("W/")) res.setHeader("etag", `W/${etag}`);
      send(gzipped);
    });
    return res;
  }) as typeof res.end;
}

/**
 * Behind the shipped nginx (deploy/nginx/portal-locations.conf), public pages are cached under the content
 * generation (lib/cache/generation.ts), which nginx asks for at GENERATION_PATH at most once a second.
 * That answer may be kept only until the end of the second it was asked in (X-Accel-Expires with an
 * absolute time; nginx hides the header from clients), so a publish changes the keys within a second.
 * Every other answer says which generation the instance knew when the request arrived: nginx keeps it only
 * when that is the generation of its key, so an instance that has not yet heard of a publish (or one just
 * started) never stores an older page under the newer generation.
 */
const GENERATION_PATH = "/_portal/generation";
function answerGeneration(res: http.ServerResponse) {
  res.writeHead(200, {
    "x-portal-generation": contentGeneration(buildId),
    "x-accel-expires": `@${Math.floor(Date.now() / 1000)}`,
    "cache-control": "no-store",
    "content-length": "0",
  });
  res.end();
}

const server = http.createServer(async (req, res) => {
  // Forwarding headers count only from a trusted proxy: dropped first, so the gate sees what Next.js will.
  const fromTrustedProxy = viaTrustedProxy(req, trust);
  if (fromTrustedProxy && req.url === GENERATION_PATH) return answerGeneration(res);
  if (!fromTrustedProxy) for (const h of FORWARDED) delete req.headers[h];
  const refusal = gate({ method: req.method ?? "GET", url: req.url ?? "/", headers: req.headers });
  if (refusal) return refuse(req, res, refusal);
  stampClientAddress(req, trust);
  // The generation this request is answered under: told to nginx, and the key of the front door's cache.
  const generation = contentGeneration(buildId);
  if (fromTrustedProxy) res.setHeader("x-portal-generation", generation);
  if (finishDocument(req, res, generation) === "answered") return;
  if (!isActionPost(req.method ?? "GET", req.url ?? "/")) return void handle(req, res);
  // A server action: Next.js would answer a body it cannot decode with a 500, so check it first.
  let body: Buffer;
  try {
    body = await readBody(req);
  } catch {
    return void res.destroy();
  }
  const bad = await actionBodyRefusal(req.headers, body);
  if (bad) return refuse(req, res, bad);
  void handle(replay(req, body), res);
});
// Slow clients do not hold sockets forever; idle keep-alive sockets stay open longer than a client's
// own idle timeout, so a client never reuses one the server is closing.
server.headersTimeout = 60_000;
server.requestTimeout = 120_000;
server.keepAliveTimeout = 65_000;

server.listen(env.PORT, env.HOST, () => {
  console.log(
    `server: http://${env.HOST.includes(":") ? `[${env.HOST}]` : env.HOST}:${env.PORT}${dev ? " (development)" : ""}`,
  );
});

// Stopping: take no new connections, let the requests in flight finish (a proxy in front sends new ones
// to another instance), close idle keep-alive sockets, and give up after 10 s.
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => {
      server.closeAllConnections();
      process.exit(0);
    }, 10_000).unref();
  });
