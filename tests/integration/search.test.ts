// Site search against a real, migrated and seeded database (TEST_DATABASE_URL's server when set, else an
// embedded PGlite): Chinese and Korean substring matching, locales, highlighting, literal wildcards,
// validation, drafts, the search documents the triggers keep (edit, publish, unpublish, delete, Q&A consent),
// and — on a real server — that the index serves every term and that the candidates are capped.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { appDatabase, type AppDatabase, type TestDatabase } from "../support/db";
import { makeInquiry } from "../support/factories";
import type { Db } from "@/lib/prisma-client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchOutcome, SearchResult, Segment } from "@/lib/data/search";

let app: AppDatabase;
let database: TestDatabase;
let db: Db;
let search: typeof import("@/lib/data/search");

beforeAll(async () => {
  app = await appDatabase("search", { seed: true });
  database = app.database;
  db = app.db;
  search = await import("@/lib/data/search");
});

afterAll(async () => {
  await app?.close();
});

function ok(outcome: SearchOutcome) {
  if (!outcome.ok) throw new Error(`search failed: ${outcome.error}`);
  return outcome;
}
const joined = (segments: Segment[]) => segments.map((s) => s.text).join("");
const hits = (r: SearchResult) => [...r.titleSegments, ...r.snippet].filter((s) => s.hit).map((s) => s.text);

describe("Chinese", () => {
  it("finds 珲春 (two characters) in policy article 20 and the Hunchun zone", async () => {
    const { results, total } = ok(await search.searchContent("zh", "珲春"));
    expect(total).toBe(results.length);
    const hrefs = results.map((r) => r.href);
    expect(hrefs).toContain("/policies/changjitu-2014-work-points#article-20");
    expect(hrefs).toContain("/zones/hunchun-cooperation-zone");
    const article = results.find((r) => r.href.endsWith("#article-20"))!;
    expect(article.type).toBe("article");
    expect(article.lang).toBe("zh");
    expect(article.title).toBe("加快珲春国际合作示范区建设");
    expect(article.article).toEqual({ number: 20, policyTitle: expect.stringContaining("长吉图") });
    expect(article.titleSegments).toEqual([
      { text: "加快", hit: false },
      { text: "珲春", hit: true },
      { text: "国际合作示范区建设", hit: false },
    ]);
    // Every result is in Chinese and shows where it matched.
    for (const r of results) {
      expect(r.lang).toBe("zh");
      expect(hits(r)).toContain("珲春");
    }
  });

  it("ranks the article whose heading has the term above articles that only mention it in the body", async () => {
    const { results } = ok(await search.searchContent("zh", "珲春"));
    const articles = results.filter((r) => r.type === "article");
    const byHeading = articles.filter((r) => r.title.includes("珲春"));
    const bodyOnly = articles.filter((r) => !r.title.includes("珲春"));
    expect(byHeading.length).toBeGreaterThan(0);
    expect(bodyOnly.length).toBeGreaterThan(0);
    expect(Math.min(...byHeading.map((r) => r.score))).toBeGreaterThan(Math.max(...bodyOnly.map((r) => r.score)));
  });

  it("finds a single character", async () => {
    const { results } = ok(await search.searchContent("zh", "港"));
    expect(results.length).toBeGreaterThan(0);
  });
});

describe("Korean and English", () => {
  it("finds 보세구 in the Xinglong bonded zone (ko)", async () => {
    const { results } = ok(await search.searchContent("ko", "보세구"));
    const zone = results.find((r) => r.type === "zone" && r.slug === "xinglong-bonded-zone");
    expect(zone).toBeDefined();
    expect(zone!.href).toBe("/zones/xinglong-bonded-zone");
    expect(zone!.title).toBe("창춘 싱룽 종합보세구");
    expect(zone!.titleSegments.find((s) => s.hit)?.text).toBe("보세구");
    expect(results[0]).toBe(zone);
    expect(results.every((r) => r.lang === "ko")).toBe(true);
  });

  it("finds 'bonded' in English, case-insensitively", async () => {
    const { results } = ok(await search.searchContent("en", "BONDED"));
    const zone = results.find((r) => r.slug === "xinglong-bonded-zone" && r.type === "zone");
    expect(zone?.title).toBe("Changchun Xinglong Comprehensive Bonded Zone");
    expect(zone!.titleSegments).toEqual([
      { text: "Changchun Xinglong Comprehensive ", hit: false },
      { text: "Bonded", hit: true },
      { text: " Zone", hit: false },
    ]);
    // The zone named for it comes first.
    expect(results[0]!.slug).toBe("xinglong-bonded-zone");
    expect(results.every((r) => r.lang === "en")).toBe(true);
  });

  it("requires every word of a multi-word query", async () => {
    const both = ok(await search.searchContent("en", "xinglong  bonded")).results;
    expect(both.length).toBeGreaterThan(0);
    for (const r of both) {
      const text = [...r.titleSegments, ...r.snippet].filter((s) => s.hit).map((s) => s.text.toLowerCase());
      expect(text.length).toBeGreaterThan(0);
    }
    expect(ok(await search.searchContent("en", "xinglong qqqzzz")).results).toEqual([]);
    // The item whose title has every term ranks first.
    expect(ok(await search.searchContent("zh", "长春 保税")).results[0]!.href).toBe("/zones/xinglong-bonded-zone");
  });
});

describe("locales", () => {
  it("searches only the current locale's text unless asked to widen to all", async () => {
    // In English, 珲春 finds the English texts that write its glossary rendering "Hunchun", and only those.
    const en = ok(await search.searchContent("en", "珲春")).results;
    expect(en.length).toBeGreaterThan(0);
    expect(new Set(en.map((r) => r.lang))).toEqual(new Set(["en"]));
    expect(ok(await search.searchContent("en", "珲春国际合作示范区建设")).results).toEqual([]);
    const wide = ok(await search.searchContent("en", "珲春", { allLocales: true }));
    expect(wide.allLocales).toBe(true);
    expect(wide.results.length).toBeGreaterThan(0);
    expect(new Set(wide.results.map((r) => r.lang))).toContain("zh");
    expect(wide.results.map((r) => r.href)).toContain("/policies/changjitu-2014-work-points#article-20");
  });

  it("reports each hit's language", async () => {
    const { results } = ok(await search.searchContent("ko", "Xinglong", { allLocales: true }));
    expect(results.map((r) => r.lang)).toContain("en");
    const { results: koOnly } = ok(await search.searchContent("ko", "싱룽", { allLocales: true }));
    expect(koOnly.every((r) => r.lang === "ko")).toBe(true);
  });
});

describe("highlighting", () => {
  it("segments reconstruct the title, and the snippet is a piece of the plain text", async () => {
    const { results } = ok(await search.searchContent("en", "hunchun"));
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) {
      expect(joined(r.titleSegments)).toBe(r.title);
      for (const h of hits(r)) expect(h.toLowerCase()).toBe("hunchun");
      expect(hits(r).length).toBeGreaterThan(0);
    }
    for (const r of results.filter((x) => x.type === "zone")) {
      const t = await db.zoneTranslation.findFirstOrThrow({ where: { locale: "en", zone: { slug: r.slug } } });
      const sources = [search.plainText(t.summary), search.plainText(t.body)];
      expect(sources.some((text) => text.includes(joined(r.snippet)))).toBe(true);
      expect(r.clipped.start || r.clipped.end || sources.includes(joined(r.snippet))).toBe(true);
    }
  });

  it("marks matches case-insensitively in plain text (pure functions)", () => {
    const text = "Bonded zone, bonded logistics and BONDED warehouses";
    const segs = search.highlight(text, ["bonded"]);
    expect(joined(segs)).toBe(text);
    expect(segs.filter((s) => s.hit).map((s) => s.text)).toEqual(["Bonded", "bonded", "BONDED"]);
    expect(search.highlight("a+b (c)", ["+b ("])).toEqual([
      { text: "a", hit: false },
      { text: "+b (", hit: true },
      { text: "c)", hit: false },
    ]);
    const long = `${"前".repeat(300)}珲春${"后".repeat(300)}`;
    const ex = search.excerpt(long, ["珲春"]);
    expect(ex.clipped).toEqual({ start: true, end: true });
    expect(long).toContain(joined(ex.segments));
    expect(ex.segments.filter((s) => s.hit).map((s) => s.text)).toEqual(["珲春"]);
    // With several terms, the excerpt is taken where most of them show.
    const multi = `${"zone ".repeat(60)}and the Hunchun zone here ${"filler ".repeat(60)}`;
    const mex = search.excerpt(multi, ["hunchun", "zone"]);
    expect(mex.segments.filter((s) => s.hit).map((s) => s.text.toLowerCase())).toContain("hunchun");
    // When no window shows them all, the terms the title does not show come first.
    const apart = `The Pilot Zone ${"filler ".repeat(60)}and the Hunchun window ${"filler ".repeat(60)}`;
    expect(search.excerpt(apart, ["hunchun", "zone"]).segments.find((s) => s.hit)?.text).toBe("Zone");
    expect(search.excerpt(apart, ["hunchun", "zone"], ["hunchun"]).segments.find((s) => s.hit)?.text).toBe("Hunchun");
    expect(search.plainText("## Heading\n\nSome *emphasis* and a [link](https://example.com).")).toBe(
      "Heading Some emphasis and a link.",
    );
  });
});

describe("special characters", () => {
  it("treats % and _ literally", async () => {
    const everything = await db.zoneTranslation.count({ where: { locale: "ko" } });
    const percent = ok(await search.searchContent("ko", "%", { limit: 100 }));
    // Only texts with a literal % match (the Korean ETDZ profile has "10%포인트"), not everything.
    expect(percent.total).toBeLessThan(everything);
    for (const r of percent.results) expect(hits(r)).toContain("%");
    expect(ok(await search.searchContent("en", "_")).results).toEqual([]);
    expect(ok(await search.searchContent("en", "%%%")).results).toEqual([]);
    expect(ok(await search.searchContent("en", "\\")).results).toEqual([]);
    expect(ok(await search.searchContent("en", "b_nded")).results).toEqual([]);
    expect(ok(await search.searchContent("en", '\'; DROP TABLE "Zone"; --')).results).toEqual([]);
    expect(await db.zone.count()).toBe(6);
  });

  it("ranks a term with a regular expression's metacharacters literally", async () => {
    // "(Changchun)" is in the English name of the China-ROK zone: whole-word ranking must treat ( and ) as text.
    const results = ok(await search.searchContent("en", "(Changchun)")).results;
    expect(results[0]?.href).toBe("/zones/china-rok-changchun");
    expect(ok(await search.searchContent("en", "c++ [a-z]* (x|y)")).results).toEqual([]);
  });
});

describe("validation", () => {
  it("returns typed errors instead of throwing", async () => {
    expect(await search.searchContent("en", "")).toEqual({ ok: false, query: "", error: "tooShort" });
    expect(await search.searchContent("en", "   \n\t ")).toMatchObject({ ok: false, error: "tooShort" });
    expect(await search.searchContent("en", "x".repeat(101))).toMatchObject({ ok: false, error: "tooLong" });
    expect(await search.searchContent("zh", "珲".repeat(101))).toMatchObject({ ok: false, error: "tooLong" });
    const hundred = await search.searchContent("en", "x".repeat(100));
    expect(hundred).toMatchObject({ ok: true, total: 0, results: [] });
  });

  it("trims and collapses whitespace", async () => {
    const r = ok(await search.searchContent("ko", "  보세구  "));
    expect(r.query).toBe("보세구");
    expect(r.results.length).toBeGreaterThan(0);
    expect(search.parseSearchQuery(["a  b", "c"])).toEqual({ ok: true, query: "a b" });
    expect(search.parseSearchQuery(undefined)).toMatchObject({ ok: false, error: "tooShort" });
  });

  it("respects the limit and still counts every match", async () => {
    const all = ok(await search.searchContent("zh", "长春", { limit: 100 }));
    const few = ok(await search.searchContent("zh", "长春", { limit: 3 }));
    expect(few.results).toHaveLength(3);
    expect(few.total).toBe(all.total);
    expect(few.results.map((r) => r.href)).toEqual(all.results.slice(0, 3).map((r) => r.href));
  });
});

describe("publication status", () => {
  it("does not find a draft translation, nor anything of a draft item", async () => {
    const before = ok(await search.searchContent("ko", "보세구")).results;
    expect(before.some((r) => r.href === "/zones/xinglong-bonded-zone")).toBe(true);

    await db.zoneTranslation.updateMany({
      where: { locale: "ko", zone: { slug: "xinglong-bonded-zone" } },
      data: { status: "draft" },
    });
    const afterDraft = ok(await search.searchContent("ko", "보세구")).results;
    expect(afterDraft.some((r) => r.href === "/zones/xinglong-bonded-zone")).toBe(false);
    // The other languages' published text is still found.
    const wide = ok(await search.searchContent("ko", "Xinglong Comprehensive Bonded", { allLocales: true })).results;
    expect(wide.filter((r) => r.href === "/zones/xinglong-bonded-zone").map((r) => r.lang)).toEqual(["en"]);

    await db.zoneTranslation.updateMany({
      where: { locale: "ko", zone: { slug: "xinglong-bonded-zone" } },
      data: { status: "published" },
    });
    await db.policy.update({ where: { slug: "changjitu-2014-work-points" }, data: { status: "draft" } });
    const noPolicy = ok(await search.searchContent("zh", "珲春")).results;
    expect(noPolicy.some((r) => r.type === "article" || r.type === "policy")).toBe(false);
    expect(noPolicy.some((r) => r.href === "/zones/hunchun-cooperation-zone")).toBe(true);
    await db.policy.update({ where: { slug: "changjitu-2014-work-points" }, data: { status: "published" } });
  });
});

describe("search documents and their triggers", () => {
  const doc = (id: string) => db.searchDocument.findUniqueOrThrow({ where: { id } });
  const found = async (locale: "zh" | "ko" | "en", q: string) =>
    ok(await search.searchContent(locale, q)).results.map((r) => r.href);

  it("the migration created the character-pair GIN indexes and dropped the per-column trigram ones", async () => {
    const rows = await db.$queryRaw<{ indexname: string }[]>`
      SELECT indexname FROM pg_indexes WHERE tablename = 'SearchDocument' AND indexdef ILIKE '%USING gin%' ORDER BY indexname`;
    expect(rows.map((r) => r.indexname)).toEqual(["SearchDocument_grams_idx", "SearchDocument_titleGrams_idx"]);
    const trigram = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pg_indexes WHERE indexdef LIKE '%gin_trgm_ops%'`;
    expect(trigram[0]!.n).toBe(0);
  });

  it("a term's index keys: the type and locale, then each pair of adjacent characters of each word", () => {
    expect(search.gramKeys("Nzh", "长春市")).toEqual(["Nzh长春", "Nzh春市"]);
    expect(search.gramKeys("Zen", "a bc a")).toEqual(["Zena", "Zenbc"]);
    expect(search.gramKeys("Gko", "%")).toEqual(["Gko%"]);
  });

  it("one lower-cased document per translation, kept equal to the live text on edit, draft and delete", async () => {
    const zone = await db.zoneTranslation.findFirstOrThrow({
      where: { locale: "en", zone: { slug: "xinglong-bonded-zone" } },
    });
    expect(await doc(zone.id)).toMatchObject({
      source: "ZoneTranslation",
      title: zone.name.toLowerCase(),
      body: `${zone.summary}\n${zone.body}`.toLowerCase(),
    });
    expect(await db.searchDocument.count()).toBe(
      (await db.zoneTranslation.count()) +
        (await db.policyTranslation.count()) +
        (await db.policyArticleTranslation.count()) +
        (await db.newsTranslation.count()) +
        (await db.layoutElementTranslation.count()) +
        (await db.glossaryTermTranslation.count()) +
        (await db.keyFigureTranslation.count()) +
        (await db.questionTranslation.count()),
    );
    // An edit of the live text is found at once; the old text no longer is.
    await db.zoneTranslation.update({ where: { id: zone.id }, data: { name: "Xinglong Qqzx Zone" } });
    try {
      expect((await doc(zone.id)).title).toBe("xinglong qqzx zone");
      expect((await doc(zone.id)).titleGrams).toEqual(expect.arrayContaining(["Zenq", "Zenqq", "Zenxi", "Zenz"]));
      expect((await doc(zone.id)).titleGrams).not.toContain("Zeng ");
      expect(await found("en", "qqzx")).toEqual(["/zones/xinglong-bonded-zone"]);
      // A working draft (kept in `draft`) changes nothing.
      await db.zoneTranslation.update({ where: { id: zone.id }, data: { draft: { name: "Draft Wwyv" } } });
      expect((await doc(zone.id)).title).toBe("xinglong qqzx zone");
      expect(await found("en", "wwyv")).toEqual([]);
    } finally {
      await db.zoneTranslation.update({ where: { id: zone.id }, data: { name: zone.name, draft: Prisma.DbNull } });
    }
    expect((await doc(zone.id)).title).toBe(zone.name.toLowerCase());
    expect(await found("en", "qqzx")).toEqual([]);
    // Deleted and created again.
    const count = () => db.searchDocument.count({ where: { source: "KeyFigureTranslation" } });
    const before = await count();
    expect(before).toBe(await db.keyFigureTranslation.count());
    const figure = await db.keyFigureTranslation.findFirstOrThrow({ where: { status: "published" } });
    await db.keyFigureTranslation.delete({ where: { id: figure.id } });
    expect(await count()).toBe(before - 1);
    const { id: _id, draft: _draft, ...rest } = figure;
    await db.keyFigureTranslation.create({ data: { ...rest, id: figure.id } });
    expect(await count()).toBe(before);
    expect((await doc(figure.id)).titleGrams.length).toBeGreaterThan(0);
  });

  it("only what search shows has index keys: unpublish and publish a translation, an item, a policy", async () => {
    const zone = await db.zoneTranslation.findFirstOrThrow({
      where: { locale: "ko", zone: { slug: "xinglong-bonded-zone" } },
    });
    await db.zoneTranslation.update({ where: { id: zone.id }, data: { status: "draft" } });
    expect((await doc(zone.id)).grams).toEqual([]);
    expect(await found("ko", "보세구")).not.toContain("/zones/xinglong-bonded-zone");
    await db.zoneTranslation.update({ where: { id: zone.id }, data: { status: "published" } });
    expect((await doc(zone.id)).grams.length).toBeGreaterThan(100);
    expect(await found("ko", "보세구")).toContain("/zones/xinglong-bonded-zone");

    // The item: every language's document follows it.
    await db.zone.update({ where: { slug: "xinglong-bonded-zone" }, data: { status: "draft" } });
    const texts = await db.zoneTranslation.findMany({ where: { zone: { slug: "xinglong-bonded-zone" } } });
    for (const t of texts) expect((await doc(t.id)).grams).toEqual([]);
    expect(await found("en", "xinglong")).not.toContain("/zones/xinglong-bonded-zone");
    await db.zone.update({ where: { slug: "xinglong-bonded-zone" }, data: { status: "published" } });
    for (const t of texts) expect((await doc(t.id)).grams.length).toBeGreaterThan(0);

    // A policy's translation decides its articles in that language.
    const article20 = "/policies/changjitu-2014-work-points#article-20";
    const policy = await db.policy.findUniqueOrThrow({ where: { slug: "changjitu-2014-work-points" } });
    await db.policyTranslation.updateMany({ where: { policyId: policy.id, locale: "zh" }, data: { status: "draft" } });
    expect(await found("zh", "珲春")).not.toContain(article20);
    expect(await found("en", "hunchun")).toContain(article20);
    await db.policyTranslation.updateMany({
      where: { policyId: policy.id, locale: "zh" },
      data: { status: "published" },
    });
    expect(await found("zh", "珲春")).toContain(article20);
  });

  it("covers public Q&As: only published ones whose asker consented, on publish, consent, edit and delete", async () => {
    const inquiry = await makeInquiry(db, { allowPublication: true });
    const question = await db.question.create({
      data: {
        slug: "q-trigger-test",
        originalLocale: "ko",
        inquiryId: inquiry.id,
        askedAt: inquiry.createdAt,
        answeredAt: new Date(),
        translations: {
          create: { locale: "ko", status: "draft", question: "퀵셀 물류창고 질문", answer: "답변입니다." },
        },
      },
      include: { translations: true },
    });
    const t = question.translations[0]!;
    const href = "/questions/q-trigger-test";
    try {
      expect(await doc(t.id)).toMatchObject({ source: "QuestionTranslation", grams: [] });
      expect(await found("ko", "퀵셀")).toEqual([]);
      await db.questionTranslation.update({ where: { id: t.id }, data: { status: "published" } });
      expect((await doc(t.id)).titleGrams).toContain("Qko퀵셀");
      expect(await found("ko", "퀵셀")).toEqual([href]);
      // The asker withdraws consent: gone from search at once, back when it is given again.
      await db.inquiry.update({ where: { id: inquiry.id }, data: { allowPublication: false } });
      expect((await doc(t.id)).grams).toEqual([]);
      expect(await found("ko", "퀵셀")).toEqual([]);
      await db.inquiry.update({ where: { id: inquiry.id }, data: { allowPublication: true } });
      expect(await found("ko", "퀵셀")).toEqual([href]);
      // The item unpublished, then published again.
      await db.question.update({ where: { id: question.id }, data: { status: "draft" } });
      expect(await found("ko", "퀵셀")).toEqual([]);
      await db.question.update({ where: { id: question.id }, data: { status: "published" } });
      // An edit of the answer is found.
      await db.questionTranslation.update({ where: { id: t.id }, data: { answer: "수정된 답변 뷁뷁" } });
      expect(await found("ko", "뷁뷁")).toEqual([href]);
      // The inquiry deleted (its question keeps no consent): no longer shown.
      await db.inquiry.delete({ where: { id: inquiry.id } });
      expect((await doc(t.id)).grams).toEqual([]);
      expect(await found("ko", "퀵셀")).toEqual([]);
    } finally {
      await db.question.delete({ where: { id: question.id } });
    }
    expect(await db.searchDocument.findUnique({ where: { id: t.id } })).toBeNull();
  });

  it("a term's character pairs are looked up in the GIN index (real server only)", async (ctx) => {
    if (database.embedded) ctx.skip();
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query("SET enable_seqscan = off");
      const plan = (
        await client.query<{ "QUERY PLAN": string }>(
          `EXPLAIN SELECT id FROM "SearchDocument" WHERE grams @> $1::text[]`,
          [["Azh保税", "Azh税区"]],
        )
      ).rows;
      expect(plan.map((r) => r["QUERY PLAN"]).join("\n")).toMatch(/Index Scan on "SearchDocument_grams_idx"/);
    } finally {
      await client.end();
    }
  });

  it("at volume, the indexes serve every term and the number of matches does not change the work (real server only)", async (ctx) => {
    if (database.embedded) ctx.skip();
    // 3,000 more published English news items, a third of them with "bonded" in the title, and fresh statistics.
    await db.$executeRaw`
      INSERT INTO "NewsArticle" (id, slug, kind, status, "originalLocale", "updatedAt")
      SELECT 'filler-' || g, 'filler-' || g, 'news', 'published', 'en', now() FROM generate_series(1, 3000) g`;
    await db.$executeRaw`
      INSERT INTO "NewsTranslation" (id, "articleId", locale, status, title, summary, body, "sourceName", "updatedAt")
      SELECT 'filler-t-' || g, 'filler-' || g, 'en', 'published',
             'Filler item ' || g || CASE WHEN g % 3 = 0 THEN ' bonded' ELSE '' END,
             md5(g::text), repeat(md5(g::text) || ' ', 40), 'test', now()
      FROM generate_series(1, 3000) g`;
    // VACUUM also moves the new rows out of the GIN indexes' pending lists, as autovacuum would.
    await db.$executeRaw`VACUUM ANALYZE "NewsArticle"`;
    await db.$executeRaw`VACUUM ANALYZE "NewsTranslation"`;
    await db.$executeRaw`VACUUM ANALYZE "SearchDocument"`;
    try {
      // As runSearch runs it: in a transaction that rules out reading the documents in order.
      const plan = async (q: string) => {
        const sql = search.searchSql("en", await search.searchTermGroups(q), false, 50);
        const [, rows] = await db.$transaction([
          db.$executeRaw`SET LOCAL enable_seqscan = off`,
          db.$queryRaw<{ "QUERY PLAN": string }[]>`EXPLAIN ${sql}`,
        ]);
        return rows.map((r) => r["QUERY PLAN"]).join("\n");
      };
      // Terms short and long, rare and common: every type's candidates come from the indexes, never from
      // reading the documents or the news table.
      for (const q of ["xinglong", "zo", "bonded", "filler"]) {
        const p = await plan(q);
        expect(p).toContain(`Bitmap Index Scan on "SearchDocument_grams_idx"`);
        expect(p).toContain(`Bitmap Index Scan on "SearchDocument_titleGrams_idx"`);
        expect(p).not.toMatch(/Seq Scan on "(NewsTranslation|SearchDocument)"/);
      }
      // A term 1,000 titles have: each type's candidates are capped, the outcome says there are more.
      const outcome = ok(await search.searchContent("en", "bonded", { limit: 100 }));
      expect(outcome.more).toBe(true);
      expect(outcome.total).toBeGreaterThanOrEqual(search.CANDIDATES.title);
      expect(outcome.total).toBeLessThan(1000);
      // And the best answers are unchanged by the filler: the zone named for it first, title matches first.
      expect(outcome.results[0]!.slug).toBe("xinglong-bonded-zone");
      const inTitle = outcome.results.map((r) => r.title.toLowerCase().includes("bonded"));
      expect(inTitle.slice(0, 50).every(Boolean)).toBe(true);
    } finally {
      await db.$executeRaw`DELETE FROM "NewsArticle" WHERE slug LIKE 'filler-%'`;
    }
    expect(await db.searchDocument.count({ where: { id: { startsWith: "filler-" } } })).toBe(0);
    expect(ok(await search.searchContent("en", "bonded")).more).toBe(false);
  });
});
