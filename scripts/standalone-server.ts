// The entry of the standalone server folder (`<distDir>/standalone/portal-server.mjs`, bundled by
// scripts/standalone.ts; deploy/README.md): the same front door as `npm start` (scripts/server.ts: request
// gate, client address, localized 404 body) in front of the same build, on a server that has only this
// folder — no checkout, no npm install. Next.js's configuration comes from the build
// (required-server-files.json), as in Next's own standalone server.js; what next.config.ts decides when
// serving (the Redis cache handler with REDIS_URL) is added here.
import fs from "node:fs";
import path from "node:path";

const dir = import.meta.dirname;
process.chdir(dir);
Object.assign(process.env, { NODE_ENV: "production" });
const distDir = process.env.PORTAL_STANDALONE_DIST_DIR ?? ".next";
process.env.NEXT_DIST_DIR = distDir;
const { config } = JSON.parse(fs.readFileSync(path.join(dir, distDir, "required-server-files.json"), "utf8")) as {
  config: Record<string, unknown>;
};
if (process.env.REDIS_URL)
  config.cacheHandlers = { default: path.join(dir, "lib", "cache", "redis-cache-handler.mjs") };
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
process.env.PORTAL_APP_DIR = dir;
await import("./server");
