// Bringing a database to the state the app needs: migrations applied (through Prisma's own CLI and our
// WebAssembly schema engine), then the seed content loaded. Used by `npm start` and the tests.
import path from "node:path";
import { spawn } from "node:child_process";
import { createPrismaClient } from "./prisma-client";
import { parseServerEnv } from "./env";

const root = path.resolve(import.meta.dirname, "..");

export function prismaCli(args: string[], databaseUrl: string, quiet = false): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(root, "node_modules/.bin/prisma"), args, {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    });
    let output = "";
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`prisma ${args.join(" ")} failed (exit ${code})\n${output}`)),
    );
  });
}

/**
 * Migrations, seed, content migrations (corrected seed text as new revisions on a database seeded
 * earlier: lib/content/migrate.ts), first admin. `contentChanged` tells the caller that text changed in
 * the database, so a site built before it is stale.
 */
export async function migrateAndSeed(
  databaseUrl: string,
  opts: { quiet?: boolean } = {},
): Promise<{ contentChanged: boolean }> {
  await prismaCli(["migrate", "deploy"], databaseUrl, opts.quiet);
  const { seed, ensureAdmin } = await import("../prisma/seed");
  const { runContentMigrations } = await import("./content/migrate");
  const log = opts.quiet ? () => {} : console.log;
  const db = createPrismaClient(databaseUrl);
  try {
    const seeded = await seed(db, undefined, log);
    // A database the seed has just filled holds the current content already.
    const fresh = Object.values(seeded).every((t) => t.existing === 0);
    const reports = await runContentMigrations(db, { fresh, log });
    // The first admin from ADMIN_EMAIL / ADMIN_PASSWORD, when set (docs/decisions/004-auth.md).
    await ensureAdmin(db, parseServerEnv(), log);
    return { contentChanged: reports.some((r) => r.changed.length > 0) };
  } finally {
    await db.$disconnect();
  }
}
