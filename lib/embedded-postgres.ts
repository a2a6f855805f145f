// Embedded PostgreSQL for `npm start` without DATABASE_URL and for tests without TEST_DATABASE_URL:
// PGlite (PostgreSQL compiled to WebAssembly) in this process, served on a loopback port by
// pglite-socket so that Prisma's CLI, the seed and Next.js all connect to it like to a real server.
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { embeddedDatabaseUrl } from "./env";

export interface EmbeddedPostgres {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder that keeps the data between runs; omit for an in-memory database. */
  dataDir?: string;
  /** Loopback port; 0 picks a free one. */
  port?: number;
}

export async function startEmbeddedPostgres(options: EmbeddedOptions = {}): Promise<EmbeddedPostgres> {
  if (options.dataDir) fs.mkdirSync(path.dirname(options.dataDir), { recursive: true });
  const db = await PGlite.create({
    dataDir: options.dataDir,
    extensions: { pg_trgm },
  });
  const port = options.port ?? 0;
  const server = new PGLiteSocketServer({
    db,
    host: "127.0.0.1",
    port,
    // The app holds one connection (EMBEDDED_POOL_MAX); the CLI, seed and tests may open a few more.
    maxConnections: 16,
  });
  await server.start();
  const conn = server.getServerConn(); // "127.0.0.1:PORT"
  const actualPort = Number(conn.split(":").pop());
  return {
    url: embeddedDatabaseUrl(actualPort),
    port: actualPort,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
