// A fresh, empty PostgreSQL database for one test file: on the server named by TEST_DATABASE_URL when
// set (CI uses the machine's real PostgreSQL), else an in-memory embedded PGlite.
import crypto from "node:crypto";
import pg from "pg";
import { startEmbeddedPostgres } from "../../lib/embedded-postgres";
import { prismaCli } from "../../lib/database-setup";
import { createPrismaClient, type Db } from "../../lib/prisma-client";
import { seed } from "../../prisma/seed";

export interface TestDatabase {
  url: string;
  embedded: boolean;
  drop(): Promise<void>;
}

export const realServerUrl = process.env.TEST_DATABASE_URL;

export async function freshDatabase(prefix = "t"): Promise<TestDatabase> {
  if (!realServerUrl) {
    // The embedded server is one PGlite session: clients must keep their pools small (lib/prisma-client.ts).
    process.env.DATABASE_EMBEDDED = "1";
    const e = await startEmbeddedPostgres();
    return { url: e.url, embedded: true, drop: () => e.stop() };
  }
  const name = `${prefix}_${crypto.randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: realServerUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(realServerUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    embedded: false,
    async drop() {
      const c = new pg.Client({ connectionString: realServerUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
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
 * data-layer modules under test only after this resolves.
 */
export async function appDatabase(prefix: string, opts: { seed?: boolean } = {}): Promise<AppDatabase> {
  const database = await freshDatabase(prefix);
  await prismaCli(["migrate", "deploy"], database.url, true);
  const db = createPrismaClient(database.url);
  if (opts.seed) await seed(db, undefined, () => {});
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
