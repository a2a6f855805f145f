// A fresh PostgreSQL database for one test file: on the server named by TEST_DATABASE_URL when set (CI
// uses the machine's real PostgreSQL), else an in-memory embedded PGlite. Integration files start from a
// copy of a template that tests/support/database-templates.ts migrated (and seeded) once for the run.
import crypto from "node:crypto";
import fs from "node:fs";
import pg from "pg";
import { startEmbeddedPostgres } from "../../lib/embedded-postgres";
import { createPrismaClient, type Db } from "../../lib/prisma-client";

export interface TestDatabase {
  url: string;
  embedded: boolean;
  drop(): Promise<void>;
}

export const realServerUrl = process.env.TEST_DATABASE_URL;

/**
 * A template to copy: on a real server the name of a database nobody is connected to, copied with
 * `CREATE DATABASE … TEMPLATE`; for PGlite a file holding a data directory made by `EmbeddedPostgres.dump()`.
 */
export interface DatabaseTemplate {
  embedded: boolean;
  /** Database name (server) or tarball path (PGlite). */
  source: string;
}

/** Runs `sql` on the server's maintenance connection (TEST_DATABASE_URL). */
async function onServer(sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: realServerUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

export async function freshDatabase(prefix = "t", template?: DatabaseTemplate): Promise<TestDatabase> {
  if (!realServerUrl) {
    // The embedded server is one PGlite session: clients must keep their pools small (lib/prisma-client.ts).
    process.env.DATABASE_EMBEDDED = "1";
    const loadDataDir = template ? new Blob([fs.readFileSync(template.source)]) : undefined;
    const e = await startEmbeddedPostgres({ loadDataDir });
    return { url: e.url, embedded: true, drop: () => e.stop() };
  }
  const name = `${prefix}_${crypto.randomBytes(6).toString("hex")}`;
  await onServer(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template.source}"` : ""}`);
  const url = new URL(realServerUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    embedded: false,
    drop: () => onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

export interface AppDatabase {
  database: TestDatabase;
  /** A client of the test's own, for arranging and inspecting rows. */
  db: Db;
  /** Disconnects both clients, drops the database and clears the embedded-mode flag. */
  close(): Promise<void>;
}

/**
 * A fresh database with the migrations applied (and the seed content loaded when asked) that the app's
 * own modules use too: lib/db.ts builds its client from DATABASE_URL when first imported, so import the
 * data-layer modules under test only after this resolves. A copy of the integration project's template
 * (vitest.config.ts), so no file runs the Prisma CLI or the seed itself.
 */
export async function appDatabase(prefix: string, opts: { seed?: boolean } = {}): Promise<AppDatabase> {
  const { inject } = await import("vitest");
  const templates = inject("databaseTemplates");
  const database = await freshDatabase(prefix, opts.seed ? templates.seeded : templates.migrated);
  const db = createPrismaClient(database.url);
  process.env.DATABASE_URL = database.url;
  return {
    database,
    db,
    async close() {
      const { db: appDb } = await import("../../lib/db");
      await appDb.$disconnect();
      await db.$disconnect();
      await database.drop();
      delete process.env.DATABASE_EMBEDDED;
    },
  };
}
