// Scheduled publishing (lib/admin/schedule.ts) against a real, migrated and seeded database
// (TEST_DATABASE_URL's server when set, else an embedded PGlite): who may schedule, which times are
// accepted, replacing and cancelling, and the runner — nothing before the time, exactly one publish after
// it even when two runs race, the revision that was scheduled (a later draft does not ride along), the outcome recorded, a deactivated or demoted scheduler refused. Also the
// datetime-local ↔ instant conversion in the portal's time zone (Asia/Shanghai), and the runner's endpoint
// (its token; 401 without it). The in-server timer (instrumentation.ts) is covered end to end by
// tests/e2e/admin-schedule.spec.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appDatabase, type AppDatabase } from "../support/db";
import type { Db } from "@/lib/prisma-client";
import type { AdminUser } from "@/lib/auth/permissions";
import { makeUsers } from "../support/factories";

let app: AppDatabase;
let db: Db;
let content: typeof import("@/lib/admin/content");
let schedule: typeof import("@/lib/admin/schedule");

const SLUG = "china-rok-zone-new-track"; // original: zh
const users = {} as Record<"admin" | "editor" | "editor2" | "koTranslator", AdminUser>;

const article = () => db.newsArticle.findUniqueOrThrow({ where: { slug: SLUG }, include: { translations: true } });
const translation = async (locale: string) => (await article()).translations.find((t) => t.locale === locale)!;
const status = async (locale: string) => (await translation(locale)).status;
const head = async (locale: string) => {
  const t = await translation(locale);
  return t.draftRevision ?? t.revision;
};
const pendingRows = () => db.scheduledPublication.findMany({ where: { doneAt: null } });
const HOUR = 60 * 60 * 1000;

/** Sets one locale of the article to `to` by hand, at whatever revision it is. */
async function setStatus(locale: "zh" | "ko" | "en", to: "draft" | "published") {
  const r = await content.setContentStatus(users.admin, {
    type: "news",
    key: SLUG,
    locale,
    status: to,
    expectedRevision: await head(locale),
  });
  expect(r.ok).toBe(true);
}

const input = (over: Record<string, unknown> = {}) => ({ type: "news", key: SLUG, locale: "en", ...over });

beforeAll(async () => {
  app = await appDatabase("sched", { seed: true });
  db = app.db;
  content = await import("@/lib/admin/content");
  schedule = await import("@/lib/admin/schedule");
  Object.assign(users, await makeUsers(db, ["admin", "editor", "editor2", "koTranslator"]));
});

afterAll(async () => {
  await app?.close();
});

describe("the portal's time zone (Asia/Shanghai, UTC+8)", () => {
  it("reads a datetime-local value as Beijing time", () => {
    const z = (s: string) => schedule.zonedLocalToUtc(s)?.toISOString() ?? null;
    expect(z("2026-12-01T09:30")).toBe("2026-12-01T01:30:00.000Z");
    expect(z("2026-12-01T09:30:15")).toBe("2026-12-01T01:30:15.000Z");
    expect(z("2026-12-01T09:30:15.5")).toBe("2026-12-01T01:30:15.500Z");
    // Before 08:00 it is still the previous day in UTC, across a month and a year boundary too.
    expect(z("2027-01-01T00:00")).toBe("2026-12-31T16:00:00.000Z");
    expect(z("2028-03-01T07:59:59")).toBe("2028-02-29T23:59:59.000Z");
    expect(z(" 2026-06-15T23:59 ")).toBe("2026-06-15T15:59:00.000Z");
    // No daylight saving today; in 1988 China did keep summer time (UTC+9).
    expect(z("2026-07-01T12:00")).toBe("2026-07-01T04:00:00.000Z");
    expect(z("1988-07-01T12:00")).toBe("1988-07-01T03:00:00.000Z");
  });

  it("refuses malformed values and dates that do not exist", () => {
    for (const bad of [
      "",
      "2026-12-01",
      "2026-12-01 09:30",
      "2026-12-01T9:30",
      "2026-02-29T10:00",
      "2026-13-01T00:00",
      "2026-04-31T00:00",
      "2026-12-01T24:00",
      "2026-12-01T10:60",
      "tomorrow",
      "2026-12-01T09:30Z",
    ])
      expect(schedule.zonedLocalToUtc(bad), bad).toBeNull();
  });

  it("works for zones with daylight saving: a skipped time is refused, a repeated one is the first", () => {
    const ny = (s: string) => schedule.zonedLocalToUtc(s, "America/New_York")?.toISOString() ?? null;
    expect(ny("2026-07-01T12:00")).toBe("2026-07-01T16:00:00.000Z");
    expect(ny("2026-01-15T12:00")).toBe("2026-01-15T17:00:00.000Z");
    expect(ny("2026-03-08T02:30")).toBeNull();
    expect(ny("2026-11-01T01:30")).toBe("2026-11-01T05:30:00.000Z");
  });

  it("formats an instant back as a datetime-local value (round trip)", () => {
    expect(schedule.utcToZonedLocal(new Date("2026-12-31T16:00:00Z"))).toBe("2027-01-01T00:00");
    expect(schedule.utcToZonedLocal(new Date("2026-12-01T01:30:15Z"), "Asia/Shanghai", { seconds: true })).toBe(
      "2026-12-01T09:30:15",
    );
    for (const iso of ["2026-01-01T00:00:00Z", "2026-06-30T16:00:00Z", "2030-02-28T23:59:00Z"]) {
      const d = new Date(iso);
      expect(schedule.zonedLocalToUtc(schedule.utcToZonedLocal(d))?.toISOString()).toBe(d.toISOString());
    }
  });
});

describe("scheduling", () => {
  it("refuses anonymous users and translators, writing nothing", async () => {
    await setStatus("ko", "draft");
    const before = { rows: await db.scheduledPublication.count(), audits: await db.auditLog.count() };
    const at = new Date(Date.now() + HOUR);
    expect(await schedule.schedulePublication(null, input({ publishAt: at }))).toEqual({
      ok: false,
      error: "forbidden",
    });
    // Even in the translator's own language.
    expect(await schedule.schedulePublication(users.koTranslator, input({ locale: "ko", publishAt: at }))).toEqual({
      ok: false,
      error: "forbidden",
    });
    expect(await schedule.listSchedules(users.koTranslator)).toEqual({ ok: false, error: "forbidden" });
    expect(await schedule.listSchedules(null)).toEqual({ ok: false, error: "forbidden" });
    expect(await schedule.pendingSchedule(users.koTranslator, "news", SLUG, "ko")).toBeNull();
    expect({ rows: await db.scheduledPublication.count(), audits: await db.auditLog.count() }).toEqual(before);
    await setStatus("ko", "published");
  });

  it("refuses a time in the past, too far ahead or malformed, with a field error", async () => {
    await setStatus("en", "draft");
    const now = new Date("2026-12-01T02:00:00Z"); // 10:00 in Beijing
    const at = (publishAt: unknown) => schedule.schedulePublication(users.editor, input({ publishAt }), now);
    const field = (f: string) => ({ ok: false, error: "invalid", fieldErrors: { publishAt: f } });
    expect(await at("2026-12-01T09:59")).toEqual(field("past"));
    expect(await at("2026-12-01T10:00")).toEqual(field("past")); // exactly now is not the future
    expect(await at(new Date(now.getTime() - 1))).toEqual(field("past"));
    expect(await at("2028-12-01T10:00")).toEqual(field("tooFar"));
    expect(await at("2026-02-30T10:00")).toEqual(field("invalid"));
    expect(await at("next week")).toEqual(field("invalid"));
    expect(await at("")).toEqual(field("required"));
    expect(await at(undefined)).toEqual(field("invalid"));
    expect(await pendingRows()).toEqual([]);
    // 10:00:01 Beijing time is one second ahead: accepted, stored as the UTC instant.
    const ok = await at("2026-12-01T10:00:01");
    expect(ok).toMatchObject({ ok: true, publishAt: new Date("2026-12-01T02:00:01Z") });
    await schedule.cancelSchedule(users.editor, { id: ok.ok ? ok.id : "" });
  });

  it("refuses published locales without a pending draft, and unknown items", async () => {
    const at = new Date(Date.now() + HOUR);
    expect(await schedule.schedulePublication(users.editor, input({ locale: "zh", publishAt: at }))).toEqual({
      ok: false,
      error: "alreadyPublished",
    });
    expect(await schedule.schedulePublication(users.editor, input({ key: "no-such-article", publishAt: at }))).toEqual({
      ok: false,
      error: "notFound",
    });
    expect(
      await schedule.schedulePublication(users.editor, {
        type: "glossary",
        key: "tumen-river",
        locale: "en",
        publishAt: at,
      }),
    ).toEqual({
      ok: false,
      error: "alreadyPublished",
    });
    expect(await schedule.schedulePublication(users.editor, input({ type: "nope", publishAt: at }))).toMatchObject({
      ok: false,
      error: "invalid",
    });
    expect(await schedule.schedulePublication(users.editor, input({ locale: "fr", publishAt: at }))).toMatchObject({
      ok: false,
      error: "invalid",
    });
    expect(await pendingRows()).toEqual([]);
  });

  it("schedules a draft locale (row + audit entry); a new time replaces the pending one; cancel ends it", async () => {
    expect(await status("en")).toBe("draft");
    const first = await schedule.schedulePublication(users.editor, input({ publishAt: new Date(Date.now() + HOUR) }));
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const later = new Date(Date.now() + 2 * HOUR);
    const second = await schedule.schedulePublication(
      users.editor2,
      input({ publishAt: schedule.utcToZonedLocal(later, "Asia/Shanghai", { seconds: true }) }),
    );
    expect(second.ok).toBe(true);
    if (!second.ok) return;
    const pending = await pendingRows();
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({
      id: second.id,
      entityType: "news",
      itemKey: SLUG,
      locale: "en",
      createdById: users.editor2.id,
    });
    expect(pending[0]!.publishAt.getTime()).toBe(Math.floor(later.getTime() / 1000) * 1000);
    expect(await db.scheduledPublication.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
      outcome: "replaced",
    });
    const audit = await db.auditLog.findMany({ where: { action: "schedule.create" }, orderBy: { at: "asc" } });
    expect(audit.slice(-2).map((a) => [a.userId, a.target])).toEqual([
      [users.editor.id, `news:${SLUG}`],
      [users.editor2.id, `news:${SLUG}`],
    ]);
    expect(audit.at(-1)!.details).toMatchObject({ locale: "en", scheduleId: second.id, replaced: 1 });

    // The editor and the list see it.
    const editing = await content.getContentForEditing(users.editor, "news", SLUG, "en");
    expect(editing.ok && editing.item.scheduledAt?.getTime()).toBe(pending[0]!.publishAt.getTime());
    expect(await schedule.pendingSchedule(users.editor, "news", SLUG, "en")).toEqual({
      id: second.id,
      publishAt: pending[0]!.publishAt,
      revision: pending[0]!.revision,
    });
    const list = await schedule.listSchedules(users.editor);
    expect(list.ok && list.pending.map((e) => [e.id, e.createdBy?.email])).toEqual([
      [second.id, "editor2@example.org"],
    ]);
    expect(list.ok && list.done.map((e) => e.outcome)).toContain("replaced");

    // Cancelling: only those who may publish; then it is done, and cannot be cancelled twice.
    expect(await schedule.cancelSchedule(users.koTranslator, { id: second.id })).toEqual({
      ok: false,
      error: "forbidden",
    });
    expect(await schedule.cancelSchedule(users.editor, { id: "" })).toEqual({ ok: false, error: "invalid" });
    const cancels = await db.auditLog.count({ where: { action: "schedule.cancel" } });
    expect(await schedule.cancelSchedule(users.editor, { id: second.id })).toEqual({ ok: true });
    expect(await schedule.cancelSchedule(users.editor, { id: second.id })).toEqual({ ok: false, error: "notFound" });
    expect(await db.scheduledPublication.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({
      outcome: "cancelled",
    });
    expect(await db.auditLog.count({ where: { action: "schedule.cancel" } })).toBe(cancels + 1);
    const cancelAudit = await db.auditLog.findFirstOrThrow({
      where: { action: "schedule.cancel" },
      orderBy: { at: "desc" },
    });
    expect(cancelAudit).toMatchObject({ userId: users.editor.id, target: `news:${SLUG}` });
    expect(cancelAudit.details).toMatchObject({ locale: "en", scheduleId: second.id });
    expect(await pendingRows()).toEqual([]);
  });

  it("publishing by hand ends a pending schedule of that locale", async () => {
    const r = await schedule.schedulePublication(users.editor, input({ publishAt: new Date(Date.now() + HOUR) }));
    expect(r.ok).toBe(true);
    await setStatus("en", "published");
    expect(await pendingRows()).toEqual([]);
    expect(await db.scheduledPublication.findUniqueOrThrow({ where: { id: r.ok ? r.id : "" } })).toMatchObject({
      outcome: "cancelled",
    });
    await setStatus("en", "draft");
  });
});

describe("the runner", () => {
  it("does nothing before the time, then publishes exactly once even when two runs race", async () => {
    expect(await status("en")).toBe("draft");
    const publishAt = new Date(Date.now() + HOUR);
    const r = await schedule.schedulePublication(users.editor, input({ publishAt }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;

    expect(await schedule.runDuePublications(new Date(publishAt.getTime() - 1))).toEqual({ published: 0, results: [] });
    expect(await status("en")).toBe("draft");
    expect(await pendingRows()).toHaveLength(1);

    // The schedule names the revision it publishes; a draft edit after scheduling does not ride along.
    const scheduled = await translation("en");
    expect((await pendingRows())[0]).toMatchObject({
      revision: await head("en"),
      data: expect.objectContaining({ title: scheduled.title }),
    });
    const saved = await content.saveContentTranslation(users.editor, {
      type: "news",
      key: SLUG,
      locale: "en",
      expectedRevision: await head("en"),
      ...Object.fromEntries(
        Object.entries(scheduled).filter(([k]) => ["title", "summary", "body", "sourceName", "byline"].includes(k)),
      ),
      title: "A new track for the China-ROK zone (edited after scheduling)",
    });
    expect(saved.ok).toBe(true);
    const listed = await schedule.listSchedules(users.editor);
    expect(listed.ok && listed.pending.find((e) => e.id === r.id)).toMatchObject({
      draftChanged: true,
      revision: (await head("en")) - 1,
    });

    const versionBefore = (await article()).version;
    const auditsBefore = await db.auditLog.count({ where: { action: "schedule.publish" } });
    const after = new Date(publishAt.getTime() + 1000);
    const runs = await Promise.all([
      schedule.runDuePublications(after),
      schedule.runDuePublications(after),
      schedule.runDuePublications(after),
    ]);
    const results = runs.flatMap((x) => x.results);
    expect(results).toEqual([{ id: r.id, type: "news", key: SLUG, locale: "en", outcome: "published" }]);
    expect(runs.reduce((n, x) => n + x.published, 0)).toBe(1);

    expect(await status("en")).toBe("published");
    // Live: the scheduled text; the later edit is still a draft; the item's details untouched.
    expect(await translation("en")).toMatchObject({ title: scheduled.title, revision: (await head("en")) - 1 });
    expect((await translation("en")).draft).toMatchObject({
      title: "A new track for the China-ROK zone (edited after scheduling)",
    });
    expect((await article()).version).toBe(versionBefore);
    expect(await db.auditLog.count({ where: { action: "schedule.publish" } })).toBe(auditsBefore + 1);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "schedule.publish" },
      orderBy: { at: "desc" },
    });
    expect(audit).toMatchObject({ userId: users.editor.id, target: `news:${SLUG}` });
    expect(audit.details).toMatchObject({ locale: "en", from: "draft", to: "published" });
    const row = await db.scheduledPublication.findUniqueOrThrow({ where: { id: r.id } });
    expect(row.outcome).toBe("published");
    expect(row.doneAt).toBeInstanceOf(Date);

    // Nothing left to do.
    expect(await schedule.runDuePublications(new Date(publishAt.getTime() + HOUR))).toEqual({
      published: 0,
      results: [],
    });
    const list = await schedule.listSchedules(users.admin);
    expect(list.ok && list.done.find((e) => e.id === r.id)?.outcome).toBe("published");
  });

  it("does not publish for a scheduler who was deactivated or may no longer publish", async () => {
    await setStatus("en", "draft");
    await setStatus("ko", "draft");
    const publishAt = new Date(Date.now() + HOUR);
    const a = await schedule.schedulePublication(users.editor2, input({ publishAt }));
    const b = await schedule.schedulePublication(
      users.editor,
      input({ locale: "ko", publishAt: new Date(publishAt.getTime() + 1000) }),
    );
    expect(a.ok && b.ok).toBe(true);
    await db.user.update({ where: { id: users.editor2.id }, data: { deactivatedAt: new Date() } });
    await db.user.update({ where: { id: users.editor.id }, data: { role: "translator", locales: ["ko"] } });
    try {
      const run = await schedule.runDuePublications(new Date(publishAt.getTime() + 5000));
      expect(run.published).toBe(0);
      expect(run.results.map((x) => [x.locale, x.outcome])).toEqual([
        ["en", "forbidden"],
        ["ko", "forbidden"],
      ]);
      expect(await status("en")).toBe("draft");
      expect(await status("ko")).toBe("draft");
      expect(
        (await db.scheduledPublication.findMany({ where: { id: { in: [a.ok ? a.id : "", b.ok ? b.id : ""] } } })).map(
          (x) => x.outcome,
        ),
      ).toEqual(["forbidden", "forbidden"]);
    } finally {
      await db.user.update({ where: { id: users.editor2.id }, data: { deactivatedAt: null } });
      await db.user.update({ where: { id: users.editor.id }, data: { role: "editor", locales: [] } });
    }
  });

  it("records notFound for an item deleted after scheduling, and a deleted account as forbidden", async () => {
    const publishAt = new Date(Date.now() + HOUR);
    const gone = await db.scheduledPublication.create({
      data: { entityType: "news", itemKey: "deleted-article", locale: "en", publishAt, createdById: users.admin.id },
    });
    const orphan = await db.scheduledPublication.create({
      data: {
        entityType: "news",
        itemKey: SLUG,
        locale: "en",
        publishAt: new Date(publishAt.getTime() + 1),
        createdById: "no-such-user",
      },
    });
    const run = await schedule.runDuePublications(new Date(publishAt.getTime() + 1000));
    expect(run.results.map((x) => [x.id, x.outcome])).toEqual([
      [gone.id, "notFound"],
      [orphan.id, "forbidden"],
    ]);
    expect(await status("en")).toBe("draft");
    await setStatus("en", "published");
    await setStatus("ko", "published");
  });
});

describe("the runner's endpoint (POST /api/internal/publish-due)", () => {
  it("derives its token from the auth secret and compares it safely", async () => {
    const token = await import("@/lib/scheduler/token");
    const secret = "a".repeat(32);
    expect(token.publishDueToken(secret)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(token.publishDueToken(secret)).not.toBe(token.publishDueToken("b".repeat(32)));
    expect(token.isPublishDueToken(token.publishDueToken(secret), secret)).toBe(true);
    for (const bad of [
      null,
      undefined,
      "",
      "x",
      token.publishDueToken("b".repeat(32)),
      token.publishDueToken(secret) + "x",
      "x".repeat(5000),
    ])
      expect(token.isPublishDueToken(bad, secret)).toBe(false);
  });

  it("answers 401 without the token and runs the due publications with it", async () => {
    const { POST } = await import("@/app/api/internal/publish-due/route");
    const { publishDueToken, PUBLISH_DUE_HEADER } = await import("@/lib/scheduler/token");
    const { NextRequest } = await import("next/server");
    const req = (headers: Record<string, string> = {}, body?: string) =>
      new NextRequest("http://127.0.0.1:3000/api/internal/publish-due", { method: "POST", headers, body });
    for (const r of [req(), req({ [PUBLISH_DUE_HEADER]: "nope" }), req({ [PUBLISH_DUE_HEADER]: "" }, "{not json")]) {
      const res = await POST(r);
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error: "unauthorized" });
    }
    await setStatus("en", "draft");
    const due = await db.scheduledPublication.create({
      data: {
        entityType: "news",
        itemKey: SLUG,
        locale: "en",
        publishAt: new Date(Date.now() - 1000),
        createdById: users.admin.id,
      },
    });
    const res = await POST(req({ [PUBLISH_DUE_HEADER]: publishDueToken() }, "ignored"));
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({
      published: 1,
      results: [{ id: due.id, type: "news", key: SLUG, locale: "en", outcome: "published" }],
    });
    expect(await status("en")).toBe("published");
  });
});
