// `npm test`: typecheck, lint (ESLint), format (Prettier's check), vitest (the unit project, and the
// integration project against PostgreSQL) and Playwright e2e in Debian's Chromium against the built site
// served over real HTTP. The e2e build goes to its own directory (.next-test), so a server that `npm start`
// runs from .next in the same checkout keeps running.
//
// PostgreSQL: TEST_DATABASE_URL (a server where the tests may create and drop databases) when set,
// else an embedded PGlite. Chromium: /usr/bin/chromium (installed with apt when missing and root).
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { spawn, execFileSync } from "node:child_process";
import { freshDatabase } from "../tests/support/db";
import { migrateAndSeed } from "../lib/database-setup";
import { bin, buildFingerprint, root, run, waitForHttp } from "./lib";
import { assembleStandalone } from "./standalone";

const reports = path.join(root, "test-results");
fs.mkdirSync(reports, { recursive: true });
// Parts: typecheck, lint, format, unit, integration, e2e; `vitest` means unit + integration. E.g.
// `npm test -- lint format` or `npm test -- e2e`; spec files after `e2e` run only those
// (`npm test -- e2e tests/e2e/ecosystems.spec.ts`).
const args = process.argv.slice(2);
const specs = args.filter((a) => /\.(spec|setup)\.ts$/.test(a));
// Playwright's own options (`npm test -- e2e tests/e2e/cluster.spec.ts --no-deps`: without the projects it depends on).
const playwrightFlags = args.filter((a) => a.startsWith("--"));
const only = args
  .filter((a) => !specs.includes(a) && !playwrightFlags.includes(a))
  .flatMap((a) => (a === "vitest" ? ["unit", "integration"] : [a]));
const parts = ["typecheck", "lint", "format", "unit", "integration", "e2e"];
for (const part of only)
  if (!parts.includes(part)) throw new Error(`npm test: unknown part "${part}" (parts: ${parts.join(", ")}, vitest)`);
const want = (part: string) => only.length === 0 || only.includes(part);
/** Where the e2e build goes (next.config.ts reads NEXT_DIST_DIR): not .next, which `npm start` serves. */
const E2E_DIST_DIR = ".next-test";
/** What the last e2e build was made from (a hash of its inputs) and with (its secrets). */
const e2eStampFile = path.join(root, E2E_DIST_DIR, "portal-e2e-build.json");

function readE2eStamp(): { inputs: string; secrets: { INQUIRY_HASH_SALT: string; BETTER_AUTH_SECRET: string } } | null {
  try {
    return JSON.parse(fs.readFileSync(e2eStampFile, "utf8"));
  } catch {
    return null;
  }
}

/** Debian's Chromium, and nginx and redis-server for the cluster spec, installed with apt when missing. */
function ensureChromium() {
  const missing = [
    ["/usr/bin/chromium", "chromium"],
    ["/usr/sbin/nginx", "nginx"],
    ["/usr/bin/redis-server", "redis-server"],
  ]
    .filter(([file]) => !fs.existsSync(file!))
    .map(([, pkg]) => pkg!);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) throw new Error(`Missing: run \`sudo apt-get install -y ${missing.join(" ")}\`.`);
  console.log(`test: installing Debian's ${missing.join(", ")}…`);
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", ...missing], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
}

/**
 * Debian packages the tests need beyond Chromium: fonts-noto-cjk (the CJK fonts of the PDF briefs and
 * OpenGraph images, lib/fonts/cjk.ts; Chromium draws Chinese and Korean with them too) and poppler-utils
 * (pdftotext, which reads the briefs back in the tests).
 */
function ensureDebianPackages() {
  const needed = [
    { pkg: "fonts-noto-cjk", file: "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc" },
    { pkg: "poppler-utils", file: "/usr/bin/pdftotext" },
  ].filter((n) => !fs.existsSync(n.file));
  if (needed.length === 0) return;
  const names = needed.map((n) => n.pkg);
  if (process.getuid?.() !== 0)
    throw new Error(`Missing Debian packages: run \`sudo apt-get install -y ${names.join(" ")}\`.`);
  console.log(`test: installing ${names.join(", ")}…`);
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", ...names], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
}

const tally = { passed: 0, failed: 0, skipped: 0 };
let failed = false;

const timings: string[] = [];

async function step(name: string, fn: () => Promise<void>) {
  console.log(`\n=== ${name}`);
  const start = performance.now();
  let outcome = "ok";
  try {
    await fn();
  } catch (e) {
    failed = true;
    outcome = "FAILED";
    console.error(`${name} failed: ${(e as Error).message}`);
  }
  timings.push(`${name}: ${outcome}, ${((performance.now() - start) / 1000).toFixed(1)} s`);
}

function readVitest(file: string) {
  if (!fs.existsSync(file)) return;
  const r = JSON.parse(fs.readFileSync(file, "utf8"));
  tally.passed += r.numPassedTests ?? 0;
  tally.failed += r.numFailedTests ?? 0;
  tally.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
}

function readPlaywright(file: string) {
  if (!fs.existsSync(file)) return;
  const r = JSON.parse(fs.readFileSync(file, "utf8"));
  tally.passed += (r.stats?.expected ?? 0) + (r.stats?.flaky ?? 0);
  tally.failed += r.stats?.unexpected ?? 0;
  tally.skipped += r.stats?.skipped ?? 0;
}

if (want("typecheck"))
  await step("typecheck", async () => {
    await run(bin("next"), ["typegen"]);
    await run(bin("tsc"), ["--noEmit"]);
    // The schema-engine shim is JavaScript that Node runs directly: checked from its JSDoc.
    await run(bin("tsc"), ["-p", "scripts/schema-engine"]);
  });

if (want("lint")) await step("lint (ESLint)", () => run(bin("eslint"), ["."]));

if (want("format"))
  await step("format (Prettier --check)", () => run(bin("prettier"), ["--check", "--log-level=warn", "."]));

if (want("unit") || want("integration") || want("e2e")) ensureDebianPackages();

if (want("unit") || want("integration")) {
  const vitestJson = path.join(reports, "vitest.json");
  fs.rmSync(vitestJson, { force: true });
  // The vitest projects of vitest.config.ts: both, or the one asked for.
  const projects = ["unit", "integration"].filter(want);
  const selection = projects.length === 2 ? [] : projects.flatMap((p) => ["--project", p]);
  await step(`vitest (${projects.join(" + ")})`, () =>
    run(bin("vitest"), [
      "run",
      ...selection,
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${vitestJson}`,
    ]),
  );
  readVitest(vitestJson);
}

if (want("e2e")) {
  const pwJson = path.join(reports, "playwright.json");
  fs.rmSync(pwJson, { force: true });
  await step("e2e (Playwright, Chromium)", async () => {
    ensureChromium();
    const database = await freshDatabase("e2e");
    const port = Number(process.env.E2E_PORT ?? 3100);
    const stamp = readE2eStamp();
    // A reused build was made with its own secrets: serve it with the same ones.
    const secrets = {
      INQUIRY_HASH_SALT:
        process.env.INQUIRY_HASH_SALT ?? stamp?.secrets.INQUIRY_HASH_SALT ?? crypto.randomBytes(24).toString("hex"),
      BETTER_AUTH_SECRET:
        process.env.BETTER_AUTH_SECRET ?? stamp?.secrets.BETTER_AUTH_SECRET ?? crypto.randomBytes(32).toString("hex"),
    };
    const settings = {
      DATABASE_URL: database.url,
      DATABASE_EMBEDDED: database.embedded ? "1" : "0",
      PORT: String(port),
      SITE_URL: `http://localhost:${port}`,
      NEXT_DIST_DIR: E2E_DIST_DIR,
      NODE_ENV: "production" as const,
      ...secrets,
      // Every spec signs in from 127.0.0.1: allow more than the production 5 attempts a minute (the limit
      // itself is tested against better-auth's handler in tests/integration/admin-auth.test.ts).
      AUTH_SIGN_IN_MAX: "60",
      // The first admin, created by the seed (tests/e2e/admin.spec.ts signs in with it).
      ADMIN_EMAIL: "admin@example.org",
      ADMIN_PASSWORD: "correct-horse-battery-staple",
      // Government-site conventions and search-engine verification, configured so that the e2e specs see
      // them rendered (tests/e2e/ecosystems.spec.ts); their absence is tested in tests/unit/ecosystems.test.ts.
      SITE_ID_CODE: "2201000012",
      SITE_ORGANIZER_ZH: "长春新区管理委员会",
      SITE_ORGANIZER_EN: "Changchun New Area Administrative Committee",
      SITE_OPERATOR_ZH: "长春新区管理委员会办公室",
      ICP_NUMBER: "吉ICP备00000000号-1",
      PSB_NUMBER: "吉公网安备22010000000000号",
      SITE_CONTACT_EMAIL: "webmaster@example.org",
      GOOGLE_SITE_VERIFICATION: "e2e-google-token",
      NAVER_SITE_VERIFICATION: "e2e-naver-token",
      BAIDU_SITE_VERIFICATION: "e2e-baidu-token",
    };
    const env = { ...process.env, ...settings };
    process.env.DATABASE_EMBEDDED = env.DATABASE_EMBEDDED;
    process.env.ADMIN_EMAIL = env.ADMIN_EMAIL;
    process.env.ADMIN_PASSWORD = env.ADMIN_PASSWORD;
    const server = { proc: undefined as ReturnType<typeof spawn> | undefined };
    try {
      await migrateAndSeed(database.url, { quiet: true });
      // The build prerenders pages from a database seeded from content/ like this one; when none of its
      // inputs changed since the last e2e build (sources, content, schema and seed, this file's settings,
      // the secrets), that build is served again. E2E_REBUILD=1 builds regardless.
      const { DATABASE_URL: _perRun, ...buildSettings } = settings;
      const publicEnv = Object.entries(process.env)
        .filter(([k]) => k.startsWith("NEXT_PUBLIC_"))
        .sort();
      const fingerprint = buildFingerprint({ ...env, PORT: port }, [
        "content",
        "prisma",
        "scripts/test.ts",
        "tsconfig.json",
        "postcss.config.mjs",
      ]);
      const inputs = crypto
        .createHash("sha256")
        .update(fingerprint)
        .update(JSON.stringify([buildSettings, publicEnv]))
        .digest("hex");
      if (
        process.env.E2E_REBUILD !== "1" &&
        stamp?.inputs === inputs &&
        fs.existsSync(path.join(root, E2E_DIST_DIR, "BUILD_ID"))
      ) {
        console.log(`e2e: reusing the build in ${E2E_DIST_DIR} (no build input changed; E2E_REBUILD=1 builds anyway)`);
      } else {
        fs.rmSync(e2eStampFile, { force: true });
        await run(bin("next"), ["build"], { env });
        // The standalone folder too: tests/e2e/cluster.spec.ts runs its instances from it, as deploy/ does.
        await assembleStandalone(E2E_DIST_DIR);
        fs.writeFileSync(e2eStampFile, JSON.stringify({ inputs, secrets }), { mode: 0o600 });
      }
      server.proc = spawn(bin("tsx"), [path.join(root, "scripts", "server.ts")], {
        cwd: root,
        env,
        stdio: ["ignore", "inherit", "inherit"],
      });
      await waitForHttp(`http://localhost:${port}/zh`);
      // Spec files named after `e2e`, or E2E_SPECS="tests/e2e/a.spec.ts …", run only those (with the setup project).
      const chosen = [...specs, ...(process.env.E2E_SPECS ?? "").split(/\s+/).filter(Boolean)];
      await run(bin("playwright"), ["test", ...chosen, ...playwrightFlags], {
        env: { ...env, BASE_URL: `http://localhost:${port}`, PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson },
      });
    } finally {
      server.proc?.kill("SIGTERM");
      await database.drop();
    }
  });
  readPlaywright(pwJson);
}

console.log(`\n${timings.join("\n")}`);
console.log(`Tests: ${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`);
process.exit(failed || tally.failed > 0 ? 1 : 0);
