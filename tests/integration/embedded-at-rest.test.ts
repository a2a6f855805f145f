// The embedded database at rest (security review M4): after a real start, its data directory is 0700 with
// every file 0600 (an install left 0666/0777 by an older version is tightened), it is served on a Unix
// socket in a 0700 directory instead of a TCP port, and another local user can neither connect nor read.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/lib/embedded-postgres";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "hd-at-rest-"));
const dataDir = path.join(root, "pglite");
const socketDir = path.join(root, "run");

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** Every entry under dir with its permission bits, e.g. ["base 700", "PG_VERSION 600", …]. */
function modes(dir: string): { file: string; mode: number; dir: boolean }[] {
  return fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).map((file) => {
    const st = fs.statSync(path.join(dir, file));
    return { file, mode: st.mode & 0o777, dir: st.isDirectory() };
  });
}

function loosen(dir: string) {
  fs.chmodSync(dir, 0o777);
  for (const e of modes(dir)) fs.chmodSync(path.join(dir, e.file), e.dir ? 0o777 : 0o666);
}

const query = async (url: string, sql: string) => {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql)).rows;
  } finally {
    await c.end();
  }
};

it("keeps the data directory 0700 with files 0600, also for an install left world-writable", async () => {
  const first = await startEmbeddedPostgres({ dataDir, socketDir, port: 54777 });
  await query(first.url, "CREATE TABLE kept (x int); INSERT INTO kept VALUES (42)");
  await first.stop();
  loosen(dataDir); // what earlier versions left behind
  expect(modes(dataDir).some((e) => e.mode === 0o666)).toBe(true);

  const e = await startEmbeddedPostgres({ dataDir, socketDir, port: 54777 });
  try {
    expect(await query(e.url, "SELECT x FROM kept")).toEqual([{ x: 42 }]);
    expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);
    const entries = modes(dataDir);
    expect(entries.filter((x) => !x.dir).length).toBeGreaterThan(100);
    expect(
      entries.filter((x) => x.mode !== (x.dir ? 0o700 : 0o600)).map((x) => `${x.file} ${x.mode.toString(8)}`),
    ).toEqual([]);

    // A Unix socket in a private directory, no TCP port.
    expect(new URL(e.url).searchParams.get("host")).toBe(socketDir);
    expect(fs.statSync(socketDir).mode & 0o777).toBe(0o700);
    const socket = path.join(socketDir, ".s.PGSQL.54777");
    expect(fs.statSync(socket).isSocket()).toBe(true);
    await expect(query("postgresql://postgres:postgres@127.0.0.1:54777/postgres", "SELECT 1")).rejects.toThrow(
      /ECONNREFUSED/,
    );
  } finally {
    await e.stop();
  }
  // Stopping leaves no socket behind and the files still private.
  expect(fs.existsSync(path.join(socketDir, ".s.PGSQL.54777"))).toBe(false);
  expect(modes(dataDir).filter((x) => x.mode !== (x.dir ? 0o700 : 0o600))).toEqual([]);
});

it.runIf(process.getuid?.() === 0)(
  "another local user can neither connect to the socket nor read the data",
  async () => {
    const e = await startEmbeddedPostgres({ dataDir, socketDir, port: 54778 });
    try {
      fs.chmodSync(root, 0o755); // only the database's own folders keep others out
      const probe = `
      const net = require("node:net"), fs = require("node:fs");
      const out = {};
      try { fs.readFileSync(${JSON.stringify(path.join(dataDir, "PG_VERSION"))}); out.read = "ok"; } catch (e) { out.read = e.code; }
      const s = net.connect(${JSON.stringify(path.join(socketDir, ".s.PGSQL.54778"))});
      s.on("connect", () => { out.connect = "ok"; console.log(JSON.stringify(out)); s.destroy(); });
      s.on("error", (e) => { out.connect = e.code; console.log(JSON.stringify(out)); });`;
      const r = spawnSync(process.execPath, ["-e", probe], { uid: 65534, gid: 65534, encoding: "utf8", cwd: "/" });
      expect(r.stderr).toBe("");
      expect(JSON.parse(r.stdout)).toEqual({ read: "EACCES", connect: "EACCES" });
    } finally {
      await e.stop();
    }
  },
);
