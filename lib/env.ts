// The one place the server reads its configuration. Parsed by zod at start-up: a bad value stops the
// process with a message that names the variable, instead of failing later in a request.
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { z } from "zod";

const boolish = z
  .enum(["0", "1", "true", "false"])
  .optional()
  .transform((v) => v === "1" || v === "true");

/**
 * Values once published in this repository as development defaults. Nothing falls back to them any more;
 * production refuses them if someone copied one into the environment.
 */
export const FORMER_PUBLIC_DEFAULTS: readonly string[] = [
  "development-only-inquiry-salt",
  "development-only-better-auth-secret-do-not-use-in-production",
];

/** An optional text setting: an empty or blank value counts as unset. */
function optionalText<T extends z.ZodType<string>>(schema: T) {
  return z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v),
    schema.optional(),
  );
}

const verificationToken = z
  .string()
  .regex(/^[A-Za-z0-9_.-]{4,100}$/, "must be the token the search console gives (letters, digits, - _ .)");

const serverEnvObject = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** A PostgreSQL URL. When absent, `npm start` runs an embedded PGlite and sets this itself. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
    .optional(),
  /** Set by scripts/start.ts when DATABASE_URL points at the embedded PGlite socket server. */
  DATABASE_EMBEDDED: boolish,
  /** Upper bound of the connection pool. Embedded mode caps it at EMBEDDED_POOL_MAX, 2 (lib/prisma-client.ts). */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  /** Number in the embedded PGlite's socket name, .data/run/.s.PGSQL.<n> (prisma.config.ts uses it too). */
  EMBEDDED_DATABASE_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** The interface `npm start` listens on: loopback unless a proxy on another host must reach it. */
  HOST: z
    .union([z.ipv4(), z.ipv6(), z.literal("localhost")], "must be an IP address or localhost")
    .default("127.0.0.1"),
  /**
   * Proxies whose X-Forwarded-For the site believes (lib/client-address.ts): comma-separated addresses or
   * CIDR ranges, e.g. `127.0.0.1,10.0.0.0/8`. Default: none, so the socket's address is the client's.
   */
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .transform((v) =>
      v
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().refine(isAddressOrCidr, "each entry must be an IP address or CIDR range")).max(100)),
  /**
   * Redis shared by several instances of the site for `'use cache'` entries and tag invalidations
   * (lib/cache/redis-cache-handler.mjs). Unset: each process caches in its own memory.
   */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/[^\s]+$/, "must be a redis:// or rediss:// URL")
    .optional(),
  /** Prefix of the keys and channel in Redis: several sites (or test runs) may share one Redis. */
  CACHE_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,64}$/, "letters, digits, _ . - (at most 64)")
    .default("portal"),
  /** Memory (MB) each instance keeps for cached entries besides Redis. */
  CACHE_MEMORY_MB: z.coerce.number().int().min(1).max(4096).default(64),
  /** Memory (MB) the front door keeps for finished public pages (lib/http/document-cache.ts); 0 turns it off. */
  DOCUMENT_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(32),
  /** Public origin used for canonical URLs, sitemaps and feeds. */
  SITE_URL: z.url().optional(),
  /**
   * Secret salt of the hash that stands in for an inquirer's address (rate limiting without keeping the
   * address). Required when NODE_ENV=production (see inquirySalt): `openssl rand -hex 32`.
   */
  INQUIRY_HASH_SALT: z.string().min(16, "must be at least 16 characters").optional(),
  /**
   * Signs the admin's session cookies (lib/auth/config.ts). Required when NODE_ENV=production (see authSecret).
   * Generate one: `openssl rand -base64 32`.
   */
  BETTER_AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** Failed sign-ins one address may make for one account before the growing back-off starts (lib/auth/sign-in-throttle.ts). */
  AUTH_SIGN_IN_MAX: z.coerce.number().int().min(1).max(1000).default(5),
  /** A session ends this many hours after sign-in, however active (it also ends after 12 idle hours). */
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(24),
  /**
   * Where email goes (lib/follow/mailer.ts): `smtp://user:pass@host:587` or `smtps://…:465`. Unset: mail is
   * written to the outbox table instead, which admins read at /admin/outbox.
   */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, "must be an smtp:// or smtps:// URL")
    .optional(),
  /** The From of every email, e.g. `Zones portal <alerts@example.org>`; default no-reply@ the SITE_URL host. */
  MAIL_FROM: z.string().min(3).max(200).optional(),
  /** With ADMIN_PASSWORD: the first admin, created by `npm start` / the seed when no such user exists. */
  ADMIN_EMAIL: z.email("must be an email address").optional(),
  ADMIN_PASSWORD: z
    .string()
    .min(12, "must be at least 12 characters")
    .max(128, "must be at most 128 characters")
    .optional(),
  // Government-site conventions (lib/site-identity.ts): each one absent → its tag or footer line is not shown.
  /** 政府网站标识码: the site identifier code issued with the registration, 10 letters or digits. Turns on the SiteName/SiteIDCode/Column… meta tags. */
  SITE_ID_CODE: optionalText(z.string().regex(/^[0-9A-Za-z]{10}$/, "must be 10 letters or digits")),
  /** 主办 (organizing unit) per language; a language without its own name shows the Chinese one. */
  SITE_ORGANIZER_ZH: optionalText(z.string().max(200)),
  SITE_ORGANIZER_KO: optionalText(z.string().max(200)),
  SITE_ORGANIZER_EN: optionalText(z.string().max(200)),
  /** 承办 (operating unit) per language, like SITE_ORGANIZER_*. */
  SITE_OPERATOR_ZH: optionalText(z.string().max(200)),
  SITE_OPERATOR_KO: optionalText(z.string().max(200)),
  SITE_OPERATOR_EN: optionalText(z.string().max(200)),
  /** ICP filing number, e.g. 吉ICP备12345678号-1 (linked to https://beian.miit.gov.cn/). */
  ICP_NUMBER: optionalText(z.string().max(60).regex(/ICP/, "must be an ICP filing number (…ICP备…号)")),
  /** Public-security filing number, e.g. 吉公网安备22010202000123号 (linked to https://beian.mps.gov.cn/). */
  PSB_NUMBER: optionalText(
    z
      .string()
      .max(60)
      .regex(/\d{6,}/, "must contain the filing's number"),
  ),
  /** Contact shown in the footer. */
  SITE_CONTACT_EMAIL: optionalText(z.email("must be an email address")),
  SITE_CONTACT_PHONE: optionalText(
    z
      .string()
      .max(40)
      .regex(/^[0-9+() -]+$/, "must be a telephone number"),
  ),
  // Search-engine site verification (lib/seo.ts siteVerification): the token each console issues.
  GOOGLE_SITE_VERIFICATION: optionalText(verificationToken),
  NAVER_SITE_VERIFICATION: optionalText(verificationToken),
  BAIDU_SITE_VERIFICATION: optionalText(verificationToken),
});

function isAddressOrCidr(value: string): boolean {
  const [address = "", prefix, ...rest] = value.split("/");
  const family = net.isIP(address);
  if (!family || rest.length) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

export const serverEnvSchema = serverEnvObject.superRefine((e, ctx) => {
  if (e.ADMIN_EMAIL && !e.ADMIN_PASSWORD)
    ctx.addIssue({ code: "custom", path: ["ADMIN_PASSWORD"], message: "is required when ADMIN_EMAIL is set" });
  if (e.ADMIN_PASSWORD && !e.ADMIN_EMAIL)
    ctx.addIssue({ code: "custom", path: ["ADMIN_EMAIL"], message: "is required when ADMIN_PASSWORD is set" });
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

/** Settings that prerendered pages embed (footer, meta tags): changing one needs a new build (scripts/start.ts). */
export const BUILD_TIME_SETTINGS = [
  "SITE_ID_CODE",
  "SITE_ORGANIZER_ZH",
  "SITE_ORGANIZER_KO",
  "SITE_ORGANIZER_EN",
  "SITE_OPERATOR_ZH",
  "SITE_OPERATOR_KO",
  "SITE_OPERATOR_EN",
  "ICP_NUMBER",
  "PSB_NUMBER",
  "SITE_CONTACT_EMAIL",
  "SITE_CONTACT_PHONE",
  "GOOGLE_SITE_VERIFICATION",
  "NAVER_SITE_VERIFICATION",
  "BAIDU_SITE_VERIFICATION",
] as const satisfies readonly (keyof ServerEnv)[];

export function parseServerEnv(source: NodeJS.ProcessEnv = process.env): ServerEnv {
  const result = serverEnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: ServerEnv | undefined;
export function env(): ServerEnv {
  cached ??= parseServerEnv();
  return cached;
}

export function siteUrl(): string {
  const e = env();
  return (e.SITE_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, "");
}

/** The folder of the embedded database's Unix socket under `npm start` (0700; see lib/embedded-postgres.ts). */
export function embeddedSocketDir(root = process.cwd()): string {
  return path.join(root, ".data", "run");
}

/**
 * The URL of the embedded database served by `npm start` (and the tests) when DATABASE_URL is unset: the
 * Unix socket `<socketDir>/.s.PGSQL.<port>` (pg and Prisma take the folder from `host=`).
 */
export function embeddedDatabaseUrl(port: number, socketDir = embeddedSocketDir()): string {
  return `postgresql://postgres:postgres@localhost:${port}/postgres?host=${encodeURIComponent(socketDir)}&sslmode=disable`;
}

/**
 * A secret of this checkout, generated once (32 random bytes, hex) into `.data/<name>` with mode 0600 and
 * kept, so sessions survive restarts: what `npm start`, `npm run dev`, `next dev` and the tests use when the
 * variable is unset. Created with a hard link from a temporary file, so processes starting together all
 * read the same complete value.
 */
export function localSecret(name: "auth-secret" | "inquiry-salt", dir = path.join(process.cwd(), ".data")): string {
  // Files of the running checkout, not of the build: kept out of the build's file tracing (and so out of
  // the standalone output, deploy/README.md), which would otherwise copy the whole project.
  const file = path.join(/*turbopackIgnore: true*/ dir, name);
  if (!fs.existsSync(/*turbopackIgnore: true*/ file)) {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString("hex")}`;
    fs.writeFileSync(tmp, crypto.randomBytes(32).toString("hex"), { mode: 0o600 });
    try {
      fs.linkSync(tmp, file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    } finally {
      fs.rmSync(tmp, { force: true });
    }
  }
  return fs.readFileSync(/*turbopackIgnore: true*/ file, "utf8").trim();
}

/** A secret from the environment; in production it must be set (and not a former public default). */
function requiredSecret(
  e: ServerEnv,
  name: "BETTER_AUTH_SECRET" | "INQUIRY_HASH_SALT",
  local: "auth-secret" | "inquiry-salt",
  hint: string,
): string {
  const value = e[name];
  if (e.NODE_ENV !== "production") return value ?? localSecret(local);
  if (!value || FORMER_PUBLIC_DEFAULTS.includes(value))
    throw new Error(
      `Invalid environment configuration:\n  ${name}: ${value ? "is a public default value" : "is required"} when NODE_ENV=production (${hint})`,
    );
  return value;
}

/**
 * The secret that signs admin sessions (and derives the scheduler's token). Required when
 * NODE_ENV=production: lib/auth/config.ts calls this when it loads and instrumentation.ts when the server
 * starts, so `next build` and `next start` stop with this message instead of signing cookies with a
 * known value. (Not one of the schema's checks: `next typegen` loads next.config.ts in production mode
 * and must work without secrets.) Elsewhere: the checkout's own generated secret (localSecret).
 */
export function authSecret(e: ServerEnv = env()): string {
  return requiredSecret(
    e,
    "BETTER_AUTH_SECRET",
    "auth-secret",
    "at least 32 characters, e.g. `openssl rand -base64 32`",
  );
}

/** The salt of inquirers' address hashes: required in production like authSecret, generated elsewhere. */
export function inquirySalt(e: ServerEnv = env()): string {
  return requiredSecret(e, "INQUIRY_HASH_SALT", "inquiry-salt", "at least 16 characters, e.g. `openssl rand -hex 32`");
}

/** Called when the server starts (instrumentation.ts): production without its secrets does not start. */
export function assertSecrets(e: ServerEnv = env()): void {
  authSecret(e);
  inquirySalt(e);
}
