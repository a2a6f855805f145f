// Small process helpers shared by scripts/start.ts, scripts/test.ts and the benchmarks.
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
import { spawn, type SpawnOptions } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { BUILD_TIME_SETTINGS, type ServerEnv } from "../lib/env";

export const root = path.resolve(import.meta.dirname, "..");
export const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

/** Runs a command to completion, inheriting stdio; rejects on a non-zero exit. */
export function run(cmd: string, args: string[], opts: SpawnOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: "inherit", cwd: root, ...opts });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${path.basename(cmd)} ${args.join(" ")} exited with ${code ?? signal}`)),
    );
  });
}

/** Waits until an HTTP URL answers (any status), or throws after `timeoutMs`. */
export async function waitForHttp(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await fetch(url, { redirect: "manual" });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

/**
 * A fingerprint of everything a build depends on (the sources by size and modification time, the public
 * origin and the settings prerendered pages embed), plus `extra` paths; a changed fingerprint means build
 * again. `npm start` keeps one beside its build, `npm test` beside the e2e build.
 */
export function buildFingerprint(
  env: Pick<ServerEnv, "SITE_URL" | "PORT" | (typeof BUILD_TIME_SETTINGS)[number]>,
  extra: string[] = [],
): string {
  const hash = crypto.createHash("sha256");
  // Canonical URLs, feeds and the sitemap embed the public origin at build time.
  hash.update(`site:${env.SITE_URL ?? ""}:${env.PORT}\n`);
  // So do the footer's and meta tags' site settings (lib/site-identity.ts).
  for (const name of BUILD_TIME_SETTINGS) hash.update(`${name}:${env[name] ?? ""}\n`);
  const walk = (p: string) => {
    const full = path.join(root, p);
    if (!fs.existsSync(full)) return;
    const st = fs.statSync(full);
    if (st.isDirectory()) for (const f of fs.readdirSync(full).sort()) walk(path.join(p, f));
    else hash.update(`${p}:${st.size}:${st.mtimeMs}\n`);
  };
  const sources = [
    "app",
    "components",
    "lib",
    "i18n",
    "messages",
    "public",
    "proxy.ts",
    "instrumentation.ts",
    "next.config.ts",
    "package-lock.json",
  ];
  for (const p of [...sources, ...extra]) walk(p);
  return hash.digest("hex");
}
