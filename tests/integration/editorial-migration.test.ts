// The migration that keeps drafts apart from the live text (prisma/migrations/*_editorial_drafts_review)
// on a database that already holds content: rows written under the earlier schema keep their text and
// status (what was live stays live, a draft stays a draft), gain no draft, and get the dates of the
// provenance line — `revisionAt` from the row's last change, `sourceRevisionAt` from the original's
// Revision row of the translated revision (else the original's own date when that revision is current).
// Sections, articles and glossary terms, which had no status, come out published. Pending schedules keep
// no fixed revision (they publish the row's text, as they would have).
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../support/db";

const dir = path.join(process.cwd(), "prisma/migrations");
const all = fs
  .readdirSync(dir)
  .filter((d) => fs.existsSync(path.join(dir, d, "migration.sql")))
  .sort();
const target = all.findIndex((d) => d.endsWith("_editorial_drafts_review"));
const sql = (d: string) => fs.readFileSync(path.join(dir, d, "migration.sql"), "utf8");

let database: TestDatabase;
let client: pg.Client;

beforeAll(async () => {
  expect(target).toBeGreaterThan(0);
  database = await freshDatabase("migr");
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
  for (const d of all.slice(0, target)) await client.query(sql(d));
  // Content as the earlier schema held it.
  await client.query(`
    INSERT INTO "Zone" (id, slug, kind, status, "originalLocale", "updatedAt") VALUES ('z1', 'zone-a', 'pilot_zone', 'published', 'zh', now());
    INSERT INTO "ZoneTranslation" (id, "zoneId", locale, status, revision, "sourceRevision", name, "shortName", summary, "updatedAt") VALUES
      ('tzh', 'z1', 'zh', 'published', 3, NULL, '原名', '原', '原文摘要', '2026-11-20T08:00:00Z'),
      ('tko', 'z1', 'ko', 'published', 2, 2, '이름', '이', '한국어 요약', '2026-11-12T08:00:00Z'),
      ('ten', 'z1', 'en', 'draft', 1, 3, 'Name', 'N', 'English draft summary', '2026-11-21T08:00:00Z');
    INSERT INTO "Revision" (id, "entityType", "entityId", locale, version, data, "createdAt") VALUES
      ('r2', 'zone-translation', 'tzh', 'zh', 2, '{"revision": 2, "summary": "旧摘要"}', '2026-11-10T08:00:00Z');
    INSERT INTO "Policy" (id, slug, status, "originalLocale", "issuedOn", "updatedAt") VALUES ('p1', 'policy-a', 'published', 'zh', '2014-04-25', now());
    INSERT INTO "PolicySection" (id, "policyId", number, anchor, "sortOrder") VALUES ('s1', 'p1', 1, 'section-1', 0);
    INSERT INTO "PolicyArticle" (id, "policyId", "sectionId", number, anchor, "sortOrder") VALUES ('a1', 'p1', 's1', 1, 'article-1', 0);
    INSERT INTO "PolicyArticleTranslation" (id, "articleId", locale, heading, body, "updatedAt") VALUES ('at1', 'a1', 'ko', '제목', '본문', now());
    INSERT INTO "ScheduledPublication" (id, "entityType", "itemKey", locale, "publishAt") VALUES ('sp1', 'zone', 'zone-a', 'en', now() + interval '1 day');
  `);
  for (const d of all.slice(target)) await client.query(sql(d));
});

afterAll(async () => {
  await client?.end();
  await database?.drop();
});

const row = async (q: string) => (await client.query(q)).rows[0] as Record<string, unknown>;

describe("the editorial migration on existing content", () => {
  it("keeps every text and status, with no draft and no review", async () => {
    const rows = (
      await client.query(
        `SELECT id, status, revision, summary, draft, "draftRevision", review FROM "ZoneTranslation" ORDER BY id`,
      )
    ).rows;
    expect(rows).toEqual([
      {
        id: "ten",
        status: "draft",
        revision: 1,
        summary: "English draft summary",
        draft: null,
        draftRevision: null,
        review: "none",
      },
      {
        id: "tko",
        status: "published",
        revision: 2,
        summary: "한국어 요약",
        draft: null,
        draftRevision: null,
        review: "none",
      },
      {
        id: "tzh",
        status: "published",
        revision: 3,
        summary: "原文摘要",
        draft: null,
        draftRevision: null,
        review: "none",
      },
    ]);
  });

  it("dates the live revisions and the revisions translated from", async () => {
    const at = async (id: string) =>
      row(`SELECT "revisionAt", "sourceRevisionAt" FROM "ZoneTranslation" WHERE id = '${id}'`);
    expect(await at("tzh")).toEqual({ revisionAt: new Date("2026-11-20T08:00:00Z"), sourceRevisionAt: null });
    // Made from revision 2 of the original: the date of its Revision row.
    expect(await at("tko")).toMatchObject({
      revisionAt: new Date("2026-11-12T08:00:00Z"),
      sourceRevisionAt: new Date("2026-11-10T08:00:00Z"),
    });
    // Made from the current revision 3 (no Revision row yet): the original's own date.
    expect(await at("ten")).toMatchObject({ sourceRevisionAt: new Date("2026-11-20T08:00:00Z") });
  });

  it("publishes the articles that were shown, and leaves pending schedules without a fixed revision", async () => {
    expect(await row(`SELECT status, heading FROM "PolicyArticleTranslation" WHERE id = 'at1'`)).toEqual({
      status: "published",
      heading: "제목",
    });
    expect(await row(`SELECT revision, data, "doneAt" FROM "ScheduledPublication" WHERE id = 'sp1'`)).toEqual({
      revision: null,
      data: null,
      doneAt: null,
    });
  });
});
