// Embedded PostgreSQL for `npm start` without DATABASE_URL and for tests without TEST_DATABASE_URL:
// PGlite (PostgreSQL compiled to WebAssembly) in this process, served by pglite-socket on a Unix socket
// so that Prisma's CLI, the seed and Next.js all connect to it like to a real server.
//
// Safe at rest: the socket lives in a directory only this user may enter (0700), since the server asks
// for no password, and the data directory is 0700 with its files 0600 (PGlite creates them 0666; existing
// installs are tightened on every start, and again on stop).
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { embeddedDatabaseUrl } from "./env";

export interface EmbeddedPostgres {
  url: string;
  /** The number in the socket's name (`.s.PGSQL.<port>`); no TCP port is opened. */
  port: number;
  /** The private directory that holds the socket. */
  socketDir: string;
  /** The whole data directory as a tarball, for `loadDataDir` (the tests' template databases). */
  dump(): Promise<Blob>;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder that keeps the data between runs; omit for an in-memory database. */
  dataDir?: string;
  /** The number in the socket's name; default 5432. */
  port?: number;
  /** Folder of the socket; default `run` beside dataDir, or a fresh temporary folder for an in-memory database. */
  socketDir?: string;
  /** Start from a copy of another database: a tarball made by `dump()`. */
  loadDataDir?: Blob;
}

/** Owner only: directories 0700, files 0600, for dir and everything in it. */
export function restrictToOwner(dir: string): void {
  fs.chmodSync(dir, 0o700);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) restrictToOwner(full);
    else if (entry.isFile()) fs.chmodSync(full, 0o600);
  }
}

/** A private directory (created or tightened to 0700). */
function privateDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dir, 0o700);
}

/** Unix socket paths are limited to about 104 bytes (sockaddr_un). */
const MAX_SOCKET_PATH = 103;

/** Removes a socket file left by a process that died; refuses when a server still answers on it. */
async function clearStaleSocket(socketPath: string): Promise<void> {
  if (!fs.existsSync(socketPath)) return;
  const alive = await new Promise<boolean>((resolve) => {
    const s = net.connect(socketPath);
    s.once("connect", () => (s.destroy(), resolve(true)));
    s.once("error", () => resolve(false));
  });
  if (alive) throw new Error(`The embedded database is already being served at ${socketPath} (another npm start?).`);
  fs.rmSync(socketPath, { force: true });
}

export async function startEmbeddedPostgres(options: EmbeddedOptions = {}): Promise<EmbeddedPostgres> {
  const { dataDir } = options;
  let socketDir = options.socketDir;
  let temporarySocketDir = false;
  if (dataDir) {
    privateDir(dataDir);
    restrictToOwner(dataDir);
    socketDir ??= path.join(path.dirname(dataDir), "run");
  } else if (!socketDir) {
    socketDir = fs.mkdtempSync(path.join(os.tmpdir(), "pglite-")); // created 0700
    temporarySocketDir = true;
  }
  privateDir(socketDir);
  const port = options.port || 5432;
  const socketPath = path.join(socketDir, `.s.PGSQL.${port}`);
  if (Buffer.byteLength(socketPath) > MAX_SOCKET_PATH)
    throw new Error(`The embedded database's socket path is too long for a Unix socket: ${socketPath}`);
  await clearStaleSocket(socketPath);

  const db = await PGlite.create({ dataDir, loadDataDir: options.loadDataDir, extensions: { pg_trgm } });
  if (dataDir) restrictToOwner(dataDir);
  const server = new PGLiteSocketServer({
    db,
    path: socketPath,
    // The app's pool holds at most EMBEDDED_POOL_MAX (2) connections (lib/prisma-client.ts); the CLI, seed
    // and tests may open a few more.
    maxConnections: 16,
  });
  await server.start();
  fs.chmodSync(socketPath, 0o600);
  return {
    url: embeddedDatabaseUrl(port, socketDir),
    port,
    socketDir,
    dump: () => db.dumpDataDir("none"),
    async stop() {
      await server.stop();
      await db.close();
      fs.rmSync(socketPath, { force: true });
      if (temporarySocketDir) fs.rmSync(socketDir, { recursive: true, force: true });
      if (dataDir) restrictToOwner(dataDir);
    },
  };
}
