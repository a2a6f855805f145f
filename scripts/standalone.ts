// Completes the standalone server folder `next build` writes (`output: "standalone"`, next.config.ts) into
// `<distDir>/standalone`, so that it runs on its own (deploy/README.md):
// - Next.js leaves the static files and public/ to be copied: copied;
// - our front door (scripts/server.ts through scripts/standalone-server.ts) and the Redis cache handler
//   (lib/cache/redis-cache-handler.mjs) are bundled with their dependencies, next excepted (the folder's own
//   traced copy, so the handler shares Next's tag manifest), as portal-server.mjs and
//   lib/cache/redis-cache-handler.mjs.
// Run by scripts/start.ts and scripts/test.ts after each build; `node <distDir>/standalone/portal-server.mjs`
// then serves that build.
import fs from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { root } from "./lib";

export async function assembleStandalone(distDir = process.env.NEXT_DIST_DIR || ".next"): Promise<string> {
  const dist = path.join(root, distDir);
  const out = path.join(dist, "standalone");
  if (!fs.existsSync(path.join(out, distDir, "required-server-files.json")))
    throw new Error(`${path.relative(root, out)} is missing or incomplete: build first (next build)`);
  fs.cpSync(path.join(dist, "static"), path.join(out, distDir, "static"), { recursive: true });
  fs.cpSync(path.join(root, "public"), path.join(out, "public"), { recursive: true });
  await build({
    entryPoints: {
      "portal-server": path.join(root, "scripts", "standalone-server.ts"),
      "lib/cache/redis-cache-handler": path.join(root, "lib", "cache", "redis-cache-handler.mjs"),
    },
    outdir: out,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    splitting: true,
    chunkNames: "lib/portal-[hash]",
    platform: "node",
    format: "esm",
    target: "node20",
    external: ["next", "next/*"],
    define: { "process.env.PORTAL_STANDALONE_DIST_DIR": JSON.stringify(distDir) },
    // Bundled CommonJS dependencies (proxy-addr, ioredis) call require().
    banner: {
      js: 'import { createRequire as __portalRequire } from "node:module"; const require = __portalRequire(import.meta.url);',
    },
    logLevel: "warning",
  });
  return out;
}

if (import.meta.filename === process.argv[1]) {
  const out = await assembleStandalone();
  console.log(`standalone: ${path.relative(root, out)}/portal-server.mjs`);
}
