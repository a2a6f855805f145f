// The site-health check against a real, seeded database: planted faults (a stale news column, a missing
// translation, a broken anchor and link, an outdated translation, overdue correspondence) are each
// reported, and `npm run check:site` (scripts/check-site.ts, run as a process against the same database)
// exits 1 while they are there and 0 once everything is fixed.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appDatabase, type AppDatabase } from "../support/db";
import { makeErrorReport, makeInquiry } from "../support/factories";
import type { Db } from "@/lib/prisma-client";
import { siteHealth, type Finding } from "@/lib/health/site-health";

const run = promisify(execFile);
let app: AppDatabase;
let db: Db;
const DAY = 24 * 3600_000;

beforeAll(async () => {
  app = await appDatabase("health", { seed: true });
  db = app.db;
});

afterAll(async () => {
  await app?.close();
});

async function checkSite(args: string[] = []): Promise<{ code: number; out: string }> {
  const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
  try {
    const { stdout } = await run(tsx, ["scripts/check-site.ts", ...args], {
      env: { ...process.env, DATABASE_URL: app.database.url, NODE_ENV: "test" },
      timeout: 120_000,
    });
    return { code: 0, out: stdout };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof err.code === "number" ? err.code : -1, out: `${err.stdout ?? ""}${err.stderr ?? ""}` };
  }
}

const has = (
  findings: Finding[],
  check: Finding["check"],
  locale: string | null,
  params: Record<string, unknown> = {},
) =>
  findings.some(
    (f) => f.check === check && f.locale === locale && Object.entries(params).every(([k, v]) => f.params[k] === v),
  );

/** Brings every column up to date, so only planted faults remain. */
async function freshen() {
  await db.newsArticle.updateMany({ data: { publishedOn: new Date() } });
  await db.policy.updateMany({ data: { issuedOn: new Date() } });
}

describe("site health", () => {
  it("a fresh, complete site passes, and check:site exits 0", async () => {
    await freshen();
    const report = await siteHealth(db);
    expect(report.findings.filter((f) => f.severity === "fail")).toEqual([]);
    const { code, out } = await checkSite();
    expect(out).toContain("Site health");
    expect(code).toBe(0);
  });

  it("reports each planted fault, and check:site exits 1 with a readable table", async () => {
    const news = await db.newsArticle.findFirstOrThrow({
      where: { status: "published" },
      select: { id: true, slug: true },
    });
    const policy = await db.policy.findFirstOrThrow({
      where: { status: "published" },
      select: { slug: true, articles: { select: { anchor: true } } },
    });
    const goodAnchor = policy.articles[0]!.anchor;

    // Stale: every news item a month old.
    await db.newsArticle.updateMany({ data: { publishedOn: new Date(Date.now() - 30 * DAY) } });
    await db.newsTranslation.updateMany({ data: { revisionAt: new Date(Date.now() - 30 * DAY) } });
    // Missing: the Korean translation of one article unpublished.
    await db.newsTranslation.update({
      where: { articleId_locale: { articleId: news.id, locale: "ko" } },
      data: { status: "draft" },
    });
    // Broken anchor and link, and a working one, in the English body.
    const en = await db.newsTranslation.findUniqueOrThrow({
      where: { articleId_locale: { articleId: news.id, locale: "en" } },
      select: { body: true },
    });
    await db.newsTranslation.update({
      where: { articleId_locale: { articleId: news.id, locale: "en" } },
      data: {
        body: `${en.body}\n\nSee [Article 999](/en/policies/${policy.slug}#article-999), [that](/en/news/no-such-article) and [this](/en/policies/${policy.slug}#${goodAnchor}).`,
      },
    });
    // Outdated: the Chinese translation of an English-original item, or the reverse, made from revision 0.
    const zh = await db.newsTranslation.findUniqueOrThrow({
      where: { articleId_locale: { articleId: news.id, locale: "zh" } },
      select: { revision: true },
    });
    const article = await db.newsArticle.findUniqueOrThrow({
      where: { id: news.id },
      select: { originalLocale: true },
    });
    const other = article.originalLocale === "en" ? "zh" : "en";
    await db.newsTranslation.update({
      where: { articleId_locale: { articleId: news.id, locale: article.originalLocale } },
      data: { revision: zh.revision + 2 },
    });
    await db.newsTranslation.update({
      where: { articleId_locale: { articleId: news.id, locale: other } },
      data: { sourceRevision: 1 },
    });
    // Overdue correspondence.
    await makeInquiry(db, { reference: "INQ-OLD234", createdAt: new Date(Date.now() - 30 * DAY) });
    await makeErrorReport(db, { reference: "ERR-OLD234", createdAt: new Date(Date.now() - 10 * DAY) });

    const { findings, failures } = await siteHealth(db);
    for (const l of ["zh", "ko", "en"])
      expect(has(findings, "stale", l, { column: "news", limit: 14 }), `stale news ${l}`).toBe(true);
    expect(has(findings, "missing", "ko", { type: "news", key: news.slug })).toBe(true);
    expect(has(findings, "missing", "zh", { type: "news", key: news.slug })).toBe(false);
    expect(has(findings, "brokenAnchor", "en", { key: news.slug, anchor: "article-999" })).toBe(true);
    expect(has(findings, "brokenLink", "en", { key: news.slug, href: "/en/news/no-such-article" })).toBe(true);
    expect(findings.some((f) => String(f.params.href ?? "").endsWith(`#${goodAnchor}`))).toBe(false);
    expect(has(findings, "outdated", other, { key: news.slug, from: 1 })).toBe(true);
    expect(has(findings, "overdueInquiry", null, { reference: "INQ-OLD234" })).toBe(true);
    expect(has(findings, "overdueErrorReport", null, { reference: "ERR-OLD234" })).toBe(true);
    expect(failures).toBeGreaterThan(0);

    const { code, out } = await checkSite();
    expect(code).toBe(1);
    expect(out).toMatch(
      /Fail\s+en\s+Broken anchor\s+News “[^”]+”: the link \/en\/policies\/[^ ]+#article-999: the policy has no article-999\./,
    );
    expect(out).toMatch(/Fail\s+ko\s+Missing translation/);
    expect(out).toMatch(/Fail\s+zh\s+Freshness\s+News: newest item/);
    const zhTable = await checkSite(["--lang=zh"]);
    expect(zhTable.code).toBe(1);
    expect(zhTable.out).toContain("失效锚点");
  });

  it("the admin page's report is for editors and admins only", async () => {
    const { siteHealthReport } = await import("@/lib/admin/site-health");
    const translator = {
      id: "t",
      email: "t@example.org",
      name: "T",
      role: "translator" as const,
      locales: ["ko" as const],
    };
    expect(await siteHealthReport(null)).toEqual({ ok: false, error: "forbidden" });
    expect(await siteHealthReport(translator)).toEqual({ ok: false, error: "forbidden" });
    const r = await siteHealthReport({ ...translator, role: "editor", locales: [] });
    expect(r.ok && r.report.failures).toBeGreaterThan(0);
  });

  it("a database it cannot reach is exit code 2, not a pass", async () => {
    const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
    const result = await run(tsx, ["scripts/check-site.ts"], {
      env: { ...process.env, DATABASE_URL: "postgresql://postgres@127.0.0.1:1/none", NODE_ENV: "test" },
      timeout: 120_000,
    }).then(
      () => 0,
      (e: { code?: number }) => e.code,
    );
    expect(result).toBe(2);
  });
});
