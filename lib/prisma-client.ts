// Builds a Prisma client on @prisma/adapter-pg. Shared by the app (lib/db.ts), the seed and the tests,
// so that all of them talk to PostgreSQL the same way.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { parseServerEnv } from "./env";

export type Db = PrismaClient;

/**
 * The embedded PGlite is one PostgreSQL session behind its socket server, which queues the statements
 * of all connections onto it. An earlier prototype saw 3–15% of concurrent `$transaction`s fail with
 * pools above 2, so embedded mode caps the pool at 2. tests/integration/embedded-pool.test.ts proves
 * concurrent read-modify-write transactions stay correct under load at this cap, and
 * scripts/bench/embedded-pool.ts prints the failure rate for other pool sizes.
 */
export const EMBEDDED_POOL_MAX = 2;

export function createPrismaClient(url?: string): PrismaClient {
  const env = parseServerEnv();
  const connectionString = url ?? env.DATABASE_URL;
  if (!connectionString) {
    throw new Error(
      "DATABASE_URL is not set. Start the site with `npm start` (which runs an embedded database) or set DATABASE_URL.",
    );
  }
  const max = env.DATABASE_EMBEDDED ? EMBEDDED_POOL_MAX : env.DATABASE_POOL_MAX;
  const adapter = new PrismaPg({ connectionString, max });
  return new PrismaClient({ adapter });
}
