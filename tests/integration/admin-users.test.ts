// User management and the audit log viewer (lib/admin/users.ts, lib/admin/audit-log.ts)
// against a real, migrated database (TEST_DATABASE_URL's server when set, else an embedded PGlite):
// every function refused for anonymous, translator and editor; accounts created with a password
// better-auth verifies; the last-admin and self protections; deactivation ending sessions and blocking
// sign-in (lib/auth.ts); audit rows; the viewer's filters and pagination.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { verifyPassword } from "better-auth/crypto";
import { appDatabase, type AppDatabase } from "../support/db";
import type { Db } from "@/lib/prisma-client";
import type { AdminUser } from "@/lib/auth/permissions";
import { makeUser, makeUsers } from "../support/factories";

let app: AppDatabase;
let db: Db;
let users: typeof import("@/lib/admin/users");
let audit: typeof import("@/lib/admin/audit-log");
let authModule: typeof import("@/lib/auth/config");

// lib/auth/session.ts reads the request's cookies through next/headers: the test hands it one.
const request = vi.hoisted(() => ({ cookie: "" }));
vi.mock("next/headers", () => ({ headers: async () => new Headers(request.cookie ? { cookie: request.cookie } : {}) }));

const as = {} as Record<"admin" | "admin2" | "editor" | "translator", AdminUser>;

const signIn = (email: string, password: string) =>
  authModule.auth.api.signInEmail({ body: { email, password }, headers: new Headers(), asResponse: true });

const newUser = (over: Record<string, unknown> = {}) => ({
  name: "Kim Translator",
  email: "kim@example.org",
  role: "translator",
  locales: ["ko"],
  password: "kim-initial-password",
  ...over,
});

beforeAll(async () => {
  app = await appDatabase("users");
  db = app.db;
  users = await import("@/lib/admin/users");
  audit = await import("@/lib/admin/audit-log");
  authModule = await import("@/lib/auth/config");
  Object.assign(as, await makeUsers(db, ["admin", "admin2", "editor"]));
  as.translator = await makeUser(db, "tr@example.org", "translator", ["ko"]);
});

afterAll(async () => {
  await app?.close();
});

describe("permissions", () => {
  it("refuses every function to anonymous users, translators and editors, and changes nothing", async () => {
    const target = as.translator.id;
    const before = {
      users: await db.user.count(),
      audits: await db.auditLog.count(),
      row: await db.user.findUniqueOrThrow({ where: { id: target } }),
    };
    for (const actor of [null, as.translator, as.editor]) {
      const forbidden = { ok: false, error: "forbidden" };
      expect(await users.listUsers(actor)).toEqual(forbidden);
      expect(await users.getUserForEditing(actor, target)).toEqual(forbidden);
      expect(await users.createUser(actor, newUser({ email: "sneaky@example.org" }))).toEqual(forbidden);
      expect(await users.updateUser(actor, { id: target, name: "X", role: "admin", locales: [] })).toEqual(forbidden);
      expect(await users.deactivateUser(actor, { id: as.admin.id })).toEqual(forbidden);
      expect(await users.reactivateUser(actor, { id: target })).toEqual(forbidden);
      expect(await users.resetPassword(actor, { id: as.admin.id, password: "taken-over-password" })).toEqual(forbidden);
      expect(await audit.listAuditLog(actor, {})).toEqual(forbidden);
    }
    expect(await db.user.count()).toBe(before.users);
    expect(await db.auditLog.count()).toBe(before.audits);
    expect(await db.user.findUniqueOrThrow({ where: { id: target } })).toEqual(before.row);
  });

  it("lists every account for an admin, active ones first, with the last sign-in", async () => {
    const r = await users.listUsers(as.admin);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.items.map((u) => u.email).sort()).toEqual([
      "admin2@example.org",
      "admin@example.org",
      "editor@example.org",
      "tr@example.org",
    ]);
    expect(r.items.every((u) => u.lastSignInAt === null)).toBe(true);
  });
});

describe("createUser", () => {
  let id = "";

  it("creates the account with a credential better-auth verifies, and an audit row in the admin's name", async () => {
    const r = await users.createUser(as.admin, newUser({ email: "  Kim@Example.org " }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    id = r.id;
    const row = await db.user.findUniqueOrThrow({ where: { id }, include: { accounts: true } });
    expect(row).toMatchObject({
      email: "kim@example.org",
      name: "Kim Translator",
      role: "translator",
      locales: ["ko"],
      deactivatedAt: null,
    });
    expect(row.accounts).toHaveLength(1);
    const account = row.accounts[0]!;
    expect(account).toMatchObject({ providerId: "credential", accountId: id });
    expect(account.password).not.toContain("kim-initial-password");
    expect(await verifyPassword({ hash: account.password!, password: "kim-initial-password" })).toBe(true);
    expect(await verifyPassword({ hash: account.password!, password: "something-else-entirely" })).toBe(false);

    const log = await db.auditLog.findMany({ where: { action: "user.create", target: `user:${id}` } });
    expect(log).toHaveLength(1);
    expect(log[0]!.userId).toBe(as.admin.id);
    expect(log[0]!.details).toEqual({
      email: "kim@example.org",
      name: "Kim Translator",
      role: "translator",
      locales: ["ko"],
    });
    expect(JSON.stringify(log[0]!.details)).not.toContain("kim-initial-password");

    const list = await users.listUsers(as.admin);
    expect(list.ok && list.items.find((u) => u.id === id)?.email).toBe("kim@example.org");
  });

  it("and the new account signs in through better-auth", async () => {
    const res = await signIn("kim@example.org", "kim-initial-password");
    expect(res.status).toBe(200);
    const detail = await users.getUserForEditing(as.admin, id);
    expect(detail.ok && detail.user.sessions).toBe(1);
    expect(detail.ok && detail.user.lastSignInAt).toBeInstanceOf(Date);
  });

  it("refuses a taken email and bad fields with field errors, writing nothing", async () => {
    const count = await db.user.count();
    expect(await users.createUser(as.admin, newUser({ email: "KIM@example.org" }))).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { email: "taken" },
    });
    expect(
      await users.createUser(as.admin, {
        name: "",
        email: "not-an-email",
        role: "owner",
        locales: ["fr"],
        password: "short",
      }),
    ).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { name: "required", email: "invalid", role: "invalid", locales: "invalid", password: "tooShort" },
    });
    expect(await users.createUser(as.admin, newUser({ email: "x@example.org", locales: [] }))).toMatchObject({
      fieldErrors: { locales: "required" },
    });
    expect(
      await users.createUser(
        as.admin,
        newUser({ email: "x@example.org", password: "p".repeat(129), name: "n".repeat(201) }),
      ),
    ).toMatchObject({
      fieldErrors: { password: "tooLong", name: "tooLong" },
    });
    expect(await users.createUser(as.admin, "nonsense")).toMatchObject({ ok: false, error: "invalid" });
    expect(await db.user.count()).toBe(count);
  });

  it("keeps languages for translators only", async () => {
    const r = await users.createUser(
      as.admin,
      newUser({ email: "ed2@example.org", role: "editor", locales: ["zh", "en"] }),
    );
    expect(r.ok).toBe(true);
    if (r.ok) expect((await db.user.findUniqueOrThrow({ where: { id: r.id } })).locales).toEqual([]);
  });
});

describe("updateUser", () => {
  it("changes name, role and languages, audit-logs what changed, and refuses stale states", async () => {
    const id = as.translator.id;
    const opened = (await db.user.findUniqueOrThrow({ where: { id } })).updatedAt.toISOString();
    const r = await users.updateUser(as.admin, {
      id,
      name: "Translator Two",
      role: "translator",
      locales: ["en", "ko"],
      expectedUpdatedAt: opened,
    });
    expect(r).toMatchObject({ ok: true, changed: true });
    const row = await db.user.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ name: "Translator Two", locales: ["ko", "en"] });
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "user.update", target: `user:${id}` } });
    expect(log.userId).toBe(as.admin.id);
    expect(log.details).toEqual({
      name: { from: "tr", to: "Translator Two" },
      locales: { from: ["ko"], to: ["ko", "en"] },
    });

    // The same form again (opened before that save) is stale and changes nothing.
    expect(
      await users.updateUser(as.admin, { id, name: "Other", role: "editor", locales: [], expectedUpdatedAt: opened }),
    ).toEqual({
      ok: false,
      error: "stale",
    });
    expect((await db.user.findUniqueOrThrow({ where: { id } })).name).toBe("Translator Two");
    // No change at all writes no audit row.
    const audits = await db.auditLog.count();
    expect(
      await users.updateUser(as.admin, { id, name: "Translator Two", role: "translator", locales: ["ko", "en"] }),
    ).toMatchObject({ changed: false });
    expect(await db.auditLog.count()).toBe(audits);
  });

  it("refuses bad input and unknown accounts", async () => {
    expect(await users.updateUser(as.admin, { id: as.editor.id, name: " ", role: "", locales: "xx" })).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { name: "required", role: "required", locales: "invalid" },
    });
    expect(await users.updateUser(as.admin, { id: "nobody", name: "N", role: "editor", locales: [] })).toEqual({
      ok: false,
      error: "notFound",
    });
    expect(await users.updateUser(as.admin, { name: "N", role: "editor" })).toEqual({ ok: false, error: "notFound" });
  });

  it("an admin cannot demote or deactivate themself", async () => {
    expect(await users.updateUser(as.admin, { id: as.admin.id, name: "Admin", role: "editor", locales: [] })).toEqual({
      ok: false,
      error: "self",
    });
    expect(await users.deactivateUser(as.admin, { id: as.admin.id })).toEqual({ ok: false, error: "self" });
    // Renaming oneself is fine.
    expect(
      await users.updateUser(as.admin, { id: as.admin.id, name: "Admin One", role: "admin", locales: [] }),
    ).toMatchObject({ ok: true, changed: true });
  });

  it("the last active admin can never be demoted or deactivated", async () => {
    // admin demotes admin2: allowed, admin remains. Now admin is the only active admin.
    expect(
      await users.updateUser(as.admin, { id: as.admin2.id, name: "Admin Two", role: "editor", locales: [] }),
    ).toMatchObject({ ok: true });
    expect(await db.user.count({ where: { role: "admin", deactivatedAt: null } })).toBe(1);
    // Nobody can take it away: the admin themself is refused ("self"); admin2's session object still says
    // "admin", but the data layer checks the database inside the transaction ("forbidden").
    expect(
      await users.updateUser(as.admin, { id: as.admin.id, name: "Admin", role: "translator", locales: ["ko"] }),
    ).toEqual({ ok: false, error: "self" });
    expect(await users.updateUser(as.admin2, { id: as.admin.id, name: "Admin", role: "editor", locales: [] })).toEqual({
      ok: false,
      error: "forbidden",
    });
    expect(await users.deactivateUser(as.admin2, { id: as.admin.id })).toEqual({ ok: false, error: "forbidden" });
    // A deactivated admin is no admin either.
    await db.user.update({ where: { id: as.admin2.id }, data: { role: "admin", deactivatedAt: new Date() } });
    expect(await users.deactivateUser(as.admin2, { id: as.admin.id })).toEqual({ ok: false, error: "forbidden" });
    expect(await db.user.findUniqueOrThrow({ where: { id: as.admin.id } })).toMatchObject({
      role: "admin",
      deactivatedAt: null,
    });

    // Two admins demoting each other at the same moment take turns: exactly one succeeds, one admin remains.
    await db.user.update({ where: { id: as.admin2.id }, data: { deactivatedAt: null } });
    const [a, b] = await Promise.all([
      users.updateUser(as.admin, { id: as.admin2.id, name: "Admin Two", role: "editor", locales: [] }),
      users.updateUser(as.admin2, { id: as.admin.id, name: "Admin One", role: "editor", locales: [] }),
    ]);
    expect([a, b].filter((r) => r.ok)).toHaveLength(1);
    expect([a, b].find((r) => !r.ok)).toEqual({ ok: false, error: "forbidden" });
    expect(await db.user.count({ where: { role: "admin", deactivatedAt: null } })).toBe(1);
    // The same with deactivation.
    await db.user.updateMany({ where: { id: { in: [as.admin.id, as.admin2.id] } }, data: { role: "admin" } });
    const [c, d] = await Promise.all([
      users.deactivateUser(as.admin, { id: as.admin2.id }),
      users.deactivateUser(as.admin2, { id: as.admin.id }),
    ]);
    expect([c, d].filter((r) => r.ok)).toHaveLength(1);
    expect(await db.user.count({ where: { role: "admin", deactivatedAt: null } })).toBe(1);

    // Back to: admin the only admin, admin2 an active editor.
    await db.user.update({ where: { id: as.admin.id }, data: { role: "admin", deactivatedAt: null } });
    await db.user.update({ where: { id: as.admin2.id }, data: { role: "editor", deactivatedAt: null } });
  });
});

describe("deactivate, reactivate, reset password", () => {
  it("deactivation ends the sessions in the same transaction, blocks sign-in, and reactivation allows it again", async () => {
    const kim = await db.user.findUniqueOrThrow({ where: { email: "kim@example.org" } });
    expect(await db.session.count({ where: { userId: kim.id } })).toBe(1);
    const r = await users.deactivateUser(as.admin, { id: kim.id });
    expect(r).toEqual({ ok: true, changed: true, sessionsEnded: 1 });
    expect(await db.session.count({ where: { userId: kim.id } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: kim.id } })).deactivatedAt).toBeInstanceOf(Date);
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "user.deactivate", target: `user:${kim.id}` } });
    expect(log).toMatchObject({ userId: as.admin.id, details: { sessionsEnded: 1 } });
    // Again: nothing to do.
    expect(await users.deactivateUser(as.admin, { id: kim.id })).toEqual({
      ok: true,
      changed: false,
      sessionsEnded: 0,
    });

    // The right password no longer signs in: 403 with the code the sign-in form shows; no session, no sign-in row.
    const signIns = await db.auditLog.count({ where: { action: "auth.sign-in", userId: kim.id } });
    const res = await signIn("kim@example.org", "kim-initial-password");
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ code: authModule.ACCOUNT_DEACTIVATED });
    // A wrong password still reads as a wrong password (nothing revealed without the password).
    expect((await signIn("kim@example.org", "wrong-password-1234")).status).toBe(401);
    expect(await db.session.count({ where: { userId: kim.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "auth.sign-in", userId: kim.id } })).toBe(signIns);

    expect(await users.reactivateUser(as.admin, { id: kim.id })).toEqual({ ok: true, changed: true, sessionsEnded: 0 });
    expect(await db.auditLog.count({ where: { action: "user.reactivate", target: `user:${kim.id}` } })).toBe(1);
    expect((await signIn("kim@example.org", "kim-initial-password")).status).toBe(200);
  });

  it("a session that outlives deactivation (written directly) reads as signed out", async () => {
    const { currentAdminUser } = await import("@/lib/auth/session");
    const kim = await db.user.findUniqueOrThrow({ where: { email: "kim@example.org" } });
    const res = await signIn("kim@example.org", "kim-initial-password");
    request.cookie = (res.headers.get("set-cookie") ?? "").split(";")[0]!;
    expect(await currentAdminUser()).toMatchObject({ id: kim.id, role: "translator", locales: ["ko"] });
    await db.user.update({ where: { id: kim.id }, data: { deactivatedAt: new Date() } });
    expect(await currentAdminUser()).toBeNull();
    await db.user.update({ where: { id: kim.id }, data: { deactivatedAt: null } });
    expect(await currentAdminUser()).toMatchObject({ id: kim.id });
    request.cookie = "";
    expect(await currentAdminUser()).toBeNull();
  });

  it("sets a new password: the old one stops working, sessions end, audit row without the password", async () => {
    const kim = await db.user.findUniqueOrThrow({ where: { email: "kim@example.org" } });
    expect(await users.resetPassword(as.admin, { id: kim.id, password: "short" })).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { password: "tooShort" },
    });
    expect(await users.resetPassword(as.admin, { id: "nobody", password: "a-new-long-password" })).toEqual({
      ok: false,
      error: "notFound",
    });
    const open = await db.session.count({ where: { userId: kim.id } });
    expect(open).toBeGreaterThan(0);
    expect(await users.resetPassword(as.admin, { id: kim.id, password: "a-new-long-password" })).toEqual({
      ok: true,
      sessionsEnded: open,
    });
    expect(await db.session.count({ where: { userId: kim.id } })).toBe(0);
    const account = await db.account.findFirstOrThrow({ where: { userId: kim.id, providerId: "credential" } });
    expect(await verifyPassword({ hash: account.password!, password: "a-new-long-password" })).toBe(true);
    expect((await signIn("kim@example.org", "kim-initial-password")).status).toBe(401);
    const log = await db.auditLog.findFirstOrThrow({
      where: { action: "user.password-reset", target: `user:${kim.id}` },
    });
    expect(log).toMatchObject({ userId: as.admin.id, details: { sessionsEnded: open } });
    expect(JSON.stringify(log.details)).not.toContain("a-new-long-password");
  });
});

describe("listAuditLog", () => {
  it("pages newest first, 50 a page, and filters by action, user, target and dates", async () => {
    // 120 old sign-out rows by the editor, spread over days in January 2025 (Asia/Shanghai).
    await db.auditLog.createMany({
      data: Array.from({ length: 120 }, (_, i) => ({
        userId: as.editor.id,
        action: "auth.sign-out",
        target: `user:${as.editor.id}`,
        at: new Date(Date.UTC(2025, 0, 1 + (i % 30), 10, i % 60)),
        details: { n: i },
      })),
    });
    const total = await db.auditLog.count();
    const p1 = await audit.listAuditLog(as.admin, {});
    expect(p1.ok).toBe(true);
    if (!p1.ok) return;
    expect(p1.log.total).toBe(total);
    expect(p1.log.items).toHaveLength(50);
    expect(p1.log.pages).toBe(Math.ceil(total / 50));
    const times = p1.log.items.map((e) => e.at.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(p1.log.actions).toEqual(
      expect.arrayContaining(["auth.sign-in", "auth.sign-out", "user.create", "user.update", "user.deactivate"]),
    );

    const last = await audit.listAuditLog(as.admin, { page: String(p1.log.pages) });
    expect(last.ok && last.log.items.length).toBe(total - 50 * (p1.log.pages - 1));
    // Beyond the last page: the last page.
    const beyond = await audit.listAuditLog(as.admin, { page: "999" });
    expect(beyond.ok && beyond.log.page).toBe(p1.log.pages);

    const creates = await audit.listAuditLog(as.admin, { action: "user.create" });
    expect(creates.ok && creates.log.items.every((e) => e.action === "user.create")).toBe(true);
    expect(creates.ok && creates.log.total).toBe(await db.auditLog.count({ where: { action: "user.create" } }));
    const kimCreate = creates.ok ? creates.log.items.find((e) => e.targetUser?.email === "kim@example.org") : undefined;
    expect(kimCreate?.actor).toMatchObject({ id: as.admin.id, email: "admin@example.org" });
    // jsonb keeps its own key order.
    expect([...(kimCreate?.details ?? [])].sort((x, y) => x.key.localeCompare(y.key))).toEqual([
      { key: "email", value: "kim@example.org" },
      { key: "locales", value: "ko" },
      { key: "name", value: "Kim Translator" },
      { key: "role", value: "translator" },
    ]);
    // createUserWithPassword (the command line, the seed) writes no actor.
    expect(creates.ok && creates.log.items.some((e) => e.actor === null)).toBe(true);

    const family = await audit.listAuditLog(as.admin, { action: "user.*" });
    expect(family.ok && family.log.items.every((e) => e.action.startsWith("user."))).toBe(true);
    expect(family.ok && family.log.total).toBe(await db.auditLog.count({ where: { action: { startsWith: "user." } } }));

    const byEditor = await audit.listAuditLog(as.admin, { userId: as.editor.id, action: "auth.sign-out" });
    expect(byEditor.ok && byEditor.log.total).toBe(120);
    const page3 = await audit.listAuditLog(as.admin, { userId: as.editor.id, action: "auth.sign-out", page: "3" });
    expect(page3.ok && page3.log.items).toHaveLength(20);

    const target = await audit.listAuditLog(as.admin, { target: `user:${as.translator.id}` });
    expect(target.ok && target.log.items.length).toBeGreaterThan(0);
    expect(target.ok && target.log.items.every((e) => e.target === `user:${as.translator.id}`)).toBe(true);

    // 2025-01-05 in Shanghai: 10:xx UTC on 5 January is 18:xx the same day there.
    const day = await audit.listAuditLog(as.admin, { from: "2025-01-05", to: "2025-01-05" });
    expect(day.ok && day.log.total).toBe(4);
    const range = await audit.listAuditLog(as.admin, { from: "2025-01-01", to: "2025-01-10" });
    expect(range.ok && range.log.total).toBe(40);
  });

  it("ignores filters it cannot read (and names them), never throws", async () => {
    const r = await audit.listAuditLog(as.admin, {
      action: "<script>",
      userId: "x' OR 1=1 --",
      from: "2025-13-45",
      to: ["not-a-date"],
      page: "-3",
      target: "\u0000",
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.log.ignored.sort()).toEqual(["action", "from", "page", "target", "to", "userId"]);
    expect(r.log.filters).toEqual({});
    expect(r.log.page).toBe(1);
    expect(r.log.total).toBe(await db.auditLog.count());
  });

  it("renders details of any shape as plain lines", () => {
    expect(audit.detailLines({})).toEqual([]);
    expect(audit.detailLines({ from: "new", to: "closed" })).toEqual([
      { key: "from", value: "new" },
      { key: "to", value: "closed" },
    ]);
    expect(
      audit.detailLines({ role: { from: "editor", to: "admin" }, locales: { from: [], to: ["ko", "en"] } }),
    ).toEqual([
      { key: "role", value: "editor → admin" },
      { key: "locales", value: "— → ko, en" },
    ]);
    expect(audit.detailLines({ a: { b: { c: 1 } }, html: "<b>x</b>", n: null, ok: true })).toEqual([
      { key: "a.b.c", value: "1" },
      { key: "html", value: "<b>x</b>" },
      { key: "n", value: "—" },
      { key: "ok", value: "true" },
    ]);
    expect(audit.detailLines("plain")).toEqual([{ key: "", value: "plain" }]);
    expect(audit.detailLines({ long: "x".repeat(600) })[0]!.value).toHaveLength(501);
  });
});
