// `npm start`: serves the portal on http://localhost:$PORT (default 3000).
//
// Without DATABASE_URL it runs PostgreSQL in this process (PGlite, data in .data/pglite) on a Unix
// socket in .data/run that only this user may open; with DATABASE_URL it uses that server. Either way it
// applies migrations, loads the seed content, builds the site when the build is missing or older than the sources, and starts Next.js.
// `npm run dev` does the same with `next dev`; `npm run start:cluster` runs several behind nginx (scripts/cluster.ts).
import fs from "node:fs";
import path from "node:path";
import { embeddedSocketDir, localSecret, parseServerEnv } from "../lib/env";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../lib/embedded-postgres";
import { migrateAndSeed } from "../lib/database-setup";
import { bin, buildFingerprint, root, run } from "./lib";
import { assembleStandalone } from "./standalone";
import { spawn } from "node:child_process";

const dev = process.argv.includes("--dev");
const env = parseServerEnv();

// Admin sessions are signed with BETTER_AUTH_SECRET and inquirers' addresses hashed with INQUIRY_HASH_SALT.
// When they are not set, each is generated once into .data/ (gitignored, mode 0600) and kept, so sessions
// survive restarts; `next start` (NODE_ENV=production) refuses to run without them.
process.env.BETTER_AUTH_SECRET ||= localSecret("auth-secret", path.join(root, ".data"));
process.env.INQUIRY_HASH_SALT ||= localSecret("inquiry-salt", path.join(root, ".data"));
fs.chmodSync(path.join(root, ".data"), 0o700); // secrets, the embedded database and its socket: this user only

let embedded: EmbeddedPostgres | undefined;
let databaseUrl = env.DATABASE_URL;
if (!databaseUrl) {
  const dataDir = path.join(root, ".data", "pglite");
  const socketDir = embeddedSocketDir(root);
  console.log(
    `database: embedded PGlite (${path.relative(root, dataDir)}) on ${path.relative(root, socketDir)}/.s.PGSQL.${env.EMBEDDED_DATABASE_PORT}`,
  );
  embedded = await startEmbeddedPostgres({ dataDir, port: env.EMBEDDED_DATABASE_PORT, socketDir });
  databaseUrl = embedded.url;
  process.env.DATABASE_URL = databaseUrl;
  process.env.DATABASE_EMBEDDED = "1";
} else {
  console.log(`database: ${new URL(databaseUrl).host}${new URL(databaseUrl).pathname}`);
}

async function shutdown(code: number) {
  await embedded?.stop().catch(() => {});
  process.exit(code);
}

let contentChanged = false;
try {
  ({ contentChanged } = await migrateAndSeed(databaseUrl));
} catch (e) {
  console.error((e as Error).message);
  await shutdown(1);
}

// The build directory (next.config.ts): .next unless NEXT_DIST_DIR names another.
const distDir = path.join(root, process.env.NEXT_DIST_DIR || ".next");
const stampFile = path.join(distDir, "portal-build-stamp");
if (!dev) {
  const fingerprint = buildFingerprint(env);
  // A content migration changed text the built pages were prerendered with: build again.
  const built =
    !contentChanged && fs.existsSync(path.join(distDir, "BUILD_ID")) && fs.existsSync(stampFile)
      ? fs.readFileSync(stampFile, "utf8") === fingerprint
      : false;
  if (!built) {
    console.log("build: building the site (first start or sources changed)…");
    try {
      await run(bin("next"), ["build"], { env: process.env });
      // The same build as a self-contained folder for a server (deploy/README.md); `npm start` itself
      // serves it from the checkout below.
      await assembleStandalone();
      fs.writeFileSync(stampFile, fingerprint);
    } catch (e) {
      console.error((e as Error).message);
      await shutdown(1);
    }
  }
}

// Following changes by email (lib/follow/mailer.ts): say where mail goes.
if (env.SMTP_URL) console.log(`mail: SMTP ${new URL(env.SMTP_URL).host}`);
else console.log("mail: SMTP_URL is not set — emails are kept in the outbox (admin: /zh/admin/outbox), not sent");

// `--prepare-only` (used by scripts/cluster.ts): migrated, seeded and built; the caller starts the servers.
if (process.argv.includes("--prepare-only")) await shutdown(0);

// scripts/server.ts: Next.js behind the request gate and the client-address rule, on HOST:PORT.
const child = spawn(bin("tsx"), [path.join(root, "scripts", "server.ts"), ...(dev ? ["--dev"] : [])], {
  cwd: root,
  stdio: "inherit",
  env: process.env,
});
for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => void shutdown(code ?? 0));
