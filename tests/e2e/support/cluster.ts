// The production topology for tests/e2e/cluster.spec.ts: a private Redis, two instances of the built
// site and nginx with the shipped routes (deploy/nginx/portal-locations.conf), each on a free port, each a
// real process. The instances run as deploy/ runs them: `node portal-server.mjs` in the build's standalone
// folder (scripts/standalone.ts; the same build and database as the other specs), not from the checkout.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { nginxConf } from "../../../scripts/nginx-conf";

const root = path.resolve(import.meta.dirname, "..", "..", "..");

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

export async function waitFor(url: string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(2000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/** A child process whose output is kept, so a test can look for a log line. */
export class Proc {
  log = "";
  readonly child: ChildProcess;
  constructor(cmd: string, args: string[], env: NodeJS.ProcessEnv) {
    this.child = spawn(cmd, args, { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
    for (const s of [this.child.stdout, this.child.stderr]) s?.on("data", (d: Buffer) => (this.log += d.toString()));
  }
  async waitForLog(pattern: RegExp, timeoutMs = 20_000, from = 0) {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (pattern.test(this.log.slice(from))) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no ${pattern} in the log within ${timeoutMs} ms:\n${this.log.slice(-2000)}`);
  }
  async stop(signal: NodeJS.Signals = "SIGTERM") {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((r) => this.child.once("exit", r));
    this.child.kill(signal);
    await exited;
  }
}

export class Cluster {
  redis!: Proc;
  apps: Proc[] = [];
  nginx!: Proc;
  redisPort = 0;
  appPorts: number[] = [];
  port = 0;
  dir = "";

  get origin() {
    return `http://localhost:${this.port}`;
  }
  appOrigin(i: number) {
    return `http://localhost:${this.appPorts[i]}`;
  }

  async start(instances = 2) {
    this.redisPort = await freePort();
    this.port = await freePort();
    for (let i = 0; i < instances; i++) this.appPorts.push(await freePort());
    await this.startRedis();
    for (let i = 0; i < instances; i++) this.apps.push(this.startApp(i));
    await Promise.all(this.appPorts.map((p) => waitFor(`http://127.0.0.1:${p}/robots.txt`)));
    await Promise.all(this.apps.map((a) => a.waitForLog(/shared cache on/, 20_000).catch(() => {})));
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-cluster-test-"));
    fs.chmodSync(this.dir, 0o755);
    const asRoot = process.getuid?.() === 0;
    for (const sub of ["cache", "tmp"]) {
      fs.mkdirSync(path.join(this.dir, sub));
      if (asRoot) execFileSync("chown", ["nobody:nogroup", path.join(this.dir, sub)]);
    }
    fs.writeFileSync(
      path.join(this.dir, "nginx.conf"),
      nginxConf({ prefix: this.dir, port: this.port, upstreams: this.appPorts, asRoot }),
    );
    this.nginx = new Proc(
      "/usr/sbin/nginx",
      [
        "-p",
        this.dir,
        "-c",
        path.join(this.dir, "nginx.conf"),
        "-e",
        path.join(this.dir, "error.log"),
        "-g",
        "daemon off;",
      ],
      process.env,
    );
    await waitFor(`http://127.0.0.1:${this.port}/robots.txt`, 20_000);
  }

  async startRedis() {
    this.redis = new Proc(
      "redis-server",
      ["--port", String(this.redisPort), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
      process.env,
    );
    await this.redis.waitForLog(/Ready to accept connections/, 10_000);
  }

  startApp(i: number): Proc {
    const env = {
      ...process.env,
      PORT: String(this.appPorts[i]),
      HOST: "127.0.0.1",
      TRUSTED_PROXIES: "127.0.0.1",
      SITE_URL: `http://localhost:${this.port}`,
      REDIS_URL: `redis://127.0.0.1:${this.redisPort}`,
      CACHE_KEY_PREFIX: `portal-test-${this.redisPort}`,
    };
    const standalone = path.join(root, process.env.NEXT_DIST_DIR || ".next", "standalone", "portal-server.mjs");
    return new Proc(process.execPath, [standalone], env);
  }

  async restartApp(i: number) {
    await this.apps[i]!.stop("SIGKILL");
    this.apps[i] = this.startApp(i);
    await waitFor(`http://127.0.0.1:${this.appPorts[i]}/robots.txt`);
  }

  async stop() {
    await this.nginx?.stop("SIGQUIT");
    await Promise.all(this.apps.map((a) => a.stop()));
    await this.redis?.stop();
    if (this.dir) fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
