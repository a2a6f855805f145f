import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { parseServerEnv } from "./lib/env";

// A bad environment fails the build and the start, not a request.
parseServerEnv();

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  cacheComponents: true,
  typedRoutes: false,
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-pg", "pg"],
};

export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
