// The one place the server reads its configuration. Parsed by zod at start-up: a bad value stops the
// process with a message that names the variable, instead of failing later in a request.
import net from "node:net";
import { z } from "zod";

const boolish = z
  .enum(["0", "1", "true", "false"])
  .optional()
  .transform((v) => v === "1" || v === "true");

/** The development default of INQUIRY_HASH_SALT (lib/data/inquiries.ts warns when production uses it). */
export const DEVELOPMENT_INQUIRY_HASH_SALT = "development-only-inquiry-salt";

/** The development default of BETTER_AUTH_SECRET: public, so refused when NODE_ENV=production. */
export const DEVELOPMENT_BETTER_AUTH_SECRET = "development-only-better-auth-secret-do-not-use-in-production";

const serverEnvObject = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** A PostgreSQL URL. When absent, `npm start` runs an embedded PGlite and sets this itself. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
    .optional(),
  /** Set by scripts/start.ts when DATABASE_URL points at the embedded PGlite socket server. */
  DATABASE_EMBEDDED: boolish,
  /** Upper bound of the connection pool. Embedded mode caps it at 1 (see lib/db.ts). */
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  /** Loopback port of the embedded PGlite when DATABASE_URL is unset (prisma.config.ts uses it too). */
  EMBEDDED_DATABASE_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** The interface `npm start` listens on: loopback unless a proxy on another host must reach it. */
  HOST: z.union([z.ipv4(), z.ipv6(), z.literal("localhost")], "must be an IP address or localhost").default("127.0.0.1"),
  /**
   * Proxies whose X-Forwarded-For the site believes (lib/client-address.ts): comma-separated addresses or
   * CIDR ranges, e.g. `127.0.0.1,10.0.0.0/8`. Default: none, so the socket's address is the client's.
   */
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .transform((v) => v.split(",").map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.string().refine(isAddressOrCidr, "each entry must be an IP address or CIDR range")).max(100)),
  /** Public origin used for canonical URLs, sitemaps and feeds. */
  SITE_URL: z.url().optional(),
  /**
   * Secret salt of the hash that stands in for an inquirer's address (rate limiting without keeping the
   * address). The default is public, so set your own in production: `openssl rand -hex 32`.
   */
  INQUIRY_HASH_SALT: z.string().min(16, "must be at least 16 characters").default(DEVELOPMENT_INQUIRY_HASH_SALT),
  /**
   * Signs the admin's session cookies (lib/auth.ts). Required when NODE_ENV=production; elsewhere a
   * public development default stands in. Generate one: `openssl rand -base64 32`.
   */
  BETTER_AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** Failed sign-ins one address may make for one account before the growing back-off starts (lib/auth/sign-in-throttle.ts). */
  AUTH_SIGN_IN_MAX: z.coerce.number().int().min(1).max(1000).default(5),
  /** A session ends this many hours after sign-in, however active (it also ends after 12 idle hours). */
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(24),
  /** With ADMIN_PASSWORD: the first admin, created by `npm start` / the seed when no such user exists. */
  ADMIN_EMAIL: z.email("must be an email address").optional(),
  ADMIN_PASSWORD: z.string().min(12, "must be at least 12 characters").max(128, "must be at most 128 characters").optional(),
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

/** The URL of the embedded database served by `npm start` when DATABASE_URL is unset. */
export function embeddedDatabaseUrl(port: number): string {
  return `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
}

/**
 * The secret that signs admin sessions. Required when NODE_ENV=production: lib/auth.ts calls this when
 * it loads, so `next build` and `next start` stop with this message instead of signing cookies with a
 * public value. (Not one of the schema's checks: `next typegen` loads next.config.ts in production mode
 * and must work without secrets.)
 */
export function authSecret(e: ServerEnv = env()): string {
  if (e.BETTER_AUTH_SECRET) return e.BETTER_AUTH_SECRET;
  if (e.NODE_ENV === "production")
    throw new Error(
      "Invalid environment configuration:\n  BETTER_AUTH_SECRET: is required when NODE_ENV=production (at least 32 characters, e.g. `openssl rand -base64 32`)",
    );
  return DEVELOPMENT_BETTER_AUTH_SECRET;
}
