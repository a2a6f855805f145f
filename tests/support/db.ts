// A fresh, empty PostgreSQL database for one test file: on the server named by TEST_DATABASE_URL when
// set (CI uses the machine's real PostgreSQL), else an in-memory embedded PGlite.
import crypto from "node:crypto";
import pg from "pg";
import { startEmbeddedPostgres } from "../../lib/embedded-postgres";

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
