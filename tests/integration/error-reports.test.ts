// Readers' error reports against a real database: what is stored (the page's path and language, only a
// hash of the sender), localized-key validation, the per-sender rate limit, the honeypot, the
// 3-working-day clock staff see, and handling with a note (permission-checked, audit-logged).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appDatabase, type AppDatabase } from "../support/db";
import { makeErrorReport, makeUser } from "../support/factories";
import type { Db } from "@/lib/prisma-client";
import type { AdminUser } from "@/lib/auth/permissions";

let app: AppDatabase;
let db: Db;
let reports: typeof import("@/lib/data/error-reports");
let editor: AdminUser;
const translator: AdminUser = { id: "t", email: "t@example.org", name: "T", role: "translator", locales: ["ko"] };

beforeAll(async () => {
  app = await appDatabase("reports");
  db = app.db;
  reports = await import("@/lib/data/error-reports");
  editor = await makeUser(db, "ed@example.org", "editor", [], { name: "Ed" });
});

afterAll(async () => {
  await app?.close();
});

const valid = {
  page: "http://localhost:3000/ko/news/some-article#para",
  message: "두 번째 문단의 날짜가 틀렸습니다.",
  email: "",
};

describe("error reports", () => {
  it("stores the page path (origin dropped), language and message, with a reference and a hashed sender", async () => {
    const result = await reports.createErrorReport(valid, { locale: "ko", clientKey: "198.51.100.7" });
    expect(result).toEqual({ ok: true, reference: expect.stringMatching(/^ERR-[2-9A-HJ-NP-Z]{6}$/) });
    const row = await db.errorReport.findFirstOrThrow({
      where: { reference: (result as { reference: string }).reference },
    });
    expect(row).toMatchObject({
      pagePath: "/ko/news/some-article#para",
      locale: "ko",
      message: valid.message,
      email: null,
      status: "open",
    });
    expect(row.clientHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.clientHash).not.toContain("198.51");
  });

  it("refuses bad input with message keys and stores nothing", async () => {
    const before = await db.errorReport.count();
    const r = await reports.createErrorReport(
      { page: "https://evil.example/elsewhere", message: "x", email: "nope" },
      { locale: "en", clientKey: "198.51.100.8" },
    );
    expect(r).toEqual({
      ok: false,
      fieldErrors: { page: "pageInvalid", message: "messageTooShort", email: "emailInvalid" },
    });
    const empty = await reports.createErrorReport(
      { page: "", message: "" },
      { locale: "en", clientKey: "198.51.100.8" },
    );
    expect(empty).toEqual({ ok: false, fieldErrors: { page: "pageRequired", message: "messageRequired" } });
    const long = await reports.createErrorReport(
      { ...valid, message: "长".repeat(2001) },
      { locale: "zh", clientKey: "198.51.100.8" },
    );
    expect(long).toEqual({ ok: false, fieldErrors: { message: "messageTooLong" } });
    expect(await db.errorReport.count()).toBe(before);
  });

  it("thanks a bot that fills the honeypot without storing anything", async () => {
    const before = await db.errorReport.count();
    expect(
      await reports.createErrorReport(valid, { locale: "en", clientKey: "198.51.100.9", honeypot: "http://spam" }),
    ).toMatchObject({ ok: true });
    expect(await db.errorReport.count()).toBe(before);
  });

  it("limits one sender to RATE_LIMIT an hour, also when sent at once; others are not held up", async () => {
    const key = "203.0.113.50";
    const results = await Promise.all(
      Array.from({ length: reports.RATE_LIMIT + 3 }, () =>
        reports.createErrorReport(valid, { locale: "zh", clientKey: key }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(reports.RATE_LIMIT);
    expect(results.filter((r) => !r.ok)).toEqual(Array(3).fill({ ok: false, error: "rateLimited" }));
    expect(await reports.createErrorReport(valid, { locale: "zh", clientKey: "203.0.113.51" })).toMatchObject({
      ok: true,
    });
  });

  it("shows staff the 3-working-day clock and counts the overdue ones", async () => {
    // Received on a Thursday at 10:00 Beijing time: due the next Tuesday at 10:00.
    const thursday = new Date("2026-11-26T02:00:00Z");
    const old = await makeErrorReport(db, {
      reference: "ERR-THU234",
      pagePath: "/en",
      locale: "en",
      createdAt: thursday,
    });
    const list = await reports.listErrorReports(editor, new Date("2026-12-01T01:59:00Z"));
    if (!list.ok) throw new Error("denied");
    const item = list.items.find((i) => i.id === old.id)!;
    expect(item.dueAt.toISOString()).toBe("2026-12-01T02:00:00.000Z");
    expect(item.overdue).toBe(false);
    const later = await reports.listErrorReports(editor, new Date("2026-12-01T02:01:00Z"));
    if (!later.ok) throw new Error("denied");
    expect(later.items.find((i) => i.id === old.id)!.overdue).toBe(true);
    // Oldest open first.
    expect(later.items[0]!.id).toBe(old.id);
    expect(await reports.errorReportCounts(editor, new Date("2026-12-01T02:01:00Z"))).toMatchObject({ overdue: 1 });
    expect(await reports.errorReportCounts(translator)).toBeNull();
    expect(await reports.listErrorReports(translator)).toEqual({ ok: false, error: "forbidden" });
  });

  it("marks a report handled with a note, audit-logged; refuses without permission, without a note or twice", async () => {
    const row = await db.errorReport.findFirstOrThrow({ where: { reference: "ERR-THU234" } });
    expect(await reports.handleErrorReport(translator, { id: row.id, replyNote: "fixed" })).toEqual({
      ok: false,
      error: "forbidden",
    });
    expect(await reports.handleErrorReport(null, { id: row.id, replyNote: "fixed" })).toEqual({
      ok: false,
      error: "forbidden",
    });
    expect(await reports.handleErrorReport(editor, { id: row.id, replyNote: "  " })).toEqual({
      ok: false,
      error: "invalid",
    });
    expect(await reports.handleErrorReport(editor, { id: "nope", replyNote: "fixed" })).toEqual({
      ok: false,
      error: "notFound",
    });
    expect(await reports.handleErrorReport(editor, { id: row.id, replyNote: "Corrected the date." })).toEqual({
      ok: true,
      reference: "ERR-THU234",
    });
    expect(await db.errorReport.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "handled",
      replyNote: "Corrected the date.",
      handledById: editor.id,
    });
    expect(
      await db.auditLog.findFirst({
        where: { action: "error-report.handle", target: "error-report:ERR-THU234", userId: editor.id },
      }),
    ).not.toBeNull();
    expect(await reports.handleErrorReport(editor, { id: row.id, replyNote: "again" })).toEqual({
      ok: false,
      error: "alreadyHandled",
    });
  });
});
