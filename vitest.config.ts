import path from "node:path";
import { defineConfig } from "vitest/config";

// Two projects: "unit" (no database, seconds) and "integration" (a real PostgreSQL per test file).
// `npm run test:unit` runs only the first; `npx vitest run` and `npm test` run both.
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
    // A test that logs console.error fails (tests/support/console-error.ts).
    setupFiles: ["tests/support/console-error.ts"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Integration files each copy their own database; two at a time fits a 2-core machine.
    maxWorkers: 2,
    fileParallelism: true,
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          // Migrates (and seeds) template databases once per run; each file copies one (tests/support/db.ts).
          globalSetup: ["tests/support/database-templates.ts"],
        },
      },
    ],
  },
});
