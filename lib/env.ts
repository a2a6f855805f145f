// The one place the server reads its configuration. Parsed by zod at start-up: a bad value stops the
// process with a message that names the variable, instead of failing later in a request.
import { z } from "zod";

const boolish = z
  .enum(["0", "1", "true", "false"])
  .optional()
  .transform((v) => v === "1" || v === "true");

/** The development default of INQUIRY_HASH_SALT (lib/data/inquiries.ts warns when production uses it). */
export const DEVELOPMENT_INQUIRY_HASH_SALT = "development-only-inquiry-salt";

export const serverEnvSchema = z.object({
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
  /** Public origin used for canonical URLs, sitemaps and feeds. */
  SITE_URL: z.url().optional(),
  /**
   * Secret salt of the hash that stands in for an inquirer's address (rate limiting without keeping the
   * address). The default is public, so set your own in production: `openssl rand -hex 32`.
   */
  INQUIRY_HASH_SALT: z.string().min(16, "must be at least 16 characters").default(DEVELOPMENT_INQUIRY_HASH_SALT),
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
