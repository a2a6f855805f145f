// The seed's command-line entry: `npm run db:seed` / `prisma db seed` (DATABASE_URL must be set; `npm start`
// runs the seed for you). The seed itself is lib/content/seed.ts.
import { pathToFileURL } from "node:url";
import { createPrismaClient } from "../lib/prisma-client";
import { seed } from "../lib/content/seed";

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const db = createPrismaClient();
  seed(db)
    .then(() => db.$disconnect())
    .catch(async (e) => {
      console.error(e instanceof Error ? e.message : e);
      await db.$disconnect();
      process.exit(1);
    });
}
