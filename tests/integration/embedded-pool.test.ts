// Embedded mode under load: the app's Prisma client (pool capped by DATABASE_EMBEDDED) against PGlite's
// socket server, with many concurrent interactive transactions doing read-modify-write. Every one of
// them must commit and none may see another's uncommitted state.
import { afterAll, beforeAll, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/embedded-postgres";
import { createPrismaClient, EMBEDDED_POOL_MAX, type Db } from "@/lib/prisma-client";

let pgl: EmbeddedPostgres;
let db: Db;

beforeAll(async () => {
  pgl = await startEmbeddedPostgres();
  process.env.DATABASE_EMBEDDED = "1";
  db = createPrismaClient(pgl.url);
  await db.$executeRawUnsafe(`CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL)`);
  await db.$executeRawUnsafe(`INSERT INTO counter VALUES (1, 0)`);
});

afterAll(async () => {
  delete process.env.DATABASE_EMBEDDED;
  await db?.$disconnect();
  await pgl?.stop();
});

it(`caps the pool at ${EMBEDDED_POOL_MAX} and keeps 300 concurrent transactions correct`, async () => {
  expect(EMBEDDED_POOL_MAX).toBeLessThanOrEqual(2);
  const N = 300;
  const results = await Promise.allSettled(
    Array.from({ length: N }, () =>
      db.$transaction(
        async (tx) => {
          const [row] = await tx.$queryRawUnsafe<{ n: number }[]>(`SELECT n FROM counter WHERE id = 1`);
          await tx.$executeRawUnsafe(`UPDATE counter SET n = $1 WHERE id = 1`, row!.n + 1);
        },
        { timeout: 60_000, maxWait: 60_000 },
      ),
    ),
  );
  const failures = results.filter((r) => r.status === "rejected");
  expect(failures.map((f) => String((f as PromiseRejectedResult).reason).slice(0, 200))).toEqual([]);
  const [final] = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT n FROM counter WHERE id = 1`);
  expect(final!.n).toBe(N);
});
