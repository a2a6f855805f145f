// Editing text through the generic content layer (lib/admin/content.ts), shown on a news article,
// against a real, migrated and seeded database (TEST_DATABASE_URL's server when set, else an embedded
// PGlite): drafts apart from the live text (the public data layer keeps serving the live revision),
// review (submit, return, approve), permissions per role and locale, concurrency per translation,
// Revision and AuditLog rows, outdated translations and provenance, validation. tests/integration/admin-matrix.test.ts runs every
// admin action of every content type for every role.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appDatabase, type AppDatabase } from "../support/db";
import type { Db } from "@/lib/prisma-client";
import type { AdminUser } from "@/lib/auth/permissions";
import { makeUsers } from "../support/factories";

let app: AppDatabase;
let db: Db;
let content: typeof import("@/lib/admin/content");
let news: typeof import("@/lib/data/news");

const SLUG = "mofcom-etdz-regional-coordination"; // original: zh
const users = {} as Record<"admin" | "editor" | "editor2" | "koTranslator" | "enTranslator", AdminUser>;

const article = () => db.newsArticle.findUniqueOrThrow({ where: { slug: SLUG }, include: { translations: true } });
const tr = async (locale: string) => (await article()).translations.find((t) => t.locale === locale)!;
const counts = async () => ({
  revisions: await db.revision.count(),
  audits: await db.auditLog.count({ where: { action: { startsWith: "content." } } }),
  version: (await article()).version,
});
/** The revision a write must name (the draft's, else the live one). */
const head = async (locale: string) => {
  const t = await tr(locale);
  return t.draftRevision ?? t.revision;
};
const target = async (locale: string) => ({ type: "news", key: SLUG, locale, expectedRevision: await head(locale) });

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
  content = await import("@/lib/admin/content");
  news = await import("@/lib/data/news");
  Object.assign(users, await makeUsers(db, ["admin", "editor", "editor2", "koTranslator", "enTranslator"]));
});

afterAll(async () => {
  await app?.close();
});

describe("reading for editing", () => {
  it("gives the translation, the original beside it, its revision and the outdated flag", async () => {
    const r = await content.getContentForEditing(users.koTranslator, "news", SLUG, "ko");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.item.translation.locale).toBe("ko");
    expect(r.item.original.locale).toBe("zh");
    expect(r.item.isOriginal).toBe(false);
    expect(r.item.outdated).toBe(false);
    expect(r.item.canPublish).toBe(false);
    expect(r.item.canSubmit).toBe(false); // nothing unpublished yet
    expect(r.item.translation).toMatchObject({ revision: await head("ko"), pendingDraft: false, review: "none" });
  });

  it("refuses anonymous users and translators of other locales; unknown items are notFound", async () => {
    expect(await content.getContentForEditing(null, "news", SLUG, "ko")).toEqual({ ok: false, error: "forbidden" });
    expect(await content.getContentForEditing(users.enTranslator, "news", SLUG, "ko")).toEqual({
      ok: false,
      error: "forbidden",
    });
    expect(await content.getContentForEditing(users.editor, "news", "no-such-article", "ko")).toEqual({
      ok: false,
      error: "notFound",
    });
    expect(await content.getContentForEditing(users.editor, "news", SLUG, "fr")).toEqual({
      ok: false,
      error: "notFound",
    });
    const list = await content.listContent(users.enTranslator, "news");
    expect(list.ok && list.items.find((i) => i.key === SLUG)?.translations.map((t) => [t.locale, t.editable])).toEqual([
      ["zh", false],
      ["ko", false],
      ["en", true],
    ]);
    expect(await content.listContent(null, "news")).toEqual({ ok: false, error: "forbidden" });
  });
});

describe("drafts and review", () => {
  it("refuses anonymous users and translators of another locale, writing nothing", async () => {
    const before = await counts();
    const koBefore = await tr("ko");
    const rev = await head("ko");
    expect(await content.saveContentTranslation(null, input({ expectedRevision: rev }))).toEqual({
      ok: false,
      error: "forbidden",
    });
    expect(await content.saveContentTranslation(users.enTranslator, input({ expectedRevision: rev }))).toEqual({
      ok: false,
      error: "forbidden",
    });
    expect(await counts()).toEqual(before);
    expect(await tr("ko")).toEqual(koBefore);
  });

  it("a translator's save of a published text is a draft: the public page keeps the live text", async () => {
    const before = await counts();
    const koBefore = await tr("ko");
    const liveBefore = await news.getNewsArticle("ko", SLUG);
    const r = await content.saveContentTranslation(users.koTranslator, input({ expectedRevision: koBefore.revision }));
    expect(r).toEqual({ ok: true, revision: koBefore.revision + 1 });
    // The first edit also records the text it replaced (the seeded text) as a baseline; the item's
    // version (locale-neutral details) does not move.
    expect(await counts()).toEqual({
      revisions: before.revisions + 2,
      audits: before.audits + 1,
      version: before.version,
    });
    const baseline = await db.revision.findFirstOrThrow({
      where: { entityId: koBefore.id },
      orderBy: { createdAt: "asc" },
    });
    expect(baseline.data).toMatchObject({ title: koBefore.title, revision: koBefore.revision, baseline: true });
    const ko = await tr("ko");
    expect(ko).toMatchObject({
      title: koBefore.title,
      body: koBefore.body,
      revision: koBefore.revision,
      status: "published",
      draftRevision: koBefore.revision + 1,
    });
    expect(ko.draft).toMatchObject({ title: "새 제목", body: "새 본문 **굵게**" });
    const rev = await db.revision.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    expect(rev).toMatchObject({
      entityType: "news-translation",
      entityId: ko.id,
      locale: "ko",
      userId: users.koTranslator.id,
    });
    expect(rev.data).toMatchObject({ title: "새 제목", revision: koBefore.revision + 1 });
    expect(await news.getNewsArticle("ko", SLUG)).toEqual(liveBefore);

    const editing = await content.getContentForEditing(users.koTranslator, "news", SLUG, "ko");
    expect(editing.ok && editing.item.translation).toMatchObject({
      revision: ko.revision + 1,
      liveRevision: ko.revision,
      pendingDraft: true,
      values: { title: "새 제목" },
      live: { title: koBefore.title },
    });
    expect(editing.ok && editing.item.canSubmit).toBe(true);
  });

  it("a translator has no way to publish: publish, unpublish and return are refused, nothing changes", async () => {
    const before = await tr("ko");
    const t = await target("ko");
    expect(await content.publishTranslation(users.koTranslator, t)).toEqual({ ok: false, error: "forbidden" });
    expect(await content.setContentStatus(users.koTranslator, { ...t, status: "published" })).toEqual({
      ok: false,
      error: "forbidden",
    });
    expect(await content.unpublishTranslation(users.koTranslator, t)).toEqual({ ok: false, error: "forbidden" });
    expect(await content.returnForRevision(users.koTranslator, { ...t, note: "x" })).toEqual({
      ok: false,
      error: "forbidden",
    });
    expect(await tr("ko")).toEqual(before);
  });

  it("submit → the editors' queue and count; return with a comment → the translator's queue", async () => {
    const editorCount = await content.reviewQueueCount(users.editor);
    expect(await content.submitForReview(users.enTranslator, await target("ko"))).toEqual({
      ok: false,
      error: "forbidden",
    });
    expect(
      await content.submitForReview(users.koTranslator, {
        ...(await target("ko")),
        expectedRevision: (await head("ko")) - 1,
      }),
    ).toEqual({ ok: false, error: "stale" });
    expect(await content.submitForReview(users.koTranslator, await target("ko"))).toEqual({
      ok: true,
      revision: await head("ko"),
    });
    expect((await tr("ko")).review).toBe("submitted");
    expect(await content.reviewQueueCount(users.editor)).toBe(editorCount + 1);
    const queue = await content.listReviewQueue(users.editor);
    expect(queue.ok && queue.state).toBe("submitted");
    expect(queue.ok && queue.entries.find((e) => e.key === SLUG)).toMatchObject({
      type: "news",
      locale: "ko",
      title: "새 제목",
      revision: await head("ko"),
    });
    expect(await content.listReviewQueue(null)).toEqual({ ok: false, error: "forbidden" });

    // Returning needs a comment.
    expect(await content.returnForRevision(users.editor, { ...(await target("ko")), note: "  " })).toMatchObject({
      ok: false,
      error: "invalid",
    });
    expect(
      await content.returnForRevision(users.editor, { ...(await target("ko")), note: "제목을 원문에 맞춰 주십시오." }),
    ).toEqual({ ok: true, revision: await head("ko") });
    expect(await tr("ko")).toMatchObject({
      review: "returned",
      reviewNote: "제목을 원문에 맞춰 주십시오.",
      draftRevision: await head("ko"),
    });
    expect(await content.reviewQueueCount(users.editor)).toBe(editorCount);
    expect(await content.reviewQueueCount(users.koTranslator)).toBe(1);
    const mine = await content.listReviewQueue(users.koTranslator);
    expect(mine.ok && mine.state).toBe("returned");
    // Returning twice: there is nothing submitted.
    expect(await content.returnForRevision(users.editor, { ...(await target("ko")), note: "again" })).toEqual({
      ok: false,
      error: "noDraft",
    });
    for (const action of ["content.submit", "content.return"]) {
      expect(await db.auditLog.count({ where: { action, target: `news:${SLUG}` } })).toBe(1);
    }
  });

  it("the translator saves again and resubmits; the editor approves: the draft goes live at once", async () => {
    const saved = await content.saveContentTranslation(
      users.koTranslator,
      input({ title: "고친 제목", expectedRevision: await head("ko") }),
    );
    expect(saved.ok).toBe(true);
    expect((await tr("ko")).review).toBe("none"); // a save withdraws the review request
    expect((await content.submitForReview(users.koTranslator, await target("ko"))).ok).toBe(true);
    const draftRevision = await head("ko");
    const approved = await content.publishTranslation(users.editor, await target("ko"));
    expect(approved).toEqual({ ok: true, revision: draftRevision });
    expect(await tr("ko")).toMatchObject({
      title: "고친 제목",
      revision: draftRevision,
      draftRevision: null,
      draft: null,
      review: "none",
      reviewNote: null,
      status: "published",
    });
    expect((await news.getNewsArticle("ko", SLUG))?.title).toBe("고친 제목");
    expect(await db.auditLog.count({ where: { action: "content.approve", target: `news:${SLUG}` } })).toBe(1);
    // Nothing left to submit.
    expect(await content.submitForReview(users.koTranslator, await target("ko"))).toEqual({
      ok: false,
      error: "noDraft",
    });
  });

  it("unpublish takes the language off the site (fallback to the original); publishing brings it back", async () => {
    const un = await content.unpublishTranslation(users.editor, await target("ko"));
    expect(un.ok).toBe(true);
    expect((await tr("ko")).status).toBe("draft");
    expect(await news.getNewsArticle("ko", SLUG)).toMatchObject({ lang: "zh", fallback: true });
    const pub = await content.setContentStatus(users.admin, { ...(await target("ko")), status: "published" });
    expect(pub.ok).toBe(true);
    expect(await news.getNewsArticle("ko", SLUG)).toMatchObject({ lang: "ko", fallback: false, title: "고친 제목" });
    expect(await db.auditLog.count({ where: { action: "content.unpublish", target: `news:${SLUG}` } })).toBe(1);
  });
});

describe("concurrency per translation", () => {
  it("Korean and English translators saving the same item at the same time both succeed", async () => {
    const [ko, en] = [await target("ko"), await target("en")];
    const results = await Promise.all([
      content.saveContentTranslation(users.koTranslator, input({ ...ko, title: "동시 한국어" })),
      content.saveContentTranslation(users.enTranslator, input({ ...en, title: "Concurrent English" })),
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    expect((await tr("ko")).draft).toMatchObject({ title: "동시 한국어" });
    expect((await tr("en")).draft).toMatchObject({ title: "Concurrent English" });
  });

  it("two editors on the same language: the second is refused as stale and the first's draft stays", async () => {
    const before = await counts();
    const t = await target("ko");
    const first = await content.saveContentTranslation(users.editor, input({ ...t, title: "첫 번째 편집자" }));
    const second = await content.saveContentTranslation(users.editor2, input({ ...t, title: "두 번째 편집자" }));
    expect(first).toEqual({ ok: true, revision: t.expectedRevision + 1 });
    expect(second).toEqual({ ok: false, error: "stale" });
    expect((await tr("ko")).draft).toMatchObject({ title: "첫 번째 편집자" });
    expect(await counts()).toEqual({ ...before, revisions: before.revisions + 1, audits: before.audits + 1 });
  });

  it("serializes truly concurrent saves of one language: exactly one wins", async () => {
    const before = await counts();
    const t = await target("ko");
    const results = await Promise.all([
      content.saveContentTranslation(users.editor, input({ ...t, title: "동시 A" })),
      content.saveContentTranslation(users.editor2, input({ ...t, title: "동시 B" })),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.error === "stale")).toHaveLength(1);
    const winner = results[0]!.ok ? "동시 A" : "동시 B";
    expect((await tr("ko")).draft).toMatchObject({ title: winner });
    expect((await counts()).revisions).toBe(before.revisions + 1);
  });
});

describe("outdated translations and provenance", () => {
  it("a published change of the zh original marks ko and en outdated; a new ko translation brings ko up to date", async () => {
    const zhBefore = await tr("zh");
    const saved = await content.saveContentTranslation(
      users.editor,
      input({ locale: "zh", title: "新标题", sourceName: "封面新闻", expectedRevision: await head("zh") }),
    );
    expect(saved.ok).toBe(true);
    // A draft of the original changes nothing yet.
    expect((await news.getNewsArticle("ko", SLUG))?.provenance).toMatchObject({ outdated: false });
    expect((await content.publishTranslation(users.editor, await target("zh"))).ok).toBe(true);
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
    const outdated = await news.getNewsArticle("ko", SLUG);
    expect(outdated?.provenance).toMatchObject({
      original: "zh",
      outdated: true,
      originalRevision: zh.revision,
      originalDate: zh.revisionAt.toISOString().slice(0, 10),
    });
    expect(await news.getNewsArticle("zh", SLUG)).toMatchObject({ provenance: null });

    // The ko draft made now is based on the new original; the review shows what changed in it since.
    expect(
      (
        await content.saveContentTranslation(
          users.koTranslator,
          input({ title: "새 원문에 맞춘 제목", expectedRevision: await head("ko") }),
        )
      ).ok,
    ).toBe(true);
    const ko = await content.getContentForEditing(users.editor, "news", SLUG, "ko");
    expect(ko.ok && ko.item.translation.sourceRevision).toBe(zh.revision);
    expect((await content.publishTranslation(users.editor, await target("ko"))).ok).toBe(true);
    expect((await tr("ko")).sourceRevision).toBe(zh.revision);
    const fresh = await content.getContentForEditing(users.koTranslator, "news", SLUG, "ko");
    const en = await content.getContentForEditing(users.editor, "news", SLUG, "en");
    expect(fresh.ok && fresh.item.outdated).toBe(false);
    expect(en.ok && en.item.outdated).toBe(true);
    expect((await news.getNewsArticle("ko", SLUG))?.provenance).toMatchObject({
      sourceRevision: zh.revision,
      outdated: false,
      sourceDate: zh.revisionAt.toISOString().slice(0, 10),
    });
  });
});

describe("validation", () => {
  it("returns fieldErrors for invalid input and writes nothing", async () => {
    const before = await counts();
    const koBefore = await tr("ko");
    const rev = await head("ko");
    const r = await content.saveContentTranslation(
      users.editor,
      input({ title: "   ", summary: "x".repeat(1001), body: "", expectedRevision: rev }),
    );
    expect(r).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { title: "required", summary: "tooLong", body: "required" },
    });
    const big = await content.saveContentTranslation(
      users.editor,
      input({ title: "t".repeat(301), body: "b".repeat(50_001), expectedRevision: rev }),
    );
    expect(big).toEqual({ ok: false, error: "invalid", fieldErrors: { title: "tooLong", body: "tooLong" } });
    expect(await content.saveContentTranslation(users.editor, input({ expectedRevision: "abc" }))).toMatchObject({
      ok: false,
      fieldErrors: { expectedRevision: "invalid" },
    });
    expect(
      await content.publishTranslation(users.editor, { type: "news", key: SLUG, locale: "xx", expectedRevision: rev }),
    ).toMatchObject({ ok: false, error: "invalid" });
    expect(await counts()).toEqual(before);
    expect(await tr("ko")).toEqual(koBefore);
  });

  it("answers notFound for an unknown article", async () => {
    const before = await counts();
    expect(
      await content.saveContentTranslation(users.editor, input({ key: "no-such-article", expectedRevision: 1 })),
    ).toEqual({ ok: false, error: "notFound" });
    expect(
      await content.publishTranslation(users.editor, {
        type: "news",
        key: "no-such-article",
        locale: "ko",
        expectedRevision: 1,
      }),
    ).toEqual({ ok: false, error: "notFound" });
    expect(await counts()).toEqual(before);
  });
});

describe("a language the item has no text in yet", () => {
  it("opens as an empty draft; the first save creates an unpublished row; publishing makes it revision 1", async () => {
    const term = await db.glossaryTerm.findFirstOrThrow({ include: { translations: true } });
    const zh = term.translations.find((t) => t.locale === "zh")!;
    await db.glossaryTermTranslation.deleteMany({ where: { termId: term.id, locale: "en" } });

    const opened = await content.getContentForEditing(users.enTranslator, "glossary", term.slug, "en");
    expect(opened.ok && opened.item).toMatchObject({
      isNew: true,
      outdated: false,
      canPublish: false,
      translation: { revision: 0, values: { term: "", definition: "" } },
    });
    const list = await content.listContent(users.enTranslator, "glossary");
    expect(
      list.ok && list.items.find((i) => i.key === term.slug)?.translations.find((t) => t.locale === "en"),
    ).toMatchObject({ missing: true, editable: true });

    const first = {
      type: "glossary",
      key: term.slug,
      locale: "en",
      expectedRevision: 0,
      term: "New term",
      definition: "Its definition.",
    };
    expect(await content.saveContentTranslation(users.enTranslator, first)).toEqual({ ok: true, revision: 1 });
    // A second first save of the same language meets the row the first one created.
    expect(await content.saveContentTranslation(users.editor, { ...first, term: "Other" })).toEqual({
      ok: false,
      error: "stale",
    });
    const en = await db.glossaryTermTranslation.findFirstOrThrow({ where: { termId: term.id, locale: "en" } });
    expect(en).toMatchObject({
      term: "New term",
      revision: 0,
      draftRevision: 1,
      status: "draft",
      sourceRevision: zh.revision,
    });
    // One Revision row (no baseline: there was no earlier text).
    expect(await db.revision.count({ where: { entityId: en.id } })).toBe(1);
    expect(
      (
        await content.publishTranslation(users.editor, {
          type: "glossary",
          key: term.slug,
          locale: "en",
          expectedRevision: 1,
        })
      ).ok,
    ).toBe(true);
    expect(
      await db.glossaryTermTranslation.findFirstOrThrow({ where: { termId: term.id, locale: "en" } }),
    ).toMatchObject({ revision: 1, status: "published", draftRevision: null });

    // A zone's new language starts as a draft too.
    const zone = await db.zone.findFirstOrThrow({ select: { id: true, slug: true } });
    await db.zoneTranslation.deleteMany({ where: { zoneId: zone.id, locale: "ko" } });
    const z = await content.saveContentTranslation(users.editor, {
      type: "zone",
      key: zone.slug,
      locale: "ko",
      expectedRevision: 0,
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
