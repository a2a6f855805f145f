// `npm run start:cluster`: the production topology on this machine (deploy/README.md).
//
//   nginx on PORT (default 3000) ── page cache keyed by content generation, compression, client address, body limits
//     ├─ instance 1 on PORT+1 ┐  'use cache' entries and tag invalidations shared
//     └─ instance 2 on PORT+2 ┘  through Redis (REDIS_URL), data in PostgreSQL
//   each `node .next/standalone/portal-server.mjs`: the standalone build with the front door of
//   scripts/server.ts (scripts/standalone.ts), as deploy/ runs it on a server
//
// Needs a PostgreSQL server (DATABASE_URL; the embedded PGlite serves one process only), Redis
// (REDIS_URL, default redis://127.0.0.1:6379) and nginx (Debian's package; installed with apt when missing
// and running as root). Migrates, seeds and builds like `npm start`, then starts CLUSTER_INSTANCES (2)
// instances and nginx, and stops them all on Ctrl-C. nginx's files go to a private temporary folder.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import Redis from "ioredis";
import { z } from "zod";
import { localSecret, parseServerEnv } from "../lib/env";
import { bin, root, run, waitForHttp } from "./lib";
import { nginxConf } from "./nginx-conf";

const clusterEnv = z
  .object({
    DATABASE_URL: z
      .string({
        error:
          "is required: the cluster's instances share one PostgreSQL server (e.g. postgresql://postgres@127.0.0.1:5432/portal)",
      })
      .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL"),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, "must be a redis:// URL")
      .default("redis://127.0.0.1:6379"),
    PORT: z.coerce.number().int().min(1).max(65_000).default(3000),
    CLUSTER_INSTANCES: z.coerce.number().int().min(1).max(16).default(2),
    NGINX: z.string().default("/usr/sbin/nginx"),
  })
  .safeParse(process.env);
if (!clusterEnv.success) {
  for (const i of clusterEnv.error.issues) console.error(`start:cluster: ${i.path.join(".")} ${i.message}`);
  process.exit(2);
}
const { DATABASE_URL, REDIS_URL, PORT, CLUSTER_INSTANCES, NGINX } = clusterEnv.data;
const SITE_URL = process.env.SITE_URL || `http://localhost:${PORT}`;
const ports = Array.from({ length: CLUSTER_INSTANCES }, (_, i) => PORT + 1 + i);
parseServerEnv({ ...process.env, REDIS_URL, SITE_URL });

const children: ChildProcess[] = [];
let stopping = false;
function stopAll(code: number) {
  stopping = true;
  for (const c of children) c.kill("SIGTERM");
  setTimeout(() => process.exit(code), 1500).unref();
}
for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => stopAll(0));

// Redis first: a cluster without its shared cache would serve stale pages after a publish.
{
  const probe = new Redis(REDIS_URL, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    connectTimeout: 2000,
    retryStrategy: () => null,
  });
  probe.on("error", () => {});
  try {
    await probe.connect();
    await probe.ping();
  } catch (e) {
    console.error(
      `start:cluster: Redis does not answer at ${REDIS_URL} (${(e as Error).message}). Start it, e.g. \`redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save ""\`.`,
    );
    process.exit(2);
  } finally {
    probe.disconnect();
  }
}

if (!fs.existsSync(NGINX)) {
  if (process.getuid?.() !== 0) {
    console.error(`start:cluster: nginx is missing (${NGINX}): \`sudo apt-get install -y nginx\`.`);
    process.exit(2);
  }
  console.log("start:cluster: installing Debian's nginx…");
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", "nginx"], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
}

// Migrate, seed and build exactly as `npm start` does (the build embeds SITE_URL).
const common = { ...process.env, DATABASE_URL, REDIS_URL, SITE_URL, NODE_ENV: "production" as const };
process.env.BETTER_AUTH_SECRET ||= localSecret("auth-secret", path.join(root, ".data"));
process.env.INQUIRY_HASH_SALT ||= localSecret("inquiry-salt", path.join(root, ".data"));
// The build never talks to Redis (next.config.ts): the same build serves one instance or many.
const { REDIS_URL: _notForTheBuild, ...buildEnv } = common;
await run(bin("tsx"), [path.join(root, "scripts", "start.ts"), "--prepare-only"], {
  env: { ...buildEnv, PORT: String(PORT) },
});

function prefixed(child: ChildProcess, name: string) {
  for (const stream of [child.stdout, child.stderr])
    stream?.on("data", (d: Buffer) => {
      for (const line of d.toString().split("\n")) if (line) console.log(`[${name}] ${line}`);
    });
}

const standaloneServer = path.join(root, process.env.NEXT_DIST_DIR || ".next", "standalone", "portal-server.mjs");
for (const [i, port] of ports.entries()) {
  // Each instance runs from the build's standalone folder (scripts/standalone.ts), as on a real server
  // (deploy/README.md): `node portal-server.mjs`, the same front door as `npm start`.
  const child = spawn(process.execPath, [standaloneServer], {
    cwd: root,
    env: {
      ...common,
      BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET,
      INQUIRY_HASH_SALT: process.env.INQUIRY_HASH_SALT,
      PORT: String(port),
      HOST: "127.0.0.1",
      TRUSTED_PROXIES: "127.0.0.1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  prefixed(child, `app${i + 1}`);
  child.on("exit", (code) => {
    if (!stopping)
      console.error(`[app${i + 1}] exited with ${code}; nginx sends its requests to the other instance(s)`);
  });
  children.push(child);
}
await Promise.all(ports.map((p) => waitForHttp(`http://127.0.0.1:${p}/robots.txt`, 180_000)));

// nginx: the shipped locations (deploy/nginx/portal-locations.conf) in a small config of its own.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-nginx-"));
fs.chmodSync(dir, 0o755);
const asRoot = process.getuid?.() === 0;
for (const sub of ["cache", "tmp"]) {
  fs.mkdirSync(path.join(dir, sub));
  if (asRoot) execFileSync("chown", ["nobody:nogroup", path.join(dir, sub)]);
}
fs.writeFileSync(path.join(dir, "nginx.conf"), nginxConf({ prefix: dir, port: PORT, upstreams: ports, asRoot }));
const nginx = spawn(
  NGINX,
  ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", path.join(dir, "error.log"), "-g", "daemon off;"],
  {
    stdio: ["ignore", "pipe", "pipe"],
  },
);
prefixed(nginx, "nginx");
nginx.on("exit", (code) => {
  if (!stopping) {
    console.error(`[nginx] exited with ${code}: see ${dir}/error.log`);
    stopAll(1);
  }
});
children.push(nginx);
await waitForHttp(`http://127.0.0.1:${PORT}/robots.txt`, 30_000);
console.log(
  `cluster: ${SITE_URL} — nginx on 127.0.0.1:${PORT} → ${ports.map((p) => `127.0.0.1:${p}`).join(", ")}; cache shared through ${new URL(REDIS_URL).host}; database ${new URL(DATABASE_URL).host}${new URL(DATABASE_URL).pathname}`,
);
