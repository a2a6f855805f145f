// Global setup of the integration project (vitest.config.ts): migrates one database through Prisma's CLI
// and seeds a copy of it, once per run, instead of every test file doing both. Test files copy them
// (appDatabase in tests/support/db.ts): on a real server with `CREATE DATABASE … TEMPLATE`, on PGlite by
// loading a dump of the data directory. The templates are dropped when the run ends.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { prismaCli } from "../../lib/database-setup";
import { startEmbeddedPostgres } from "../../lib/embedded-postgres";
import { createPrismaClient } from "../../lib/prisma-client";
import { seed } from "../../lib/content/seed";
import { freshDatabase, realServerUrl, type DatabaseTemplate } from "./db";

declare module "vitest" {
  export interface ProvidedContext {
    databaseTemplates: { migrated: DatabaseTemplate; seeded: DatabaseTemplate };
  }
}

async function seedInto(url: string) {
  const db = createPrismaClient(url);
  try {
    await seed(db, undefined, () => {});
  } finally {
    // A template must have no connections left when it is copied.
    await db.$disconnect();
  }
}

/** Two databases on the TEST_DATABASE_URL server; the seeded one starts as a copy of the migrated one. */
async function serverTemplates() {
  const migrated = await freshDatabase("tpl_migrated");
  await prismaCli(["migrate", "deploy"], migrated.url, true);
  const migratedTemplate = { embedded: false, source: new URL(migrated.url).pathname.slice(1) };
  const seeded = await freshDatabase("tpl_seeded", migratedTemplate);
  await seedInto(seeded.url);
  return {
    templates: {
      migrated: migratedTemplate,
      seeded: { embedded: false, source: new URL(seeded.url).pathname.slice(1) },
    },
    drop: async () => {
      await seeded.drop();
      await migrated.drop();
    },
  };
}

/** One PGlite, dumped after the migrations and again after the seed. */
async function embeddedTemplates() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pglite-templates-"));
  const write = async (name: string, dump: Blob) => {
    const file = path.join(dir, `${name}.tar`);
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    return { embedded: true, source: file };
  };
  const flag = process.env.DATABASE_EMBEDDED;
  process.env.DATABASE_EMBEDDED = "1";
  const e = await startEmbeddedPostgres();
  try {
    await prismaCli(["migrate", "deploy"], e.url, true);
    const migrated = await write("migrated", await e.dump());
    await seedInto(e.url);
    const seeded = await write("seeded", await e.dump());
    return { templates: { migrated, seeded }, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  } finally {
    await e.stop();
    if (flag === undefined) delete process.env.DATABASE_EMBEDDED;
    else process.env.DATABASE_EMBEDDED = flag;
  }
}

export default async function setup(project: TestProject) {
  const { templates, drop } = realServerUrl ? await serverTemplates() : await embeddedTemplates();
  project.provide("databaseTemplates", templates);
  return drop;
}
