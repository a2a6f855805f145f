// End-to-end check of the Prisma CLI running on the WebAssembly schema-engine shim
// (scripts/schema-engine/bin, wired up through PRISMA_SCHEMA_ENGINE_BINARY in prisma.config.ts).
//
// Runs the real CLI (`npx prisma ...`) against throwaway databases named `cli_test_<random>...` on the
// PostgreSQL server of TEST_DATABASE_URL. These commands need a server that can create databases
// (shadow databases for `migrate dev` and `migrate diff --from-migrations`), which the embedded PGlite
// cannot offer, so without TEST_DATABASE_URL the file is skipped (tests/integration/store.test.ts
// still applies the migrations and checks status on PGlite). `.ci/run` always sets it.
// Every database this file creates is dropped at the end; nothing is shared with other test files,
// and nothing in the repository is written (`migrate dev` runs on a temporary copy of prisma/).
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { stripVTControlCharacters } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const ENGINE_BIN = path.join(ROOT, "scripts/schema-engine/bin");
const SERVER_URL = process.env.TEST_DATABASE_URL ?? "";
const haveServer = SERVER_URL !== "";

// The wasm engine needs a few seconds per CLI call; leave generous room on a slow/busy machine.
const CLI_TIMEOUT_MS = 90_000;
const TEST_TIMEOUT_MS = 120_000;

const suffix = randomBytes(5).toString("hex");
const DB = {
  main: `cli_test_${suffix}`, // deploy, status, diffs, reset
  empty: `cli_test_${suffix}_empty`, // stays empty: diff must report changes
  push: `cli_test_${suffix}_push`, // created by `db push` itself
  dev: `cli_test_${suffix}_dev`, // created by `migrate dev` itself (temporary project copy)
};

function databaseUrl(name: string): string {
  // The describe body below runs (to collect its tests) even when skipped for want of a server.
  if (!haveServer) return "";
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

const migrationNames = fs
  .readdirSync(path.join(ROOT, "prisma/migrations"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

interface CliResult {
  code: number;
  stdout: string;
  output: string; // stdout + stderr, without colours
}

function runPrisma(
  args: string[],
  opts: { databaseUrl: string; cwd?: string; env?: Record<string, string> },
): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      "npx",
      ["prisma", ...args],
      {
        cwd: opts.cwd ?? ROOT,
        env: {
          ...process.env,
          DATABASE_URL: opts.databaseUrl,
          PRISMA_SCHEMA_ENGINE_BINARY: ENGINE_BIN,
          PRISMA_HIDE_UPDATE_MESSAGE: "1",
          NO_COLOR: "1",
          ...opts.env,
        },
        timeout: CLI_TIMEOUT_MS,
        killSignal: "SIGKILL",
        maxBuffer: 32 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        const timedOut = error && "killed" in error && error.killed ? `\n[killed after ${CLI_TIMEOUT_MS} ms]` : "";
        resolve({
          code,
          stdout: stripVTControlCharacters(stdout),
          output: stripVTControlCharacters(`${stdout}\n${stderr}${timedOut}`),
        });
      },
    );
  });
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const admin = <T>(fn: (client: pg.Client) => Promise<T>) => withClient(SERVER_URL, fn);

async function existingDatabases(names: string[]): Promise<string[]> {
  if (names.length === 0) return [];
  const { rows } = await admin((c) =>
    c.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname = ANY($1::text[])", [names]),
  );
  return rows.map((r) => r.datname);
}

/** Shadow databases the shim reported creating (it logs them when PRISMA_SCHEMA_ENGINE_SHIM_LOG is set). */
function shadowDatabasesIn(logFile: string): string[] {
  const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8") : "";
  return [...new Set([...log.matchAll(/Created shadow database (prisma_shadow_[0-9a-f]+)/g)].map((m) => m[1]!))];
}

/** The shim drops each shadow database when the engine disposes of it; allow a moment for that. */
async function expectShadowDatabasesGone(names: string[]): Promise<void> {
  let left = await existingDatabases(names);
  for (let i = 0; i < 20 && left.length > 0; i++) {
    await new Promise((r) => setTimeout(r, 500));
    left = await existingDatabases(names);
  }
  expect(left).toEqual([]);
}

let tmpDir: string;

beforeAll(async () => {
  if (!haveServer) return;
  tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), "prisma-cli-test-"));
  await admin(async (c) => {
    await c.query(`CREATE DATABASE "${DB.main}"`);
    await c.query(`CREATE DATABASE "${DB.empty}"`);
  });
});

afterAll(async () => {
  if (!haveServer) return;
  await admin(async (c) => {
    for (const name of Object.values(DB)) await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
  if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true });
});

describe.skipIf(!haveServer)("prisma CLI on the wasm schema-engine shim", () => {
  const mainUrl = databaseUrl(DB.main);

  it(
    "migrate deploy applies every migration in prisma/migrations",
    async () => {
      const result = await runPrisma(["migrate", "deploy"], { databaseUrl: mainUrl });
      expect(result.code, result.output).toBe(0);
      expect(result.output).toContain("All migrations have been successfully applied");

      const { rows } = await withClient(mainUrl, (c) =>
        c.query<{ migration_name: string }>(
          `SELECT migration_name FROM _prisma_migrations
            WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
        ),
      );
      expect(rows.map((r) => r.migration_name)).toEqual(migrationNames);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "migrate status reports the database as up to date",
    async () => {
      const result = await runPrisma(["migrate", "status"], { databaseUrl: mainUrl });
      expect(result.code, result.output).toBe(0);
      expect(result.output).toContain("Database schema is up to date");
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "migrate diff --from-migrations finds no drift, using a throwaway shadow database it then drops",
    async () => {
      const logFile = path.join(tmpDir, "diff-from-migrations.log");
      const result = await runPrisma(
        [
          "migrate",
          "diff",
          "--from-migrations",
          "prisma/migrations",
          "--to-schema",
          "prisma/schema.prisma",
          "--exit-code",
        ],
        { databaseUrl: mainUrl, env: { PRISMA_SCHEMA_ENGINE_SHIM_LOG: logFile } },
      );
      expect(result.code, result.output).toBe(0);
      expect(result.output).toContain("No difference detected");

      const shadows = shadowDatabasesIn(logFile);
      expect(shadows.length).toBeGreaterThan(0); // the migrations were replayed on a real shadow DB
      await expectShadowDatabasesGone(shadows);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "migrate diff --from-config-datasource exits 0 when the database matches the schema",
    async () => {
      const result = await runPrisma(
        ["migrate", "diff", "--from-config-datasource", "--to-schema", "prisma/schema.prisma", "--exit-code"],
        { databaseUrl: mainUrl },
      );
      expect(result.code, result.output).toBe(0);
      expect(result.output).toContain("No difference detected");
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "migrate diff --from-config-datasource exits 2 against an empty database",
    async () => {
      const result = await runPrisma(
        ["migrate", "diff", "--from-config-datasource", "--to-schema", "prisma/schema.prisma", "--exit-code"],
        { databaseUrl: databaseUrl(DB.empty) },
      );
      expect(result.code, result.output).toBe(2);
      expect(result.output).toContain("[+] Added tables");
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "migrate diff --from-empty --script prints the SQL (engine -> CLI `print` request)",
    async () => {
      const result = await runPrisma(
        ["migrate", "diff", "--from-empty", "--to-schema", "prisma/schema.prisma", "--script"],
        { databaseUrl: mainUrl },
      );
      expect(result.code, result.output).toBe(0);
      expect(result.stdout).toMatch(/CREATE TABLE "\w+"/);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "db push creates a fresh database and brings it in sync",
    async () => {
      const pushUrl = databaseUrl(DB.push);
      // The trigram indexes need the pg_trgm extension, which the migrations create but `db push` cannot
      // (Prisma's postgresqlExtensions preview does not round-trip through a shadow database). So: push a
      // copy of the schema without them to a database that does not exist yet (the engine creates it)…
      const plain = path.join(tmpDir, "no-trigram.prisma");
      fs.writeFileSync(
        plain,
        fs
          .readFileSync(path.join(ROOT, "prisma/schema.prisma"), "utf8")
          .split("\n")
          .filter((l) => !l.includes("gin_trgm_ops"))
          .join("\n")
          .replace('output   = "../lib/generated/prisma"', `output   = "${path.join(tmpDir, "generated")}"`),
      );
      const result = await runPrisma(["db", "push", "--schema", plain], { databaseUrl: pushUrl });
      expect(result.code, result.output).toBe(0);
      expect(result.output).toContain("in sync with your Prisma schema");
      expect(await existingDatabases([DB.push])).toEqual([DB.push]);

      // …then, with the extension in place, push the real schema and find no difference left.
      const c = new pg.Client({ connectionString: pushUrl });
      await c.connect();
      await c.query("CREATE EXTENSION IF NOT EXISTS pg_trgm");
      await c.end();
      const real = await runPrisma(["db", "push"], { databaseUrl: pushUrl });
      expect(real.code, real.output).toBe(0);
      const again = await runPrisma(
        ["migrate", "diff", "--from-config-datasource", "--to-schema", "prisma/schema.prisma", "--exit-code"],
        { databaseUrl: pushUrl },
      );
      expect(again.code, again.output).toBe(0);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "migrate reset --force empties the database and re-applies the migrations",
    async () => {
      await withClient(mainUrl, (c) => c.query("CREATE TABLE cli_test_marker (id int)"));
      const result = await runPrisma(["migrate", "reset", "--force"], { databaseUrl: mainUrl });
      expect(result.code, result.output).toBe(0);
      expect(result.output).toContain("Database reset successful");

      const { rows } = await withClient(mainUrl, (c) =>
        c.query<{ marker: string | null; applied: string }>(
          `SELECT to_regclass('cli_test_marker')::text AS marker,
                  (SELECT count(*) FROM _prisma_migrations WHERE finished_at IS NOT NULL)::text AS applied`,
        ),
      );
      expect(rows[0]?.marker).toBeNull();
      expect(Number(rows[0]?.applied)).toBe(migrationNames.length);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "migrate status fails fast with P1001 when the database server is unreachable",
    async () => {
      const started = Date.now();
      const result = await runPrisma(["migrate", "status"], {
        databaseUrl: "postgresql://postgres@127.0.0.1:1/cli_test_unreachable",
      });
      expect(result.code, result.output).not.toBe(0);
      expect(result.output).toContain("P1001");
      expect(result.output).toContain("Can't reach database server");
      expect(result.output).not.toMatch(/panic|EXIT_PANIC|Could not parse schema engine response/i);
      expect(Date.now() - started).toBeLessThan(60_000);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "migrate dev generates and applies a migration via a real shadow database, leaving none behind",
    async () => {
      // A throwaway project: the repository's schema + migrations, plus one extra model.
      const project = path.join(tmpDir, "project");
      fs.mkdirSync(path.join(project, "prisma"), { recursive: true });
      fs.cpSync(path.join(ROOT, "prisma/migrations"), path.join(project, "prisma/migrations"), { recursive: true });
      const schema = fs.readFileSync(path.join(ROOT, "prisma/schema.prisma"), "utf8");
      fs.writeFileSync(
        path.join(project, "prisma/schema.prisma"),
        `${schema}\n\nmodel CliTestProbe {\n  id   Int    @id @default(autoincrement())\n  note String\n}\n`,
      );
      fs.writeFileSync(
        path.join(project, "package.json"),
        JSON.stringify({ name: "cli-test-project", private: true, type: "module" }),
      );
      fs.writeFileSync(
        path.join(project, "prisma.config.ts"),
        [
          'import { defineConfig } from "prisma/config";',
          "export default defineConfig({",
          '  schema: "prisma/schema.prisma",',
          '  migrations: { path: "prisma/migrations" },',
          "  datasource: { url: process.env.DATABASE_URL! },",
          "});",
          "",
        ].join("\n"),
      );
      fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(project, "node_modules"), "dir");

      const logFile = path.join(tmpDir, "migrate-dev.log");
      const devUrl = databaseUrl(DB.dev);
      const result = await runPrisma(["migrate", "dev", "--name", "cli_probe"], {
        databaseUrl: devUrl,
        cwd: project,
        env: { PRISMA_SCHEMA_ENGINE_SHIM_LOG: logFile },
      });
      expect(result.code, result.output).toBe(0);
      expect(result.output).toContain("Your database is now in sync with your schema");

      const created = fs.readdirSync(path.join(project, "prisma/migrations")).filter((d) => d.endsWith("_cli_probe"));
      expect(created).toHaveLength(1);
      const sql = fs.readFileSync(path.join(project, "prisma/migrations", created[0]!, "migration.sql"), "utf8");
      expect(sql).toContain('CREATE TABLE "CliTestProbe"');

      const { rows } = await withClient(devUrl, (c) =>
        c.query<{ probe: string | null; applied: string }>(
          `SELECT to_regclass('"CliTestProbe"')::text AS probe,
                  (SELECT count(*) FROM _prisma_migrations WHERE finished_at IS NOT NULL)::text AS applied`,
        ),
      );
      expect(rows[0]?.probe).toBe('"CliTestProbe"');
      expect(Number(rows[0]?.applied)).toBe(migrationNames.length + 1);

      const shadows = shadowDatabasesIn(logFile);
      expect(shadows.length).toBeGreaterThan(0);
      await expectShadowDatabasesGone(shadows);
    },
    TEST_TIMEOUT_MS,
  );
});
