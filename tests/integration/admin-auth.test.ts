// The admin's first slice against a real, migrated database (TEST_DATABASE_URL's server when set, else an
// embedded PGlite): the first admin from the environment, better-auth's sign-in, and the inquiry inbox's
// permission checks, audit trail and CSV export.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appDatabase, type AppDatabase } from "../support/db";
import type { Db } from "@/lib/prisma-client";
import { ensureAdmin } from "@/lib/content/seed";
import { makeInquiry, makeUser } from "../support/factories";
import { can, toAdminUser, type AdminUser } from "@/lib/auth/permissions";

let app: AppDatabase;
let db: Db;
let authModule: typeof import("@/lib/auth/config");
let inbox: typeof import("@/lib/admin/inquiries");

const ADMIN = { ADMIN_EMAIL: "Admin@Example.org", ADMIN_PASSWORD: "correct-horse-battery-staple" };
const users: Record<"admin" | "editor" | "translator", AdminUser> = {} as never;
let inquiryId = "";

beforeAll(async () => {
  app = await appDatabase("admin");
  db = app.db;
  authModule = await import("@/lib/auth/config");
  inbox = await import("@/lib/admin/inquiries");

  const row = await makeInquiry(db, {
    reference: "INQ-ADM1N2",
    name: '=HYPERLINK("x")',
    organisation: 'Hanbit, "Cold" Chain',
    email: "buyer@example.co.kr",
    country: "대한민국",
    interests: ["logistics", "land"],
    message: "첫 줄\r\n두 번째 줄",
    locale: "ko",
  });
  inquiryId = row.id;
});

afterAll(async () => {
  await app?.close();
});

describe("ensureAdmin", () => {
  it("does nothing without ADMIN_EMAIL / ADMIN_PASSWORD", async () => {
    expect(await ensureAdmin(db, {}, () => {})).toBe("skipped");
    expect(await db.user.count()).toBe(0);
  });

  it("creates exactly one admin with a hashed password, and is idempotent", async () => {
    expect(await ensureAdmin(db, ADMIN, () => {})).toBe("created");
    expect(await ensureAdmin(db, ADMIN, () => {})).toBe("exists");
    expect(await ensureAdmin(db, { ...ADMIN, ADMIN_PASSWORD: "another-password-entirely" }, () => {})).toBe("exists");
    const all = await db.user.findMany({ include: { accounts: true } });
    expect(all).toHaveLength(1);
    expect(all[0]!.email).toBe("admin@example.org");
    expect(all[0]!.role).toBe("admin");
    expect(all[0]!.accounts).toHaveLength(1);
    expect(all[0]!.accounts[0]!.providerId).toBe("credential");
    expect(all[0]!.accounts[0]!.password).not.toContain(ADMIN.ADMIN_PASSWORD);
    users.admin = toAdminUser(all[0])!;
  });
});

describe("sign-in (better-auth)", () => {
  it("refuses a wrong password and an unknown user", async () => {
    const { auth } = authModule;
    await expect(
      auth.api.signInEmail({
        body: { email: "admin@example.org", password: "wrong-password-123" },
        headers: new Headers(),
      }),
    ).rejects.toMatchObject({ statusCode: 401 });
    await expect(
      auth.api.signInEmail({
        body: { email: "nobody@example.org", password: ADMIN.ADMIN_PASSWORD },
        headers: new Headers(),
      }),
    ).rejects.toMatchObject({ statusCode: 401 });
    expect(await db.session.count()).toBe(0);
  });

  it("signs in with the right password, stores the session and audit-logs the sign-in; the cookie is httpOnly", async () => {
    const { auth } = authModule;
    const res = await auth.api.signInEmail({
      body: { email: "admin@example.org", password: ADMIN.ADMIN_PASSWORD },
      headers: new Headers(),
      asResponse: true,
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/better-auth\.session_token=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(await db.session.count()).toBe(1);
    expect(await db.auditLog.count({ where: { action: "auth.sign-in", userId: users.admin.id } })).toBe(1);

    // The cookie reads back as the admin, with role and locales.
    const session = await auth.api.getSession({ headers: new Headers({ cookie: cookie.split(";")[0]! }) });
    expect(toAdminUser(session?.user)).toMatchObject({ email: "admin@example.org", role: "admin" });
  });

  it("throttles failed sign-ins per account and address with a growing back-off; successes never count; the real admin elsewhere is not locked out", async () => {
    const { auth } = authModule;
    const { siteUrl } = await import("@/lib/env");
    const { stampClientAddress, compileTrust, CLIENT_ADDRESS_HEADER } = await import("@/lib/http/client-address");
    const { backoffSeconds } = await import("@/lib/auth/sign-in-throttle");
    // What scripts/server.ts does for every request: decide the address from the socket (no trusted proxy).
    const stamped = (socket: string, forged?: string) => {
      const req = { socket: { remoteAddress: socket }, headers: forged ? { "x-forwarded-for": forged } : {} };
      stampClientAddress(req as never, compileTrust([]));
      return (req.headers as Record<string, string>)[CLIENT_ADDRESS_HEADER]!;
    };
    const attempt = (socket: string, password: string, forged?: string) =>
      auth.handler(
        new Request(`${siteUrl()}/api/auth/sign-in/email`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            origin: siteUrl(),
            [CLIENT_ADDRESS_HEADER]: stamped(socket, forged),
          },
          body: JSON.stringify({ email: "admin@example.org", password }),
        }),
      );
    const failuresBefore = await db.auditLog.count({ where: { action: "auth.sign-in-failed" } });

    // An office behind one address: ten colleagues' successful sign-ins in a row are never throttled.
    for (let i = 0; i < 10; i++) expect((await attempt("192.0.2.10", "correct-horse-battery-staple")).status).toBe(200);

    // An attacker at one address: five wrong passwords, then 429 with Retry-After; a forged
    // X-Forwarded-For does not give a fresh allowance.
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await attempt("203.0.113.7", "wrong-password-123", `198.51.100.${i}`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const refused = await attempt("203.0.113.7", "wrong-password-123", "198.51.100.99");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    // Even the right password waits at that address while the back-off runs.
    expect((await attempt("203.0.113.7", "correct-horse-battery-staple")).status).toBe(429);
    // The real admin at another address signs in at once.
    expect((await attempt("192.0.2.10", "correct-horse-battery-staple")).status).toBe(200);

    // Every failure is in the audit log with the address it came from; no email or address is stored in
    // the clear in the throttle's table.
    expect(await db.auditLog.count({ where: { action: "auth.sign-in-failed" } })).toBe(failuresBefore + 5);
    const rows = await db.loginThrottle.findMany();
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toMatch(/203\.0\.113\.7|admin@example/);

    // The back-off doubles from 30 s and stops at an hour.
    expect([4, 5, 6, 7, 20].map((n) => backoffSeconds(n, 5))).toEqual([0, 30, 60, 120, 3600]);
  });

  it("has public sign-up turned off", async () => {
    const { auth } = authModule;
    await expect(
      auth.api.signUpEmail({ body: { email: "intruder@example.org", password: "intruder-password-1", name: "x" } }),
    ).rejects.toBeTruthy();
    expect(await db.user.count({ where: { email: "intruder@example.org" } })).toBe(0);
  });
});

describe("inquiry inbox permissions", () => {
  beforeAll(async () => {
    for (const role of ["editor", "translator"] as const) {
      users[role] = await makeUser(db, `${role}@example.org`, role, role === "translator" ? ["ko"] : []);
    }
  });

  it("matches the role matrix", () => {
    expect(can(null, "inquiry:update")).toBe(false);
    expect(can(users.translator, "inquiry:update")).toBe(false);
    expect(can(users.translator, "inquiry:read")).toBe(false);
    expect(can(users.editor, "inquiry:update")).toBe(true);
    expect(can(users.admin, "inquiry:read")).toBe(true);
  });

  it("refuses status changes and the export for anonymous callers and translators, writing nothing", async () => {
    const auditBefore = await db.auditLog.count();
    for (const actor of [null, users.translator]) {
      expect(await inbox.updateInquiryStatus(actor, { id: inquiryId, status: "closed" })).toEqual({
        ok: false,
        error: "forbidden",
      });
      expect(await inbox.exportInquiriesCsv(actor)).toEqual({ ok: false, error: "forbidden" });
      expect(await inbox.listInquiries(actor)).toEqual({ ok: false, error: "forbidden" });
    }
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: inquiryId } })).status).toBe("new");
    expect(await db.auditLog.count()).toBe(auditBefore);
  });

  it("rejects an invalid status value without writing", async () => {
    const auditBefore = await db.auditLog.count();
    for (const input of [
      { id: inquiryId, status: "deleted" },
      { id: inquiryId },
      { status: "closed" },
      null,
      "closed",
    ]) {
      expect(await inbox.updateInquiryStatus(users.admin, input)).toEqual({ ok: false, error: "invalid" });
    }
    expect(await inbox.updateInquiryStatus(users.admin, { id: "no-such-id", status: "closed" })).toEqual({
      ok: false,
      error: "notFound",
    });
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: inquiryId } })).status).toBe("new");
    expect(await db.auditLog.count()).toBe(auditBefore);
  });

  it("lets an editor and an admin change the status, each change audit-logged", async () => {
    expect(await inbox.updateInquiryStatus(users.editor, { id: inquiryId, status: "in_progress" })).toEqual({
      ok: true,
      reference: "INQ-ADM1N2",
      from: "new",
      to: "in_progress",
    });
    expect(await inbox.updateInquiryStatus(users.admin, { id: inquiryId, status: "answered" })).toMatchObject({
      ok: true,
      to: "answered",
    });
    expect((await db.inquiry.findUniqueOrThrow({ where: { id: inquiryId } })).status).toBe("answered");
    const log = await db.auditLog.findMany({ where: { action: "inquiry.status" }, orderBy: { at: "asc" } });
    expect(log.map((l) => [l.userId, l.target, l.details])).toEqual([
      [users.editor.id, "inquiry:INQ-ADM1N2", { from: "new", to: "in_progress" }],
      [users.admin.id, "inquiry:INQ-ADM1N2", { from: "in_progress", to: "answered" }],
    ]);
  });

  it("lists newest first and exports CSV for editors and admins, quoting and defusing formulas", async () => {
    await makeInquiry(db, {
      reference: "INQ-NEWER2",
      name: "Li",
      organisation: "O",
      email: "li@example.cn",
      country: "中国",
      locale: "zh",
    });
    for (const actor of [users.editor, users.admin]) {
      const list = await inbox.listInquiries(actor);
      expect(list.ok && list.items.map((i) => i.reference)).toEqual(["INQ-NEWER2", "INQ-ADM1N2"]);
      const csv = await inbox.exportInquiriesCsv(actor);
      if (!csv.ok) throw new Error("refused");
      expect(
        csv.csv.startsWith(
          "\uFEFFreference,createdAt,status,locale,name,organisation,email,country,interests,message\r\n",
        ),
      ).toBe(true);
      expect(csv.csv).toContain(`INQ-ADM1N2,`);
      expect(csv.csv).toContain(
        `,answered,ko,"'=HYPERLINK(""x"")","Hanbit, ""Cold"" Chain",buyer@example.co.kr,대한민국,logistics; land,"첫 줄\r\n두 번째 줄"\r\n`,
      );
      expect(csv.csv.indexOf("INQ-NEWER2")).toBeLessThan(csv.csv.indexOf("INQ-ADM1N2"));
    }
  });
});
