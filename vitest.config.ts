import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // lib/db.ts guards against client imports; tests run on the server side.
      "server-only": path.resolve(import.meta.dirname, "tests/support/empty.ts"),
      "next/cache": path.resolve(import.meta.dirname, "tests/support/next-cache.ts"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Integration files each create their own database; two at a time fits a 2-core machine.
    maxWorkers: 2,
    fileParallelism: true,
  },
});
