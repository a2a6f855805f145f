// Editing text through the generic content layer (lib/data/admin-content.ts), shown on a news article,
// against a real, migrated and seeded database (TEST_DATABASE_URL's server when set, else an embedded
// PGlite): permissions per role and locale, optimistic concurrency on NewsArticle.version, Revision and
// AuditLog rows, outdated translations, validation. tests/integration/admin-matrix.test.ts runs every
// admin action of every content type for every role.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appDatabase, type AppDatabase, type TestDatabase } from "../support/db";
import type { Db } from "@/lib/prisma-client";
import { createUserWithPassword } from "@/lib/auth/users";
import { toAdminUser, type AdminUser } from "@/lib/auth/permissions";

let app: AppDatabase;
let database: TestDatabase;
let db: Db;
let content: typeof import("@/lib/data/admin-content");

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
  audits: await db.auditLog.count({ where: { action: { startsWith: "content." } } }),
  version: (await article()).version,
});

const input = (over: Record<string, unknown> = {}) => ({
  type: "news",
  key: SLUG,
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
  content = await import("@/lib/data/admin-content");
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
    const r = await content.getContentForEditing(users.koTranslator, "news", SLUG, "ko");
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
    expect(await content.getContentForEditing(null, "news", SLUG, "ko")).toEqual({ ok: false, error: "forbidden" });
    expect(await content.getContentForEditing(users.enTranslator, "news", SLUG, "ko")).toEqual({ ok: false, error: "forbidden" });
    expect(await content.getContentForEditing(users.editor, "news", "no-such-article", "ko")).toEqual({ ok: false, error: "notFound" });
    expect(await content.getContentForEditing(users.editor, "news", SLUG, "fr")).toEqual({ ok: false, error: "notFound" });
    const list = await content.listContent(users.enTranslator, "news");
    expect(list.ok && list.items.find((i) => i.key === SLUG)?.translations.map((t) => [t.locale, t.editable])).toEqual([
      ["zh", false],
      ["ko", false],
      ["en", true],
    ]);
    expect(await content.listContent(null, "news")).toEqual({ ok: false, error: "forbidden" });
  });
});

describe("saving", () => {
  it("refuses anonymous users and translators of another locale, writing nothing", async () => {
    const before = await counts();
    const koBefore = await tr("ko");
    expect(await content.saveContentTranslation(null, input({ expectedVersion: before.version }))).toEqual({ ok: false, error: "forbidden" });
    expect(await content.saveContentTranslation(users.enTranslator, input({ expectedVersion: before.version }))).toEqual({
      ok: false,
      error: "forbidden",
    });
    expect(await counts()).toEqual(before);
    expect((await tr("ko")).title).toBe(koBefore.title);
  });

  it("lets a ko translator save ko (version, revision, Revision and AuditLog rows) but not publish", async () => {
    const before = await counts();
    const koBefore = await tr("ko");
    const r = await content.saveContentTranslation(users.koTranslator, input({ expectedVersion: before.version }));
    expect(r).toEqual({ ok: true, version: before.version + 1 });
    const after = await counts();
    // The first edit of a translation also records the text it replaced (the seeded text) as a baseline.
    expect(after).toEqual({ revisions: before.revisions + 2, audits: before.audits + 1, version: before.version + 1 });
    const baseline = await db.revision.findFirstOrThrow({ where: { entityId: koBefore.id }, orderBy: { createdAt: "asc" } });
    expect(baseline.data).toMatchObject({ title: koBefore.title, revision: koBefore.revision, baseline: true });
    const ko = await tr("ko");
    expect(ko).toMatchObject({ title: "새 제목", body: "새 본문 **굵게**", revision: koBefore.revision + 1, status: "published" });
    const rev = await db.revision.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    expect(rev).toMatchObject({ entityType: "news-translation", entityId: ko.id, locale: "ko", version: after.version, userId: users.koTranslator.id });
    expect(rev.data).toMatchObject({ title: "새 제목", revision: ko.revision });

    expect(
      await content.setContentStatus(users.koTranslator, { type: "news", key: SLUG, locale: "ko", status: "draft", expectedVersion: after.version }),
    ).toEqual({ ok: false, error: "forbidden" });
    expect(await counts()).toEqual(after);
    expect((await tr("ko")).status).toBe("published");
  });

  it("lets an editor save and publish/unpublish, each bumping the version", async () => {
    let { version } = await counts();
    const saved = await content.saveContentTranslation(users.editor, input({ locale: "en", title: "A new title", expectedVersion: version }));
    expect(saved).toEqual({ ok: true, version: version + 1 });
    version += 1;
    const draft = await content.setContentStatus(users.editor, { type: "news", key: SLUG, locale: "en", status: "draft", expectedVersion: version });
    expect(draft).toEqual({ ok: true, version: version + 1 });
    expect((await tr("en")).status).toBe("draft");
    version += 1;
    // A stale version is refused for status changes too.
    expect(
      await content.setContentStatus(users.editor, { type: "news", key: SLUG, locale: "en", status: "published", expectedVersion: version - 1 }),
    ).toEqual({ ok: false, error: "stale" });
    expect((await tr("en")).status).toBe("draft");
    const pub = await content.setContentStatus(users.admin, { type: "news", key: SLUG, locale: "en", status: "published", expectedVersion: version });
    expect(pub).toEqual({ ok: true, version: version + 1 });
    expect((await tr("en")).status).toBe("published");
    expect(await db.auditLog.count({ where: { action: "content.status", target: `news:${SLUG}` } })).toBe(2);
  });

  it("gives the second of two editors with the same expectedVersion 'stale' and keeps the first's text", async () => {
    const before = await counts();
    const [first, second] = [
      await content.saveContentTranslation(users.editor, input({ title: "첫 번째 편집자", expectedVersion: before.version })),
      await content.saveContentTranslation(users.editor2, input({ title: "두 번째 편집자", expectedVersion: before.version })),
    ];
    expect(first).toEqual({ ok: true, version: before.version + 1 });
    expect(second).toEqual({ ok: false, error: "stale" });
    expect((await tr("ko")).title).toBe("첫 번째 편집자");
    expect(await counts()).toEqual({ revisions: before.revisions + 1, audits: before.audits + 1, version: before.version + 1 });
  });

  it("serializes truly concurrent saves: exactly one wins", async () => {
    const before = await counts();
    const results = await Promise.all([
      content.saveContentTranslation(users.editor, input({ title: "동시 A", expectedVersion: before.version })),
      content.saveContentTranslation(users.editor2, input({ title: "동시 B", expectedVersion: before.version })),
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
    const r = await content.saveContentTranslation(users.editor, input({ locale: "zh", title: "新标题", sourceName: "封面新闻", expectedVersion: version }));
    expect(r.ok).toBe(true);
    version += 1;
    const zh = await tr("zh");
    expect(zh.revision).toBe(zhBefore.revision + 1);
    expect(zh.sourceRevision).toBeNull();
    for (const l of ["ko", "en"]) {
      const e = await content.getContentForEditing(users.editor, "news", SLUG, l);
      expect(e.ok && e.item.outdated).toBe(true);
    }
    const list = await content.listContent(users.editor, "news");
    expect(list.ok && list.items.find((i) => i.key === SLUG)?.translations.map((t) => [t.locale, t.outdated])).toEqual([
      ["zh", false],
      ["ko", true],
      ["en", true],
    ]);

    expect((await content.saveContentTranslation(users.koTranslator, input({ expectedVersion: version }))).ok).toBe(true);
    expect((await tr("ko")).sourceRevision).toBe(zh.revision);
    const ko = await content.getContentForEditing(users.koTranslator, "news", SLUG, "ko");
    const en = await content.getContentForEditing(users.editor, "news", SLUG, "en");
    expect(ko.ok && ko.item.outdated).toBe(false);
    expect(en.ok && en.item.outdated).toBe(true);
  });

  it("returns fieldErrors for invalid input and writes nothing", async () => {
    const before = await counts();
    const koBefore = await tr("ko");
    const r = await content.saveContentTranslation(
      users.editor,
      input({ title: "   ", summary: "x".repeat(1001), body: "", expectedVersion: before.version }),
    );
    expect(r).toEqual({ ok: false, error: "invalid", fieldErrors: { title: "required", summary: "tooLong", body: "required" } });
    const big = await content.saveContentTranslation(users.editor, input({ title: "t".repeat(301), body: "b".repeat(50_001), expectedVersion: before.version }));
    expect(big).toEqual({ ok: false, error: "invalid", fieldErrors: { title: "tooLong", body: "tooLong" } });
    expect(await content.saveContentTranslation(users.editor, input({ expectedVersion: "abc" }))).toMatchObject({
      ok: false,
      fieldErrors: { expectedVersion: "invalid" },
    });
    expect(await counts()).toEqual(before);
    expect((await tr("ko")).title).toBe(koBefore.title);
  });

  it("answers notFound for an unknown article", async () => {
    const before = await counts();
    expect(await content.saveContentTranslation(users.editor, input({ key: "no-such-article", expectedVersion: 1 }))).toEqual({
      ok: false,
      error: "notFound",
    });
    expect(await counts()).toEqual(before);
  });
});

describe("a language the item has no text in yet", () => {
  it("opens as an empty draft and the first save creates it (a draft, based on the current original)", async () => {
    const term = await db.glossaryTerm.findFirstOrThrow({ include: { translations: true } });
    const zh = term.translations.find((t) => t.locale === "zh")!;
    await db.glossaryTermTranslation.deleteMany({ where: { termId: term.id, locale: "en" } });

    const opened = await content.getContentForEditing(users.enTranslator, "glossary", term.slug, "en");
    expect(opened.ok && opened.item).toMatchObject({ isNew: true, outdated: false, canPublish: false, translation: { revision: 0, values: { term: "", definition: "" } } });
    const list = await content.listContent(users.enTranslator, "glossary");
    expect(list.ok && list.items.find((i) => i.key === term.slug)?.translations.find((t) => t.locale === "en")).toMatchObject({ missing: true, editable: true });

    const version = (await db.glossaryTerm.findUniqueOrThrow({ where: { id: term.id } })).version;
    const r = await content.saveContentTranslation(users.enTranslator, {
      type: "glossary",
      key: term.slug,
      locale: "en",
      expectedVersion: version,
      term: "New term",
      definition: "Its definition.",
    });
    expect(r).toEqual({ ok: true, version: version + 1 });
    const en = await db.glossaryTermTranslation.findFirstOrThrow({ where: { termId: term.id, locale: "en" } });
    expect(en).toMatchObject({ term: "New term", revision: 1, sourceRevision: zh.revision });
    // One Revision row (no baseline: there was no earlier text) and one audit entry.
    expect(await db.revision.count({ where: { entityId: en.id } })).toBe(1);

    // A publishable type's new language starts as a draft.
    const zone = await db.zone.findFirstOrThrow({ select: { id: true, slug: true, version: true } });
    await db.zoneTranslation.deleteMany({ where: { zoneId: zone.id, locale: "ko" } });
    const z = await content.saveContentTranslation(users.editor, {
      type: "zone",
      key: zone.slug,
      locale: "ko",
      expectedVersion: zone.version,
      name: "새 이름",
      shortName: "새",
      summary: "요약",
      industries: "산업 1\n산업 2",
    });
    expect(z.ok).toBe(true);
    expect(await db.zoneTranslation.findFirstOrThrow({ where: { zoneId: zone.id, locale: "ko" } })).toMatchObject({
      status: "draft",
      industries: ["산업 1", "산업 2"],
      positioning: "",
    });
  });
});
