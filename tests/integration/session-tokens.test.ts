// Session tokens at rest (security review M4) through better-auth against a real database: the Session
// table keeps only a SHA-256 of the token the cookie carries; the cookie still opens the session, is
// refreshed and ended as before; a stored hash, even signed with the secret, opens nothing.
import { createHmac } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import { appDatabase, type AppDatabase } from "../support/db";
import { createUserWithPassword } from "@/lib/auth/users";
import { hashSessionToken } from "@/lib/auth/hashed-session-tokens";
import { authSecret } from "@/lib/env";

let app: AppDatabase;
let auth: typeof import("@/lib/auth").auth;
const user = { email: "tokens@example.org", password: "a-long-test-password" };

beforeAll(async () => {
  app = await appDatabase("sessions");
  auth = (await import("@/lib/auth")).auth;
  await createUserWithPassword(app.db, { ...user, role: "editor", locales: [], name: "Tokens" });
});

afterAll(async () => {
  await app?.close();
});

/** The cookie better-auth sets: `name=<token>.<HMAC-SHA256(secret, token), base64>`, URL-encoded. */
const signed = (token: string) =>
  `better-auth.session_token=${encodeURIComponent(`${token}.${createHmac("sha256", authSecret()).update(token).digest("base64")}`)}`;

async function signIn(): Promise<{ cookie: string; token: string }> {
  const res = await auth.api.signInEmail({ body: user, headers: new Headers(), asResponse: true });
  expect(res.status).toBe(200);
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0]!;
  const token = decodeURIComponent(cookie.split("=")[1]!).split(".")[0]!;
  return { cookie, token };
}

it("stores only the token's hash; the cookie still reads back, and signing out deletes the row", async () => {
  const { cookie, token } = await signIn();
  expect(cookie).toBe(signed(token)); // the cookie is what we think it is
  const rows = await app.db.session.findMany();
  expect(rows).toHaveLength(1);
  expect(rows[0]!.token).toBe(hashSessionToken(token));
  expect(rows[0]!.token).not.toContain(token);
  expect(rows[0]!.token).toMatch(/^sha256:[A-Za-z0-9_-]{43}$/);

  const session = await auth.api.getSession({ headers: new Headers({ cookie }) });
  expect(session?.user.email).toBe(user.email);
  expect(session?.session.token).toBe(token);

  // A copy of the table is no key: its value, even in a correctly signed cookie, opens nothing.
  expect(await auth.api.getSession({ headers: new Headers({ cookie: signed(rows[0]!.token) }) })).toBeNull();

  await auth.api.signOut({ headers: new Headers({ cookie }) });
  expect(await app.db.session.count()).toBe(0);
  expect(await auth.api.getSession({ headers: new Headers({ cookie }) })).toBeNull();
});

it("refreshing a session (after updateAge) keeps the stored hash and the cookie working", async () => {
  const { cookie, token } = await signIn();
  // Make the session old enough to be extended on its next use (updateAge: 1 hour).
  const old = new Date(Date.now() - 2 * 60 * 60 * 1000);
  const before = new Date(Date.now() + 10 * 60 * 60 * 1000);
  await app.db.session.update({
    where: { token: hashSessionToken(token) },
    data: { updatedAt: old, expiresAt: before },
  });
  const res = await auth.api.getSession({ headers: new Headers({ cookie }), asResponse: true });
  expect(res.status).toBe(200);
  const row = await app.db.session.findUniqueOrThrow({ where: { token: hashSessionToken(token) } });
  expect(row.expiresAt.getTime()).toBeGreaterThan(before.getTime());
  // A refreshed cookie, if sent, still carries the raw token, never the hash.
  const refreshed = /session_token=([^;]+)/.exec(res.headers.get("set-cookie") ?? "")?.[1];
  expect(refreshed === undefined || decodeURIComponent(refreshed).startsWith(`${token}.`)).toBe(true);
  expect((await auth.api.getSession({ headers: new Headers({ cookie }) }))?.user.email).toBe(user.email);
});

it("ending other sessions (by the tokens better-auth lists) and all sessions finds the hashed rows", async () => {
  await app.db.session.deleteMany();
  const a = await signIn();
  const b = await signIn();
  expect(await app.db.session.count()).toBe(2);
  const listed = await auth.api.listSessions({ headers: new Headers({ cookie: a.cookie }) });
  expect(listed).toHaveLength(2);
  await auth.api.revokeOtherSessions({ headers: new Headers({ cookie: a.cookie }) });
  expect((await app.db.session.findMany()).map((r) => r.token)).toEqual([hashSessionToken(a.token)]);
  expect(await auth.api.getSession({ headers: new Headers({ cookie: b.cookie }) })).toBeNull();
  await auth.api.revokeSessions({ headers: new Headers({ cookie: a.cookie }) });
  expect(await app.db.session.count()).toBe(0);
});
