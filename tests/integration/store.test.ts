// The store end to end: migrations through Prisma's CLI, the seed, and what the database then holds.
// Runs on TEST_DATABASE_URL's server when set, else on an embedded PGlite.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "../support/db";
import { prismaCli } from "@/lib/database-setup";
import { createPrismaClient, type Db } from "@/lib/prisma-client";
import { loadContent } from "@/lib/content/load";
import { seed } from "@/lib/content/seed";

let database: TestDatabase;
let db: Db;
const content = loadContent();

/** Every row of every content table, in a stable order: equal snapshots mean nothing changed. */
async function snapshot(client: Db) {
  const tables = await client.$queryRawUnsafe<{ tablename: string }[]>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`,
  );
  const out: Record<string, unknown[]> = {};
  for (const { tablename } of tables) {
    out[tablename] = await client.$queryRawUnsafe(`SELECT * FROM "${tablename}" ORDER BY 1, 2`);
  }
  return JSON.stringify(out);
}

beforeAll(async () => {
  database = await freshDatabase("store");
  await prismaCli(["migrate", "deploy"], database.url, true);
  db = createPrismaClient(database.url);
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

describe("migrations", () => {
  it("leave the database up to date", async () => {
    await expect(prismaCli(["migrate", "status"], database.url, true)).resolves.toBeUndefined();
  });

  it("produce exactly the schema in prisma/schema.prisma (no drift)", async () => {
    // Exit code 2 would mean a difference between the migrated database and the schema.
    await expect(
      prismaCli(
        ["migrate", "diff", "--from-config-datasource", "--to-schema", "prisma/schema.prisma", "--exit-code"],
        database.url,
        true,
      ),
    ).resolves.toBeUndefined();
  });
});

describe("seed", () => {
  it("refuses content with broken references and writes nothing", async () => {
    const broken = structuredClone(content);
    broken.figures[0]!.zone = "no-such-zone";
    await expect(seed(db, broken, () => {})).rejects.toThrow(/unknown zone "no-such-zone"/);
    expect(await db.zone.count()).toBe(0);
  });

  it("writes an item whole or not at all", async () => {
    const broken = structuredClone(content);
    // Only the policy is broken: its article points at a section that does not exist.
    broken.policies[0]!.meta.articles[44]!.section = 99;
    await expect(seed(db, broken, () => {})).rejects.toThrow();
    expect(await db.policy.count()).toBe(0);
    expect(await db.policySection.count()).toBe(0);
    expect(await db.policyArticle.count()).toBe(0);
  });

  it("loads every item with zh, ko and en text and reports a line per type", async () => {
    const lines: string[] = [];
    await seed(db, content, (l) => lines.push(l));
    expect(lines.map((l) => l.split(/\s+/)[1])).toEqual(["zones", "news", "policies", "layout", "figures", "glossary"]);

    expect(await db.zone.count()).toBe(6);
    expect(await db.newsArticle.count()).toBe(4);
    expect(await db.policyArticle.count()).toBe(45);
    expect(await db.policySection.count()).toBe(10);
    expect(await db.layoutElement.count()).toBe(content.layout.length);
    expect(await db.keyFigure.count()).toBe(content.figures.length);
    expect(await db.glossaryTerm.count()).toBe(content.glossary.length);

    const perItem = async (table: string, key: string) =>
      db.$queryRawUnsafe<{ n: number; locales: string }[]>(
        `SELECT count(*)::int AS n, string_agg(locale::text, ',' ORDER BY locale::text) AS locales FROM "${table}" GROUP BY "${key}"`,
      );
    for (const [table, key] of [
      ["ZoneTranslation", "zoneId"],
      ["NewsTranslation", "articleId"],
      ["PolicyTranslation", "policyId"],
      ["PolicySectionTranslation", "sectionId"],
      ["PolicyArticleTranslation", "articleId"],
      ["LayoutElementTranslation", "elementId"],
      ["KeyFigureTranslation", "figureId"],
      ["GlossaryTermTranslation", "termId"],
    ] as const) {
      const rows = await perItem(table, key);
      expect(rows.length, table).toBeGreaterThan(0);
      for (const r of rows) expect(r.locales, table).toBe("en,ko,zh");
    }
  });

  it("records the original language and links translations to the source revision", async () => {
    const en = await db.newsArticle.findUniqueOrThrow({
      where: { slug: "china-rok-zone-new-track" },
      include: { translations: true },
    });
    expect(en.originalLocale).toBe("en");
    expect(en.translations.find((t) => t.locale === "en")!.sourceRevision).toBeNull();
    expect(en.translations.find((t) => t.locale === "zh")!.sourceRevision).toBe(1);
    const zh = await db.policy.findUniqueOrThrow({ where: { slug: "changjitu-2014-work-points" } });
    expect(zh.originalLocale).toBe("zh");
  });

  it("keeps the 2014 work points' articles at stable anchors", async () => {
    const a = await db.policyArticle.findFirstOrThrow({
      where: { number: 20, policy: { slug: "changjitu-2014-work-points" } },
      include: { translations: true, section: true },
    });
    expect(a.anchor).toBe("article-20");
    expect(a.section.number).toBe(5);
    expect(a.translations.find((t) => t.locale === "zh")!.heading).toBe("加快珲春国际合作示范区建设");
  });

  it("changes nothing when run again", async () => {
    const before = await snapshot(db);
    const lines: string[] = [];
    await seed(db, content, (l) => lines.push(l));
    expect(lines.every((l) => / 0 created/.test(l))).toBe(true);
    expect(await snapshot(db)).toBe(before);
  });

  it("leaves an admin's edit alone on the next run", async () => {
    await db.zoneTranslation.updateMany({
      where: { locale: "en", zone: { slug: "changchun-etdz" } },
      data: { shortName: "Edited by an admin" },
    });
    await seed(db, content, () => {});
    const t = await db.zoneTranslation.findFirstOrThrow({ where: { locale: "en", zone: { slug: "changchun-etdz" } } });
    expect(t.shortName).toBe("Edited by an admin");
  });
});
