// Admin sign-in (better-auth): email + password, sessions in PostgreSQL (the Session table) behind a
// signed, httpOnly, sameSite=lax cookie that is Secure in production. Public sign-up is off: accounts
// come from ADMIN_EMAIL/ADMIN_PASSWORD or `npm run admin:create` (lib/auth/users.ts). Sign-in attempts
// are rate limited per client address by better-auth, counted in the RateLimit table so that restarts
// and several instances share them. See docs/decisions/004-auth.md.
//
// Mounted at /api/auth/* (app/api/auth/[...all]/route.ts). Pages and actions read the session through
// lib/auth/session.ts and decide with lib/auth/permissions.ts.
import "server-only";
import { betterAuth } from "better-auth";
import { APIError } from "better-auth/api";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { hashSessionTokens } from "@/lib/auth/hashed-session-tokens";
import { db } from "@/lib/db";
import { authSecret, env, siteUrl } from "@/lib/env";

const e = env();

/** The error code of a sign-in refused because the account is deactivated (components/admin/sign-in-form.tsx). */
export const ACCOUNT_DEACTIVATED = "ACCOUNT_DEACTIVATED";

export const SIGN_IN_RATE_LIMIT = { window: 60, max: e.AUTH_SIGN_IN_MAX } as const;

export const auth = betterAuth({
  appName: "Changjitu portal admin",
  baseURL: siteUrl(),
  basePath: "/api/auth",
  secret: authSecret(e),
  trustedOrigins: [siteUrl()],
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
    enabled: true,
    storage: "database",
    modelName: "rateLimit",
    // Five attempts per client address per minute by default (AUTH_SIGN_IN_MAX; better-auth's own default
    // would be three per ten seconds).
    customRules: { "/sign-in/email": SIGN_IN_RATE_LIMIT },
  },
  advanced: {
    useSecureCookies: e.NODE_ENV === "production",
    defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
  },
  telemetry: { enabled: false },
  databaseHooks: {
    session: {
      create: {
        // A deactivated account cannot sign in: checked after the password, so only someone who knows it
        // learns that the account exists and is deactivated (the sign-in form shows that message).
        before: async (session) => {
          const user = await db.user.findUnique({ where: { id: session.userId }, select: { deactivatedAt: true } });
          if (user?.deactivatedAt) {
            throw APIError.from("FORBIDDEN", { code: ACCOUNT_DEACTIVATED, message: "This account has been deactivated." });
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
