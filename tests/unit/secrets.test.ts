// Secrets (security review L9): no public default ever signs a session, derives the scheduler's token or
// salts an inquirer's hash. Outside production each checkout generates its own, once, into .data/ (0600);
// production requires both and refuses the values once published in this repository.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { authSecret, FORMER_PUBLIC_DEFAULTS, inquirySalt, localSecret, parseServerEnv } from "@/lib/env";
import { publishDueToken } from "@/app/api/internal/publish-due/token";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hd-secrets-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("localSecret", () => {
  it("generates 32 random bytes once into a 0600 file in a 0700 folder, then keeps them", () => {
    const folder = path.join(dir, "a", ".data");
    const first = localSecret("auth-secret", folder);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(fs.statSync(path.join(folder, "auth-secret")).mode & 0o777).toBe(0o600);
    expect(fs.statSync(folder).mode & 0o777).toBe(0o700);
    expect(localSecret("auth-secret", folder)).toBe(first);
    // Another checkout (or the other secret) gets another value; nothing temporary is left behind.
    expect(localSecret("auth-secret", path.join(dir, "b", ".data"))).not.toBe(first);
    expect(localSecret("inquiry-salt", folder)).not.toBe(first);
    expect(fs.readdirSync(folder).sort()).toEqual(["auth-secret", "inquiry-salt"]);
  });
});

describe("authSecret and inquirySalt", () => {
  const strong = { BETTER_AUTH_SECRET: "s".repeat(40), INQUIRY_HASH_SALT: "t".repeat(20) };

  it("outside production without variables: this checkout's generated values, never a former public default", () => {
    const e = parseServerEnv({ NODE_ENV: "test" });
    expect(authSecret(e)).toBe(localSecret("auth-secret"));
    expect(inquirySalt(e)).toBe(localSecret("inquiry-salt"));
    for (const value of [authSecret(e), inquirySalt(e)]) expect(FORMER_PUBLIC_DEFAULTS).not.toContain(value);
    // The scheduler's token (derived from the secret in force) is not derivable from anything public.
    expect(FORMER_PUBLIC_DEFAULTS.map((d) => publishDueToken(d))).not.toContain(publishDueToken());
  });

  it("use the environment's values when set", () => {
    const e = parseServerEnv({ NODE_ENV: "production", ...strong });
    expect(authSecret(e)).toBe(strong.BETTER_AUTH_SECRET);
    expect(inquirySalt(e)).toBe(strong.INQUIRY_HASH_SALT);
  });

  it("production: required, and a formerly published default is refused", () => {
    expect(() => authSecret(parseServerEnv({ NODE_ENV: "production" }))).toThrow(
      /BETTER_AUTH_SECRET: is required when NODE_ENV=production/,
    );
    expect(() => inquirySalt(parseServerEnv({ NODE_ENV: "production" }))).toThrow(
      /INQUIRY_HASH_SALT: is required when NODE_ENV=production/,
    );
    expect(() =>
      inquirySalt(parseServerEnv({ NODE_ENV: "production", INQUIRY_HASH_SALT: "development-only-inquiry-salt" })),
    ).toThrow(/INQUIRY_HASH_SALT: is a public default value/);
    expect(() =>
      authSecret(
        parseServerEnv({
          NODE_ENV: "production",
          BETTER_AUTH_SECRET: "development-only-better-auth-secret-do-not-use-in-production",
        }),
      ),
    ).toThrow(/BETTER_AUTH_SECRET: is a public default value/);
  });
});
