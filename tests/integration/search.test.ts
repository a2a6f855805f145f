// Site search against a real, migrated and seeded database (TEST_DATABASE_URL's server when set, else an
// embedded PGlite): Chinese and Korean substring matching, locales, highlighting, literal wildcards,
// validation, drafts, and — on a real server — that the trigram indexes can serve the ILIKEs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { appDatabase, type AppDatabase, type TestDatabase } from "../support/db";
import type { Db } from "@/lib/prisma-client";
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

  it("escapes LIKE patterns", () => {
    expect(search.likePattern("50%_a\\b")).toBe("%50\\%\\_a\\\\b%");
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

describe("indexes", () => {
  it("the migration created the trigram GIN indexes", async () => {
    const rows = await db.$queryRaw<{ indexname: string; indexdef: string }[]>`
      SELECT indexname, indexdef FROM pg_indexes WHERE indexdef LIKE '%gin_trgm_ops%' ORDER BY indexname`;
    expect(rows.map((r) => r.indexname)).toEqual(
      expect.arrayContaining([
        "ZoneTranslation_name_idx",
        "ZoneTranslation_summary_idx",
        "ZoneTranslation_body_idx",
        "NewsTranslation_title_idx",
        "NewsTranslation_summary_idx",
        "NewsTranslation_body_idx",
        "PolicyTranslation_title_idx",
        "PolicyTranslation_summary_idx",
        "PolicyArticleTranslation_heading_idx",
        "PolicyArticleTranslation_body_idx",
        "LayoutElementTranslation_name_idx",
        "LayoutElementTranslation_description_idx",
        "KeyFigureTranslation_label_idx",
      ]),
    );
    for (const r of rows) expect(r.indexdef).toMatch(/USING gin/i);
  });

  it("a 3+ character ILIKE can use the trigram index (real server only)", async (ctx) => {
    if (database.embedded) ctx.skip();
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query("SET enable_seqscan = off");
      const plan = async (sql: string, params: string[]) =>
        (await client.query<{ "QUERY PLAN": string }>(`EXPLAIN ${sql}`, params)).rows
          .map((r) => r["QUERY PLAN"])
          .join("\n");
      const english = await plan(`SELECT id FROM "NewsTranslation" WHERE body ILIKE $1 ESCAPE '\\'`, [
        search.likePattern("bonded"),
      ]);
      expect(english).toMatch(/Index Scan on "NewsTranslation_body_idx"/);
      const chinese = await plan(`SELECT id FROM "PolicyArticleTranslation" WHERE body ILIKE $1 ESCAPE '\\'`, [
        search.likePattern("保税区"),
      ]);
      expect(chinese).toMatch(/Index Scan on "PolicyArticleTranslation_body_idx"/);
    } finally {
      await client.end();
    }
  });
  it("at volume, the planner itself picks the trigram indexes for the whole search (real server only)", async (ctx) => {
    if (database.embedded) ctx.skip();
    // 3,000 more published English news items and fresh statistics: now reading the table would cost more.
    await db.$executeRaw`
      INSERT INTO "NewsArticle" (id, slug, kind, status, "originalLocale", "updatedAt")
      SELECT 'filler-' || g, 'filler-' || g, 'news', 'published', 'en', now() FROM generate_series(1, 3000) g`;
    await db.$executeRaw`
      INSERT INTO "NewsTranslation" (id, "articleId", locale, status, title, summary, body, "sourceName", "updatedAt")
      SELECT 'filler-t-' || g, 'filler-' || g, 'en', 'published', 'Filler item ' || g, md5(g::text),
             repeat(md5(g::text) || ' ', 40), 'test', now()
      FROM generate_series(1, 3000) g`;
    // VACUUM also moves the new rows out of the GIN indexes' pending lists, as autovacuum would.
    await db.$executeRaw`VACUUM ANALYZE "NewsArticle"`;
    await db.$executeRaw`VACUUM ANALYZE "NewsTranslation"`;
    try {
      const rows = await db.$queryRaw<
        { "QUERY PLAN": string }[]
      >`EXPLAIN ${search.searchSql("en", "bonded", false, 50)}`;
      const plan = rows.map((r) => r["QUERY PLAN"]).join("\n");
      for (const index of ["NewsTranslation_title_idx", "NewsTranslation_summary_idx", "NewsTranslation_body_idx"]) {
        expect(plan).toContain(`Bitmap Index Scan on "${index}"`);
      }
      expect(plan).not.toMatch(/Seq Scan on "NewsTranslation"/);
      // And the answer is unchanged by the filler.
      const { results } = ok(await search.searchContent("en", "bonded"));
      expect(results[0]!.slug).toBe("xinglong-bonded-zone");
    } finally {
      await db.$executeRaw`DELETE FROM "NewsArticle" WHERE slug LIKE 'filler-%'`;
    }
  });
});
