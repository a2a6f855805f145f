// Revision history, restore and the translation dashboard (lib/admin/history.ts,
// lib/admin/translations.ts) against a real, migrated and seeded database: revisions listed newest
// first with their authors, diffs between revisions, a restore that is itself a new revision, stale and
// unauthorised restores that write nothing; coverage numbers counted from the database; a saved original
// that makes its translations outdated, with exactly the changed words in the dashboard's source diff.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appDatabase, type AppDatabase } from "../support/db";
import type { Db } from "@/lib/prisma-client";
import type { AdminUser } from "@/lib/auth/permissions";
import { makeUser, makeUsers } from "../support/factories";
import { contentTypeKeys, type ContentType } from "@/lib/content-model/types";
import type { DiffPart } from "@/lib/admin/diff";

let app: AppDatabase;
let db: Db;
let content: typeof import("@/lib/admin/content");
let history: typeof import("@/lib/admin/history");
let translations: typeof import("@/lib/admin/translations");

const TERM = "teu"; // glossary, original zh
const NEWS = "changchun-etdz-reform-innovation"; // news, original zh
const users = {} as Record<"admin" | "editor" | "koTranslator" | "enTranslator" | "zhTranslator", AdminUser>;

const term = () => db.glossaryTerm.findUniqueOrThrow({ where: { slug: TERM }, include: { translations: true } });
const termTr = async (locale: string) => (await term()).translations.find((t) => t.locale === locale)!;
/** The working text of a translation: its pending draft, else its live text. */
const working = (t: { definition: string; draft: unknown; draftRevision: number | null }) =>
  t.draftRevision !== null ? (t.draft as { definition: string }).definition : t.definition;
const head = async (locale: string) => {
  const t = await termTr(locale);
  return t.draftRevision ?? t.revision;
};
const counts = async () => ({
  revisions: await db.revision.count(),
  audits: await db.auditLog.count(),
  revision: await head("zh"),
  zh: working(await termTr("zh")),
  ko: working(await termTr("ko")),
});
const added = (parts: DiffPart[]) => parts.filter((p) => p.kind === "added").map((p) => p.text);
const removed = (parts: DiffPart[]) => parts.filter((p) => p.kind === "removed").map((p) => p.text);

let seeded: { term: string; definition: string };
const first = "二十英尺标准集装箱单位（TEU），用于计量港口和班列的集装箱运量。";
const second = "二十英尺标准集装箱单位（TEU），用于统计港口和班列的集装箱运量。";

beforeAll(async () => {
  app = await appDatabase("hist", { seed: true });
  db = app.db;
  content = await import("@/lib/admin/content");
  history = await import("@/lib/admin/history");
  translations = await import("@/lib/admin/translations");
  users.admin = await makeUser(db, "admin@example.org", "admin");
  users.editor = await makeUser(db, "editor@example.org", "editor", [], { name: "Edith Editor" });
  Object.assign(users, await makeUsers(db, ["koTranslator", "enTranslator", "zhTranslator"]));
  const zh = await termTr("zh");
  seeded = { term: zh.term, definition: zh.definition };
});

afterAll(async () => {
  await app?.close();
});

describe("revision history", () => {
  it("is empty before the first edit", async () => {
    const r = await history.listRevisions(users.editor, "glossary", TERM, "zh");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.history).toMatchObject({
      type: "glossary",
      key: TERM,
      locale: "zh",
      originalLocale: "zh",
      isOriginal: true,
      revision: 1,
      canRestore: true,
    });
    expect(r.history.revisions).toEqual([]);
    expect(history.compareRevisions(r.history)).toBeNull();
  });

  it("lists every save newest first, with the baseline of the seeded text, authors and numbers", async () => {
    const v = (await term()).version;
    expect(
      await content.saveContentTranslation(users.editor, {
        type: "glossary",
        key: TERM,
        locale: "zh",
        expectedRevision: 1,
        term: seeded.term,
        definition: first,
      }),
    ).toEqual({
      ok: true,
      revision: 2,
    });
    expect(
      await content.saveContentTranslation(users.admin, {
        type: "glossary",
        key: TERM,
        locale: "zh",
        expectedRevision: 2,
        term: seeded.term,
        definition: second,
      }),
    ).toEqual({
      ok: true,
      revision: 3,
    });
    const r = await history.listRevisions(users.editor, "glossary", TERM, "zh");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // Drafts: the item's version (its details) stays; revision 1 is still the live one.
    expect(r.history.version).toBe(v);
    expect(r.history).toMatchObject({ revision: 3, liveRevision: 1 });
    expect(r.history.revisions.map((e) => [e.revision, e.version, e.baseline, e.author])).toEqual([
      [3, v, false, { kind: "user", name: users.admin.name, email: "admin@example.org" }],
      [2, v, false, { kind: "user", name: "Edith Editor", email: "editor@example.org" }],
      [1, v, true, { kind: "system" }],
    ]);
    expect(r.history.revisions.map((e) => e.values.definition)).toEqual([second, first, seeded.definition]);
    const times = r.history.revisions.map((e) => e.createdAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it("compares a revision with the one before it, or any two", async () => {
    const r = await history.listRevisions(users.editor, "glossary", TERM, "zh");
    if (!r.ok) throw new Error("not ok");
    const [rev3, rev2, rev1] = r.history.revisions;
    const latest = history.compareRevisions(r.history)!;
    expect(latest.from?.id).toBe(rev2!.id);
    expect(latest.to.id).toBe(rev3!.id);
    expect(latest.fields.map((f) => [f.name, f.changed])).toEqual([
      ["term", false],
      ["definition", true],
    ]);
    const def = latest.fields[1]!.parts;
    expect(removed(def)).toEqual(["计量"]);
    expect(added(def)).toEqual(["统计"]);

    // ?to= alone: that revision against the one before it; the first one has nothing before it.
    const second = history.compareRevisions(r.history, undefined, rev2!.id)!;
    expect([second.from?.id, second.to.id]).toEqual([rev1!.id, rev2!.id]);
    const oldest = history.compareRevisions(r.history, undefined, rev1!.id)!;
    expect(oldest.from).toBeNull();
    expect(oldest.fields).toEqual([]);

    // Any two, in the order given; unknown ids fall back to the default.
    const any = history.compareRevisions(r.history, rev1!.id, rev3!.id)!;
    expect(any.fields[1]!.changed).toBe(true);
    expect(
      any.fields.every(
        (f) =>
          f.parts
            .filter((p) => p.kind !== "added")
            .map((p) => p.text)
            .join("") === (f.name === "term" ? seeded.term : seeded.definition),
      ),
    ).toBe(true);
    expect(history.compareRevisions(r.history, "nope", "nope")!.to.id).toBe(rev3!.id);
  });

  it("refuses anonymous users and translators of other locales; a zh translator may read the original's history but not restore", async () => {
    expect(await history.listRevisions(null, "glossary", TERM, "zh")).toEqual({ ok: false, error: "forbidden" });
    expect(await history.listRevisions(users.enTranslator, "glossary", TERM, "ko")).toEqual({
      ok: false,
      error: "forbidden",
    });
    expect(await history.listRevisions(users.koTranslator, "glossary", TERM, "zh")).toEqual({
      ok: false,
      error: "forbidden",
    });
    expect(await history.listRevisions(users.editor, "glossary", "no-such-term", "zh")).toEqual({
      ok: false,
      error: "notFound",
    });
    expect(await history.listRevisions(users.editor, "nope", TERM, "zh")).toEqual({ ok: false, error: "notFound" });
    expect(await history.listRevisions(users.editor, "glossary", TERM, "fr")).toEqual({ ok: false, error: "notFound" });
    const zh = await history.listRevisions(users.zhTranslator, "glossary", TERM, "zh");
    expect(zh.ok && zh.history.canRestore).toBe(false);
    const ko = await history.listRevisions(users.koTranslator, "glossary", TERM, "ko");
    expect(ko.ok && ko.history.canRestore).toBe(true);
  });
});

describe("restoring", () => {
  const baselineId = async () => {
    const r = await history.listRevisions(users.editor, "glossary", TERM, "zh");
    if (!r.ok) throw new Error("not ok");
    return r.history.revisions.find((e) => e.baseline)!.id;
  };

  it("refuses anonymous users, translators of other locales and a translator of the original, writing nothing", async () => {
    const before = await counts();
    const revisionId = await baselineId();
    const input = { type: "glossary", key: TERM, locale: "zh", revisionId, expectedRevision: before.revision };
    expect(await history.restoreRevision(null, input)).toEqual({ ok: false, error: "forbidden" });
    expect(await history.restoreRevision(users.koTranslator, input)).toEqual({ ok: false, error: "forbidden" });
    expect(await history.restoreRevision(users.zhTranslator, input)).toEqual({ ok: false, error: "forbidden" });
    expect(await history.restoreRevision(users.enTranslator, { ...input, locale: "ko" })).toEqual({
      ok: false,
      error: "forbidden",
    });
    expect(await counts()).toEqual(before);
  });

  it("refuses a revision of another item or locale, and bad input", async () => {
    const before = await counts();
    const revisionId = await baselineId();
    // The zh revision is not one of the ko text's.
    expect(
      await history.restoreRevision(users.editor, {
        type: "glossary",
        key: TERM,
        locale: "ko",
        revisionId,
        expectedRevision: before.revision,
      }),
    ).toEqual({
      ok: false,
      error: "notFound",
    });
    expect(
      await history.restoreRevision(users.editor, {
        type: "glossary",
        key: "changjitu",
        locale: "zh",
        revisionId,
        expectedRevision: before.revision,
      }),
    ).toEqual({
      ok: false,
      error: "notFound",
    });
    expect(
      await history.restoreRevision(users.editor, {
        type: "glossary",
        key: TERM,
        locale: "zh",
        revisionId: "",
        expectedRevision: before.revision,
      }),
    ).toEqual({
      ok: false,
      error: "notFound",
    });
    expect(await counts()).toEqual(before);
  });

  it("refuses a stale revision and writes nothing", async () => {
    const before = await counts();
    const revisionId = await baselineId();
    expect(
      await history.restoreRevision(users.editor, {
        type: "glossary",
        key: TERM,
        locale: "zh",
        revisionId,
        expectedRevision: before.revision - 1,
      }),
    ).toEqual({
      ok: false,
      error: "stale",
    });
    expect(await counts()).toEqual(before);
  });

  it("brings back an old text as a new draft revision, with an audit entry; publishing makes it live", async () => {
    const before = await counts();
    const revisionId = await baselineId();
    expect(
      await history.restoreRevision(users.editor, {
        type: "glossary",
        key: TERM,
        locale: "zh",
        revisionId,
        expectedRevision: before.revision,
      }),
    ).toEqual({
      ok: true,
      revision: 4,
    });
    const after = await counts();
    expect(after).toMatchObject({
      revisions: before.revisions + 1,
      audits: before.audits + 1,
      revision: 4,
      zh: seeded.definition,
    });
    const zh = await termTr("zh");
    expect(zh).toMatchObject({ draft: { term: seeded.term, definition: seeded.definition }, draftRevision: 4 });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "revision.restore" },
      orderBy: { at: "desc" },
    });
    expect(audit).toMatchObject({ userId: users.editor.id, target: `glossary:${TERM}` });
    expect(audit.details).toMatchObject({ locale: "zh", restoredRevision: 1, revision: 4 });
    // Published: revision 4 is live, so the translations made from revision 1 are now outdated.
    expect(
      (
        await content.publishTranslation(users.editor, {
          type: "glossary",
          key: TERM,
          locale: "zh",
          expectedRevision: 4,
        })
      ).ok,
    ).toBe(true);
    expect(await termTr("zh")).toMatchObject({ definition: seeded.definition, revision: 4, draftRevision: null });

    const r = await history.listRevisions(users.editor, "glossary", TERM, "zh");
    if (!r.ok) throw new Error("not ok");
    const [newest, previous] = r.history.revisions;
    expect(newest).toMatchObject({ revision: 4, baseline: false, restoredFrom: 1 });
    expect(newest!.values.definition).toBe(seeded.definition);
    expect(previous!.restoredFrom).toBeNull();
    // The default comparison shows the restore undoing the last edit.
    const diff = history.compareRevisions(r.history)!.fields[1]!.parts;
    expect(removed(diff).join("")).toContain("统计");
    expect(
      diff
        .filter((p) => p.kind !== "removed")
        .map((p) => p.text)
        .join(""),
    ).toBe(seeded.definition);
  });

  it("lets a translator restore their own locale (as a draft)", async () => {
    const koBefore = await termTr("ko");
    const r0 = await head("ko");
    expect(
      await content.saveContentTranslation(users.koTranslator, {
        type: "glossary",
        key: TERM,
        locale: "ko",
        expectedRevision: r0,
        term: "TEU",
        definition: "바뀐 정의",
      }),
    ).toMatchObject({
      ok: true,
    });
    const r = await history.listRevisions(users.koTranslator, "glossary", TERM, "ko");
    if (!r.ok) throw new Error("not ok");
    const baseline = r.history.revisions.find((e) => e.baseline)!;
    expect(
      await history.restoreRevision(users.koTranslator, {
        type: "glossary",
        key: TERM,
        locale: "ko",
        revisionId: baseline.id,
        expectedRevision: r0 + 1,
      }),
    ).toEqual({
      ok: true,
      revision: r0 + 2,
    });
    expect(working(await termTr("ko"))).toBe(koBefore.definition);
    // The live text never moved.
    expect((await termTr("ko")).definition).toBe(koBefore.definition);
  });
});

// ---------------------------------------------------------------- the dashboard

type Tr = { locale: string; revision: number; sourceRevision: number | null; status?: string };
type Owner = { originalLocale: string; translations: Tr[] };

/** Every item of a type with its translations, read straight from the database (not through the code under test). */
async function ownersOf(type: ContentType): Promise<Owner[]> {
  const translations = { select: { locale: true, revision: true, sourceRevision: true, status: true } };
  const asOwners = (rows: unknown[]) => rows as Owner[];
  switch (type) {
    case "zone":
      return asOwners(await db.zone.findMany({ select: { originalLocale: true, translations } }));
    case "layout":
      return asOwners(await db.layoutElement.findMany({ select: { originalLocale: true, translations } }));
    case "policy":
      return asOwners(await db.policy.findMany({ select: { originalLocale: true, translations } }));
    case "news":
      return asOwners(await db.newsArticle.findMany({ select: { originalLocale: true, translations } }));
    case "figure":
      return asOwners(await db.keyFigure.findMany({ select: { originalLocale: true, translations } }));
    case "glossary":
      return asOwners(await db.glossaryTerm.findMany({ select: { originalLocale: true, translations } }));
    case "question":
      return asOwners(await db.question.findMany({ select: { originalLocale: true, translations } }));
    case "policy-section": {
      const rows = await db.policySection.findMany({
        select: { policy: { select: { originalLocale: true } }, translations },
      });
      return rows.map((r) => ({ originalLocale: r.policy.originalLocale, translations: r.translations as Tr[] }));
    }
    case "policy-article": {
      const rows = await db.policyArticle.findMany({
        select: { policy: { select: { originalLocale: true } }, translations },
      });
      return rows.map((r) => ({ originalLocale: r.policy.originalLocale, translations: r.translations as Tr[] }));
    }
  }
}

describe("translation dashboard", () => {
  it("refuses anonymous users", async () => {
    expect(await translations.getTranslationDashboard(null)).toEqual({ ok: false, error: "forbidden" });
  });

  it("counts items, translations, published, outdated and missing per locale and type as the database has them", async () => {
    const r = await translations.getTranslationDashboard(users.koTranslator);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.dashboard.coverage.map((c) => [c.locale, c.editable])).toEqual([
      ["zh", false],
      ["ko", true],
      ["en", false],
    ]);
    for (const c of r.dashboard.coverage) {
      for (const type of contentTypeKeys) {
        const owners = await ownersOf(type);
        const rows = owners.flatMap((o) => o.translations.filter((t) => t.locale === c.locale).map((t) => ({ t, o })));
        const outdated = rows.filter(({ t, o }) => {
          const original = o.translations.find((x) => x.locale === o.originalLocale)!;
          return t.locale !== o.originalLocale && (t.sourceRevision ?? 0) < original.revision;
        }).length;
        expect(
          c.rows.find((x) => x.type === type),
          `${c.locale} ${type}`,
        ).toEqual({
          type,
          items: owners.length,
          present: rows.length,
          published: rows.filter(({ t }) => t.status === "published").length,
          outdated,
          missing: owners.length - rows.length,
        });
      }
    }
    // The glossary term's zh original was republished above (revision 4): its ko and en translations,
    // made from revision 1, are outdated.
    const en = r.dashboard.coverage.find((c) => c.locale === "en")!.rows.find((x) => x.type === "glossary")!;
    expect(en.outdated).toBe(1);
    expect(r.dashboard.coverage.find((c) => c.locale === "zh")!.rows.every((x) => x.outdated === 0)).toBe(true);
  });

  it("saving the zh original of a news item makes ko and en outdated, with exactly the changed words as the source diff", async () => {
    const article = await db.newsArticle.findUniqueOrThrow({ where: { slug: NEWS }, include: { translations: true } });
    const zh = article.translations.find((t) => t.locale === "zh")!;
    const clause = "在原有政策红利逐渐消失的情况下,";
    const sentence = "报道还介绍了营商环境建设。";
    expect(zh.summary.startsWith(clause)).toBe(true);
    const summary = zh.summary.slice(clause.length) + sentence;
    const before = await translations.getTranslationDashboard(users.editor);
    if (!before.ok) throw new Error("not ok");
    expect(before.dashboard.outdated.some((o) => o.key === NEWS)).toBe(false);

    expect(
      await content.saveContentTranslation(users.editor, {
        type: "news",
        key: NEWS,
        locale: "zh",
        expectedRevision: zh.revision,
        title: zh.title,
        summary,
        body: zh.body,
        sourceName: zh.sourceName,
        byline: zh.byline,
      }),
    ).toMatchObject({ ok: true });
    // A draft of the original outdates nothing; publishing it does.
    const drafted = await translations.getTranslationDashboard(users.editor);
    expect(drafted.ok && drafted.dashboard.outdated.some((o) => o.key === NEWS)).toBe(false);
    expect(
      (
        await content.publishTranslation(users.editor, {
          type: "news",
          key: NEWS,
          locale: "zh",
          expectedRevision: zh.revision + 1,
        })
      ).ok,
    ).toBe(true);

    const r = await translations.getTranslationDashboard(users.koTranslator);
    if (!r.ok) throw new Error("not ok");
    const items = r.dashboard.outdated.filter((o) => o.key === NEWS);
    expect(items.map((o) => [o.locale, o.editable, o.sourceRevision, o.originalRevision])).toEqual([
      ["ko", true, 1, 2],
      ["en", false, 1, 2],
    ]);
    for (const o of items) {
      expect(o).toMatchObject({ type: "news", title: zh.title, originalLocale: "zh" });
      expect(o.sourceDiff!.map((f) => f.name)).toEqual(["summary"]);
      const parts = o.sourceDiff![0]!.parts;
      expect(removed(parts)).toEqual([clause]);
      expect(added(parts)).toEqual([sentence]);
    }
    const list = await content.listContent(users.editor, "news");
    expect(list.ok && list.items.find((i) => i.key === NEWS)?.translations.map((t) => [t.locale, t.outdated])).toEqual([
      ["zh", false],
      ["ko", true],
      ["en", true],
    ]);
    const news = r.dashboard.coverage.find((c) => c.locale === "ko")!.rows.find((x) => x.type === "news")!;
    expect(news.outdated).toBe(
      before.dashboard.coverage.find((c) => c.locale === "ko")!.rows.find((x) => x.type === "news")!.outdated + 1,
    );
  });

  it("says the source diff is unavailable when the original's old text was never recorded", async () => {
    // The baseline row of the news original (revision 1) is gone: the text the translations were made from is unknown.
    const article = await db.newsArticle.findUniqueOrThrow({ where: { slug: NEWS }, include: { translations: true } });
    const zh = article.translations.find((t) => t.locale === "zh")!;
    const baseline = await db.revision.findFirstOrThrow({
      where: { entityId: zh.id, data: { path: ["baseline"], equals: true } },
    });
    await db.revision.delete({ where: { id: baseline.id } });
    try {
      const r = await translations.getTranslationDashboard(users.editor);
      if (!r.ok) throw new Error("not ok");
      const items = r.dashboard.outdated.filter((o) => o.key === NEWS);
      expect(items).toHaveLength(2);
      expect(items.every((o) => o.sourceDiff === null)).toBe(true);
    } finally {
      await db.revision.create({ data: baseline as never });
    }
  });

  it("lists at most `limit` outdated translations but counts them all", async () => {
    const r = await translations.getTranslationDashboard(users.editor, { limit: 1 });
    if (!r.ok) throw new Error("not ok");
    expect(r.dashboard.outdated).toHaveLength(1);
    expect(r.dashboard.outdatedTotal).toBeGreaterThanOrEqual(3);
  });
});
