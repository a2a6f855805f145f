// Admin sign-in (better-auth): email + password, sessions in PostgreSQL (the Session table) behind a
// signed, httpOnly, sameSite=lax cookie that is Secure in production. Public sign-up is off: accounts
// come from ADMIN_EMAIL/ADMIN_PASSWORD or `npm run admin:create` (lib/auth/users.ts). Failed sign-ins are
// throttled per account and address with a growing back-off, per address and per account
// (lib/auth/sign-in-throttle.ts); the client's address is the one lib/http/client-address.ts decided.
// Failed sign-ins, password and profile changes are audited. A session slides (12 h, renewed hourly) and
// also ends SESSION_ABSOLUTE_HOURS after sign-in (lib/auth/session.ts). See docs/decisions/004-auth.md.
//
// Mounted at /api/auth/* (app/api/auth/[...all]/route.ts). Pages and actions read the session through
// lib/auth/session.ts and decide with lib/auth/permissions.ts.
import "server-only";
import { betterAuth } from "better-auth";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { hashSessionTokens } from "@/lib/auth/hashed-session-tokens";
import { db } from "@/lib/db";
import { authSecret, env, siteUrl } from "@/lib/env";
import { CLIENT_ADDRESS_HEADER, clientAddress } from "@/lib/http/client-address";
import {
  purgeExpiredThrottles,
  recordSignInFailure,
  recordSignInSuccess,
  signInWait,
} from "@/lib/auth/sign-in-throttle";

const e = env();

/** The error code of a sign-in refused because the account is deactivated (components/admin/sign-in-form.tsx). */
export const ACCOUNT_DEACTIVATED = "ACCOUNT_DEACTIVATED";

/** The error code of a sign-in refused by the throttle (429, with Retry-After). */
export const SIGN_IN_THROTTLED = "SIGN_IN_THROTTLED";

/** A session ends this long after sign-in, however active (lib/auth/session.ts). */
export const SESSION_ABSOLUTE_MS = e.SESSION_ABSOLUTE_HOURS * 60 * 60 * 1000;

/**
 * Origins allowed to call /api/auth: the site's own; and when that is localhost, the same port on 127.0.0.1
 * and [::1] too, so a local site opened either way can sign in.
 */
export function trustedOrigins(site = siteUrl()): string[] {
  const url = new URL(site);
  if (!["localhost", "127.0.0.1", "[::1]"].includes(url.hostname)) return [url.origin];
  const port = url.port ? `:${url.port}` : "";
  return ["localhost", "127.0.0.1", "[::1]"].map((h) => `${url.protocol}//${h}${port}`);
}

/** Paths whose success is audited as a change to the signed-in user's own account. */
const AUDITED_ACCOUNT_CHANGES: Record<string, string> = {
  "/change-password": "auth.password-change",
  "/set-password": "auth.password-change",
  "/reset-password": "auth.password-change",
  "/update-user": "auth.profile-change",
  "/change-email": "auth.profile-change",
};

const emailOf = (body: unknown) =>
  body && typeof body === "object" && typeof (body as { email?: unknown }).email === "string"
    ? (body as { email: string }).email.slice(0, 320)
    : "";

export const auth = betterAuth({
  appName: "Changjitu portal admin",
  baseURL: siteUrl(),
  basePath: "/api/auth",
  secret: authSecret(e),
  trustedOrigins: trustedOrigins(),
  // Session.token holds a SHA-256 of the cookie's token, never the token itself.
  database: hashSessionTokens(prismaAdapter(db, { provider: "postgresql", transaction: true })),
  emailAndPassword: {
    enabled: true,
    disableSignUp: true,
    minPasswordLength: 12,
    maxPasswordLength: 128,
  },
  user: {
    additionalFields: {
      role: { type: "string", required: true, defaultValue: "translator", input: false },
      locales: { type: "string[]", required: false, defaultValue: [], input: false },
      // Set by an admin (lib/data/admin-users.ts); lib/auth/session.ts treats such a session as none.
      deactivatedAt: { type: "date", required: false, input: false },
    },
  },
  session: {
    expiresIn: 60 * 60 * 12, // 12 hours
    updateAge: 60 * 60, // extended at most once an hour while in use
  },
  rateLimit: {
    // better-auth's own limits for its other endpoints (per client address, shared through the database);
    // sign-in is throttled by failures instead (hooks below), so successes never count against anyone.
    enabled: true,
    storage: "database",
    modelName: "rateLimit",
    customRules: { "/sign-in/email": false },
  },
  advanced: {
    // The address decided by lib/http/client-address.ts, which scripts/server.ts stamps on every request.
    ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
    useSecureCookies: e.NODE_ENV === "production",
    defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
  },
  telemetry: { enabled: false },
  hooks: {
    before: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== "/sign-in/email") return;
      const wait = await signInWait(emailOf(ctx.body), clientAddress(ctx.headers ?? new Headers()));
      if (wait > 0)
        throw new APIError(
          "TOO_MANY_REQUESTS",
          { code: SIGN_IN_THROTTLED, message: `Too many failed sign-ins. Try again in ${wait} seconds.` },
          { "retry-after": String(wait) },
        );
    }),
    after: createAuthMiddleware(async (ctx) => {
      const returned = ctx.context.returned;
      const failed = isAPIError(returned);
      const address = clientAddress(ctx.headers ?? new Headers());
      if (ctx.path === "/sign-in/email") {
        const email = emailOf(ctx.body);
        if (failed && returned.statusCode === 401) {
          await recordSignInFailure(email, address);
          await db.auditLog.create({
            data: {
              userId: null,
              action: "auth.sign-in-failed",
              target: `account:${email.toLowerCase()}`,
              details: { address },
            },
          });
        } else if (!failed) {
          await recordSignInSuccess(email, address);
          await purgeExpiredThrottles();
        }
        return;
      }
      const action = AUDITED_ACCOUNT_CHANGES[ctx.path];
      const userId = ctx.context.session?.user.id;
      if (action && !failed && userId)
        await db.auditLog.create({ data: { userId, action, target: `user:${userId}`, details: { address } } });
    }),
  },
  databaseHooks: {
    session: {
      create: {
        // A deactivated account cannot sign in: checked after the password, so only someone who knows it
        // learns that the account exists and is deactivated (the sign-in form shows that message).
        before: async (session) => {
          const user = await db.user.findUnique({ where: { id: session.userId }, select: { deactivatedAt: true } });
          if (user?.deactivatedAt) {
            throw APIError.from("FORBIDDEN", {
              code: ACCOUNT_DEACTIVATED,
              message: "This account has been deactivated.",
            });
          }
        },
        after: async (session) => {
          await db.auditLog.create({
            data: { userId: session.userId, action: "auth.sign-in", target: `user:${session.userId}`, details: {} },
          });
        },
      },
    },
  },
  // nextCookies lets server actions that call auth.api set and clear the cookies; it must come last.
  plugins: [nextCookies()],
});

export type Auth = typeof auth;
