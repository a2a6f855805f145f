import path from "node:path";
import { defineConfig } from "prisma/config";
import { embeddedDatabaseUrl, embeddedSocketDir, parseServerEnv } from "./lib/env";

// Prisma's CLI wants a native schema engine, which cannot be downloaded here. We ship a drop-in
// executable (scripts/schema-engine/bin) that speaks the engine's JSON-RPC protocol over the
// WebAssembly build of the same engine. A user-provided PRISMA_SCHEMA_ENGINE_BINARY wins.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(import.meta.dirname, "scripts/schema-engine/bin");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
  datasource: {
    // Without DATABASE_URL the CLI talks to the embedded database that `npm start` serves (its Unix socket
    // in .data/run).
    url:
      process.env.DATABASE_URL ??
      embeddedDatabaseUrl(parseServerEnv().EMBEDDED_DATABASE_PORT, embeddedSocketDir(import.meta.dirname)),
  },
});
