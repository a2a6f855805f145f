import { defineConfig } from "@playwright/test";

// Playwright cannot download its browsers here: it drives Debian's Chromium. The site is started by
// scripts/test.ts (npm test) and reached at BASE_URL.
export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"], ["json"]],
  // "setup" signs in once per admin role (tests/e2e/auth.setup.ts); the specs reuse the saved cookies.
  // "xss" fills every field of several items with markup, and admin-structure.spec.ts adds (then deletes)
  // an article of the policy whose article count other specs check: both run after all the other specs,
  // one file at a time.
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts$/ },
    {
      name: "e2e",
      testMatch: /\.spec\.ts$/,
      testIgnore: /(xss|admin-structure|admin-legal-status|security|bad-input|cluster)\.spec\.ts$/,
      dependencies: ["setup"],
    },
    {
      name: "xss",
      testMatch: /(xss|admin-structure|admin-legal-status)\.spec\.ts$/,
      dependencies: ["e2e"],
      workers: 1,
    },
    // The review's findings and the bad-input corpus: they fill the inquiry limits and probe the server's
    // limits, so they run last, one file at a time.
    { name: "security", testMatch: /(security|bad-input)\.spec\.ts$/, dependencies: ["xss"], workers: 1 },
    // The production topology (nginx, two instances, Redis) on its own ports, after everything else.
    { name: "cluster", testMatch: /cluster\.spec\.ts$/, dependencies: ["security"], workers: 1 },
  ],
  use: {
    baseURL: process.env.BASE_URL ?? "http://localhost:3000",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
});
