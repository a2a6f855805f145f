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

export async function migrateAndSeed(databaseUrl: string, opts: { quiet?: boolean } = {}) {
  await prismaCli(["migrate", "deploy"], databaseUrl, opts.quiet);
  const { seed, ensureAdmin } = await import("../prisma/seed");
  const db = createPrismaClient(databaseUrl);
  try {
    await seed(db, undefined, opts.quiet ? () => {} : console.log);
    // The first admin from ADMIN_EMAIL / ADMIN_PASSWORD, when set (docs/decisions/004-auth.md).
    await ensureAdmin(db, parseServerEnv(), opts.quiet ? () => {} : console.log);
  } finally {
    await db.$disconnect();
  }
}
