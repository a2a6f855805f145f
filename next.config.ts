import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { parseServerEnv } from "./lib/env";

// A bad environment fails the build and the start, not a request.
parseServerEnv();

/**
 * Security headers for every response (see docs/decisions/003-csp.md). Evaluated when the build runs, so
 * HSTS follows the SITE_URL the site is built with.
 */
export function securityHeaders(source: NodeJS.ProcessEnv = process.env): { key: string; value: string }[] {
  const env = parseServerEnv(source);
  const https = env.SITE_URL?.startsWith("https://") ?? false;
  const csp = [
    "default-src 'self'",
    // Next.js bootstraps every page with inline <script> tags; nonces would make every page dynamic.
    // `next dev` also needs eval for React's debugging aids.
    `script-src 'self' 'unsafe-inline'${env.NODE_ENV === "development" ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
  return [
    { key: "Content-Security-Policy", value: csp },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    ...(https ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }] : []),
  ];
}

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  cacheComponents: true,
  typedRoutes: false,
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-pg", "pg"],
  // Media uploads (≤ 10 MB, lib/data/admin-media.ts) go through a server action and through proxy.ts, which buffers at most 10 MB by default.
  // Per-route body limits are enforced before Next.js by lib/http/request-gate.ts (413); these are the ceiling.
  experimental: {
    serverActions: { bodySizeLimit: "11mb" },
    proxyClientMaxBodySize: "11mb",
    // Pages rendered on request (an unknown slug, say) stay in the bounded in-memory cache
    // (cacheMaxMemorySize) instead of being written under .next/ by whoever asks for them.
    isrFlushToDisk: false,
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders() }];
  },
};

export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
