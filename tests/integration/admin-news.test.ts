// Editing a news article's text against a real, migrated and seeded database (TEST_DATABASE_URL's server
// when set, else an embedded PGlite): permissions per role and locale, optimistic concurrency on
// NewsArticle.version, Revision and AuditLog rows, outdated translations, validation.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appDatabase, type AppDatabase, type TestDatabase } from "../support/db";
import type { Db } from "@/lib/prisma-client";
import { createUserWithPassword } from "@/lib/auth/users";
import { toAdminUser, type AdminUser } from "@/lib/auth/permissions";

let app: AppDatabase;
let database: TestDatabase;
let db: Db;
let news: typeof import("@/lib/data/admin-news");

const SLUG = "mofcom-etdz-regional-coordination"; // original: zh
const users = {} as Record<"admin" | "editor" | "editor2" | "koTranslator" | "enTranslator", AdminUser>;

async function makeUser(email: string, role: "admin" | "editor" | "translator", locales: ("zh" | "ko" | "en")[] = []) {
  const r = await createUserWithPassword(db, { email, password: "a-long-enough-password", role, locales });
  return toAdminUser(await db.user.findUniqueOrThrow({ where: { id: r.id } }))!;
}

const article = () => db.newsArticle.findUniqueOrThrow({ where: { slug: SLUG }, include: { translations: true } });
const tr = async (locale: string) => (await article()).translations.find((t) => t.locale === locale)!;
const counts = async () => ({
  revisions: await db.revision.count(),
  audits: await db.auditLog.count({ where: { action: { startsWith: "news." } } }),
  version: (await article()).version,
});

const input = (over: Record<string, unknown> = {}) => ({
  slug: SLUG,
  locale: "ko",
  title: "새 제목",
  summary: "새 요약",
  body: "새 본문 **굵게**",
  sourceName: "펑몐뉴스(封面新闻)",
  byline: "",
  ...over,
});

beforeAll(async () => {
  app = await appDatabase("news-edit", { seed: true });
  db = app.db;
  news = await import("@/lib/data/admin-news");
  users.admin = await makeUser("admin@example.org", "admin");
  users.editor = await makeUser("editor@example.org", "editor");
  users.editor2 = await makeUser("editor2@example.org", "editor");
  users.koTranslator = await makeUser("ko@example.org", "translator", ["ko"]);
  users.enTranslator = await makeUser("en@example.org", "translator", ["en"]);
});

afterAll(async () => {
  await app?.close();
});

describe("reading for editing", () => {
  it("gives the translation, the original beside it, the version and the outdated flag", async () => {
    const r = await news.getNewsForEditing(users.koTranslator, SLUG, "ko");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.item.translation.locale).toBe("ko");
    expect(r.item.original.locale).toBe("zh");
    expect(r.item.isOriginal).toBe(false);
    expect(r.item.outdated).toBe(false);
    expect(r.item.canPublish).toBe(false);
    expect(r.item.version).toBe((await article()).version);
  });

  it("refuses anonymous users and translators of other locales; unknown items are notFound", async () => {
    expect(await news.getNewsForEditing(null, SLUG, "ko")).toEqual({ ok: false, error: "forbidden" });
    expect(await news.getNewsForEditing(users.enTranslator, SLUG, "ko")).toEqual({ ok: false, error: "forbidden" });
    expect(await news.getNewsForEditing(users.editor, "no-such-article", "ko")).toEqual({ ok: false, error: "notFound" });
    expect(await news.getNewsForEditing(users.editor, SLUG, "fr")).toEqual({ ok: false, error: "notFound" });
    const list = await news.listNewsForEditing(users.enTranslator);
    expect(list.ok && list.items.find((i) => i.slug === SLUG)?.translations.map((t) => [t.locale, t.editable])).toEqual([
      ["zh", false],
      ["ko", false],
      ["en", true],
    ]);
    expect(await news.listNewsForEditing(null)).toEqual({ ok: false, error: "forbidden" });
  });
});

describe("saving", () => {
  it("refuses anonymous users and translators of another locale, writing nothing", async () => {
    const before = await counts();
    const koBefore = await tr("ko");
    expect(await news.saveNewsTranslation(null, input({ expectedVersion: before.version }))).toEqual({ ok: false, error: "forbidden" });
    expect(await news.saveNewsTranslation(users.enTranslator, input({ expectedVersion: before.version }))).toEqual({
      ok: false,
      error: "forbidden",
    });
    expect(await counts()).toEqual(before);
    expect((await tr("ko")).title).toBe(koBefore.title);
  });

  it("lets a ko translator save ko (version, revision, Revision and AuditLog rows) but not publish", async () => {
    const before = await counts();
    const koBefore = await tr("ko");
    const r = await news.saveNewsTranslation(users.koTranslator, input({ expectedVersion: before.version }));
    expect(r).toEqual({ ok: true, version: before.version + 1 });
    const after = await counts();
    expect(after).toEqual({ revisions: before.revisions + 1, audits: before.audits + 1, version: before.version + 1 });
    const ko = await tr("ko");
    expect(ko).toMatchObject({ title: "새 제목", body: "새 본문 **굵게**", revision: koBefore.revision + 1, status: "published" });
    const rev = await db.revision.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    expect(rev).toMatchObject({ entityType: "news-translation", entityId: ko.id, locale: "ko", version: after.version, userId: users.koTranslator.id });
    expect(rev.data).toMatchObject({ title: "새 제목", revision: ko.revision });

    expect(
      await news.setNewsTranslationStatus(users.koTranslator, { slug: SLUG, locale: "ko", status: "draft", expectedVersion: after.version }),
    ).toEqual({ ok: false, error: "forbidden" });
    expect(await counts()).toEqual(after);
    expect((await tr("ko")).status).toBe("published");
  });

  it("lets an editor save and publish/unpublish, each bumping the version", async () => {
    let { version } = await counts();
    const saved = await news.saveNewsTranslation(users.editor, input({ locale: "en", title: "A new title", expectedVersion: version }));
    expect(saved).toEqual({ ok: true, version: version + 1 });
    version += 1;
    const draft = await news.setNewsTranslationStatus(users.editor, { slug: SLUG, locale: "en", status: "draft", expectedVersion: version });
    expect(draft).toEqual({ ok: true, version: version + 1 });
    expect((await tr("en")).status).toBe("draft");
    version += 1;
    // A stale version is refused for status changes too.
    expect(
      await news.setNewsTranslationStatus(users.editor, { slug: SLUG, locale: "en", status: "published", expectedVersion: version - 1 }),
    ).toEqual({ ok: false, error: "stale" });
    expect((await tr("en")).status).toBe("draft");
    const pub = await news.setNewsTranslationStatus(users.admin, { slug: SLUG, locale: "en", status: "published", expectedVersion: version });
    expect(pub).toEqual({ ok: true, version: version + 1 });
    expect((await tr("en")).status).toBe("published");
    expect(await db.auditLog.count({ where: { action: "news.status", target: `news:${SLUG}` } })).toBe(2);
  });

  it("gives the second of two editors with the same expectedVersion 'stale' and keeps the first's text", async () => {
    const before = await counts();
    const [first, second] = [
      await news.saveNewsTranslation(users.editor, input({ title: "첫 번째 편집자", expectedVersion: before.version })),
      await news.saveNewsTranslation(users.editor2, input({ title: "두 번째 편집자", expectedVersion: before.version })),
    ];
    expect(first).toEqual({ ok: true, version: before.version + 1 });
    expect(second).toEqual({ ok: false, error: "stale" });
    expect((await tr("ko")).title).toBe("첫 번째 편집자");
    expect(await counts()).toEqual({ revisions: before.revisions + 1, audits: before.audits + 1, version: before.version + 1 });
  });

  it("serializes truly concurrent saves: exactly one wins", async () => {
    const before = await counts();
    const results = await Promise.all([
      news.saveNewsTranslation(users.editor, input({ title: "동시 A", expectedVersion: before.version })),
      news.saveNewsTranslation(users.editor2, input({ title: "동시 B", expectedVersion: before.version })),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.error === "stale")).toHaveLength(1);
    const winner = results[0]!.ok ? "동시 A" : "동시 B";
    expect((await tr("ko")).title).toBe(winner);
    expect((await counts()).revisions).toBe(before.revisions + 1);
  });

  it("saving the zh original marks ko and en outdated; saving ko brings ko up to date", async () => {
    let { version } = await counts();
    const zhBefore = await tr("zh");
    const r = await news.saveNewsTranslation(users.editor, input({ locale: "zh", title: "新标题", sourceName: "封面新闻", expectedVersion: version }));
    expect(r.ok).toBe(true);
    version += 1;
    const zh = await tr("zh");
    expect(zh.revision).toBe(zhBefore.revision + 1);
    expect(zh.sourceRevision).toBeNull();
    for (const l of ["ko", "en"]) {
      const e = await news.getNewsForEditing(users.editor, SLUG, l);
      expect(e.ok && e.item.outdated).toBe(true);
    }
    const list = await news.listNewsForEditing(users.editor);
    expect(list.ok && list.items.find((i) => i.slug === SLUG)?.translations.map((t) => [t.locale, t.outdated])).toEqual([
      ["zh", false],
      ["ko", true],
      ["en", true],
    ]);

    expect((await news.saveNewsTranslation(users.koTranslator, input({ expectedVersion: version }))).ok).toBe(true);
    expect((await tr("ko")).sourceRevision).toBe(zh.revision);
    const ko = await news.getNewsForEditing(users.koTranslator, SLUG, "ko");
    const en = await news.getNewsForEditing(users.editor, SLUG, "en");
    expect(ko.ok && ko.item.outdated).toBe(false);
    expect(en.ok && en.item.outdated).toBe(true);
  });

  it("returns fieldErrors for invalid input and writes nothing", async () => {
    const before = await counts();
    const koBefore = await tr("ko");
    const r = await news.saveNewsTranslation(
      users.editor,
      input({ title: "   ", summary: "x".repeat(1001), body: "", expectedVersion: before.version }),
    );
    expect(r).toEqual({ ok: false, error: "invalid", fieldErrors: { title: "required", summary: "tooLong", body: "required" } });
    const big = await news.saveNewsTranslation(users.editor, input({ title: "t".repeat(301), body: "b".repeat(50_001), expectedVersion: before.version }));
    expect(big).toEqual({ ok: false, error: "invalid", fieldErrors: { title: "tooLong", body: "tooLong" } });
    expect(await news.saveNewsTranslation(users.editor, input({ expectedVersion: "abc" }))).toMatchObject({
      ok: false,
      fieldErrors: { expectedVersion: "invalid" },
    });
    expect(await counts()).toEqual(before);
    expect((await tr("ko")).title).toBe(koBefore.title);
  });

  it("answers notFound for an unknown article", async () => {
    const before = await counts();
    expect(await news.saveNewsTranslation(users.editor, input({ slug: "no-such-article", expectedVersion: 1 }))).toEqual({
      ok: false,
      error: "notFound",
    });
    expect(await counts()).toEqual(before);
  });
});
