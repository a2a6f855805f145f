// Prints how concurrent interactive transactions fare against the embedded PGlite socket server for
// several pool sizes — the figures behind EMBEDDED_POOL_MAX in lib/prisma-client.ts.
// Usage: tsx scripts/bench/embedded-pool.ts [transactions=300]
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { startEmbeddedPostgres } from "../../lib/embedded-postgres";

const N = Number(process.argv[2] ?? 300);
for (const max of [1, 2, 4, 8]) {
  const pgl = await startEmbeddedPostgres();
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: pgl.url, max }) });
  await db.$executeRawUnsafe(`CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL)`);
  await db.$executeRawUnsafe(`INSERT INTO counter VALUES (1, 0)`);
  const t0 = performance.now();
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
  const ms = performance.now() - t0;
  const failed = results.filter((r) => r.status === "rejected").length;
  const [final] = await db
    .$queryRawUnsafe<{ n: number }[]>(`SELECT n FROM counter WHERE id = 1`)
    .catch(() => [{ n: NaN }]);
  console.log(
    `pool ${max}: ${N} transactions, ${failed} failed (${((failed / N) * 100).toFixed(1)}%), counter ${final!.n} (lost updates ${N - failed - final!.n}), ${(N / (ms / 1000)).toFixed(0)} tx/s`,
  );
  await db.$disconnect().catch(() => {});
  await pgl.stop().catch(() => {});
}
