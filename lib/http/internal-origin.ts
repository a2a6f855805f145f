// The origin Next.js's router takes as its own when it decides whether a rewrite from proxy.ts stays
// inside the app: http://HOST:PORT of scripts/server.ts (next({ hostname: HOST, port: PORT })). The URL
// proxy.ts is handed names "localhost" instead, so a rewrite built from it would be proxied over HTTP.
export function internalOrigin(): string {
  const host = process.env.HOST || "127.0.0.1";
  return `http://${host.includes(":") ? `[${host}]` : host}:${process.env.PORT || 3000}`;
}
