import path from "node:path";
import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD, PHASE_PRODUCTION_SERVER } from "next/constants";
import createNextIntlPlugin from "next-intl/plugin";
import { parseServerEnv } from "./lib/env";
import { NON_ADMIN_SOURCE, publicCsp, staticSecurityHeaders } from "./lib/security-headers";

// A bad environment fails the build and the start, not a request.
parseServerEnv();

/**
 * The build directory: .next, or NEXT_DIST_DIR (a folder name in the project). `npm test` builds into
 * .next-test so that a server running from .next in the same checkout keeps its files.
 */
function distDir(): string {
  const dir = process.env.NEXT_DIST_DIR || ".next";
  if (!/^\.?[\w-]+$/.test(dir)) throw new Error(`NEXT_DIST_DIR must be a folder name in the project, not "${dir}"`);
  return dir;
}

const nextConfig: NextConfig = {
  distDir: distDir(),
  // The e2e build's own tsconfig (it names .next-test's generated types), so the test run leaves
  // tsconfig.json as it is. `npm test` type-checks the same sources in its own part first.
  ...(distDir() === ".next-test"
    ? { typescript: { tsconfigPath: "tsconfig.next-test.json", ignoreBuildErrors: true } }
    : {}),
  reactStrictMode: true,
  poweredByHeader: false,
  cacheComponents: true,
  // Partial Prefetching (Next.js 16.3+) off, explicitly (docs/decisions/001-next-16-2.md): with it, a
  // path whose params were not prerendered (a slug published after the build, or no slug at all) is answered
  // at once with the route's generic App Shell and status 200, its content — or its notFound() — streamed
  // behind it for JavaScript to show. The portal wants the Cache Components behaviour it was built on: such
  // a path rendered in full on the server, a 404 with status 404, everything readable without JavaScript
  // (tests/e2e/no-javascript.spec.ts). No page has a client <Link> to prefetch with anyway (i18n/link.tsx).
  partialPrefetching: false,
  typedRoutes: false,
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-pg", "pg", "subset-font", "harfbuzzjs"],
  // Media uploads (≤ 10 MB, lib/admin/media.ts) go through a server action and through proxy.ts, which buffers at most 10 MB by default.
  // Per-route body limits are enforced before Next.js by lib/http/request-gate.ts (413); these are the ceiling.
  experimental: {
    serverActions: { bodySizeLimit: "11mb" },
    proxyClientMaxBodySize: "11mb",
    // Pages rendered on request (an unknown slug, say) stay in the bounded in-memory cache
    // (cacheMaxMemorySize) instead of being written under .next/ by whoever asks for them.
    isrFlushToDisk: false,
  },
  // Security headers (lib/security-headers.ts, docs/decisions/003-csp.md). Fixed when the site is built;
  // proxy.ts adds what is decided per request: the admin's nonce CSP and HSTS.
  async headers() {
    return [
      { source: "/:path*", headers: staticSecurityHeaders() },
      { source: NON_ADMIN_SOURCE, headers: [{ key: "Content-Security-Policy", value: publicCsp(parseServerEnv()) }] },
    ];
  },
};

const withIntl = createNextIntlPlugin("./i18n/request.ts");

/**
 * With REDIS_URL, a running server keeps `'use cache'` entries and tag invalidations in Redis too, shared
 * by every instance (lib/cache/redis-cache-handler.mjs, docs/decisions/008-shared-cache.md). A build never
 * talks to Redis: the same build serves one instance or many.
 */
export default function config(phase: string): NextConfig {
  const serving = phase === PHASE_PRODUCTION_SERVER || phase === PHASE_DEVELOPMENT_SERVER;
  const redisUrl = parseServerEnv().REDIS_URL;
  return withIntl({
    ...nextConfig,
    // Every build also writes a self-contained server folder (<distDir>/standalone: the traced
    // node_modules, the build, our front door bundled as portal-server.mjs by scripts/standalone.ts), which
    // deploy/ runs on a server without the checkout. Set for the build only: `npm start` serves the same build
    // from the checkout through scripts/server.ts, where Next.js would otherwise warn about `output`.
    ...(phase === PHASE_PRODUCTION_BUILD ? { output: "standalone" as const } : {}),
    ...(serving && redisUrl
      ? { cacheHandlers: { default: path.join(process.cwd(), "lib/cache/redis-cache-handler.mjs") } }
      : {}),
  });
}
