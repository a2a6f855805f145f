// An installation seeded before content review 1 (issue 14) gets the corrected text as new revisions on
// start-up (lib/content/migrate.ts, run by lib/database-setup.ts), and never over an editor's later edit.
// The database is seeded with the content as it was (tests/fixtures/content-before-review-1, a copy of
// content/ at the commit before the review's fixes), an editor changes one Korean profile through the
// admin's own data layer, then the step in prisma/content-migrations/ runs.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appDatabase, type AppDatabase } from "../support/db";
import type { Db } from "@/lib/prisma-client";
import { seed } from "@/lib/content/seed";
import { loadContent } from "@/lib/content/load";
import { loadSteps, runContentMigrations, type StepReport } from "@/lib/content/migrate";
import { makeUser } from "../support/factories";

const before = loadContent(path.resolve(import.meta.dirname, "../fixtures/content-before-review-1"));
const STEP = "2026-12-content-review-1";

let app: AppDatabase;
let db: Db;
let report: StepReport;
const logged: string[] = [];
const EDITED = "편집자가 고친 요약입니다. 옌지·룽징·투먼 전진기지를 다룹니다.";

const zoneKo = (slug: string) => db.zoneTranslation.findFirstOrThrow({ where: { zone: { slug }, locale: "ko" } });

beforeAll(async () => {
  app = await appDatabase("content-migration");
  db = app.db;
  await seed(db, before, () => {});
  // An editor corrects one Korean summary themselves after the seed.
  const admin = await makeUser(db, "editor@example.org", "editor");
  const { saveContentTranslation, getContentForEditing, publishTranslation } = await import("@/lib/admin/content");
  const item = await getContentForEditing(admin, "zone", "changjitu-pilot-zone", "ko");
  if (!item.ok) throw new Error("cannot open the zone for editing");
  const head = async () => {
    const t = await zoneKo("changjitu-pilot-zone");
    return t.draftRevision ?? t.revision;
  };
  const target = { type: "zone", key: "changjitu-pilot-zone", locale: "ko" };
  // Saved as a draft, then published: the editor's text is what readers see.
  const saved = await saveContentTranslation(admin, {
    ...target,
    expectedRevision: await head(),
    ...item.item.translation.values,
    summary: EDITED,
  });
  expect(saved.ok).toBe(true);
  expect((await publishTranslation(admin, { ...target, expectedRevision: await head() })).ok).toBe(true);
  report = (await runContentMigrations(db, { log: (l) => logged.push(l) }))[0]!;
});

afterAll(async () => {
  await app?.close();
});

describe("content migration on a database seeded with the old content", () => {
  it("starts from the old text (the fixture is the content before the review)", () => {
    const old = before.zones.find((z) => z.slug === "hunchun-cooperation-zone")!.translations.ko.summary;
    expect(old).toContain("약간의 의견");
  });

  it("brings the corrected Korean in as a new revision, live for readers", async () => {
    const t = await zoneKo("hunchun-cooperation-zone");
    expect(t.summary).toContain("몇 가지 의견");
    expect(t.summary).not.toContain("약간의 의견");
    expect(t.positioning).toContain("옌지·룽징·투먼 전진기지");
    expect(t.revision).toBe(2);
    const revisions = await db.revision.findMany({
      where: { entityType: "zone-translation", entityId: t.id },
      orderBy: { createdAt: "asc" },
    });
    expect(revisions).toHaveLength(2);
    expect((revisions[0]!.data as { baseline?: boolean; summary: string }).baseline).toBe(true);
    expect((revisions[0]!.data as { summary: string }).summary).toContain("약간의 의견");
    expect((revisions[1]!.data as { summary: string }).summary).toBe(t.summary);
    expect(
      await db.auditLog.count({ where: { action: "content.migrate", target: "zone:hunchun-cooperation-zone" } }),
    ).toBeGreaterThan(0);
    // What a reader gets from the public data layer.
    const { getZone } = await import("@/lib/data/zones");
    expect((await getZone("ko", "hunchun-cooperation-zone"))!.summary).toContain("몇 가지 의견");
  });

  it("keeps a corrected translation up to date with its corrected original", async () => {
    const rows = await db.zoneTranslation.findMany({ where: { zone: { slug: "hunchun-cooperation-zone" } } });
    const zh = rows.find((r) => r.locale === "zh")!;
    const ko = rows.find((r) => r.locale === "ko")!;
    expect(zh.revision).toBe(2);
    expect(ko.sourceRevision).toBe(zh.revision);
  });

  it("leaves an editor's later edit alone and reports it", async () => {
    const t = await zoneKo("changjitu-pilot-zone");
    expect(t.summary).toBe(EDITED);
    expect(t.positioning).toContain("옌볜·룽징·투먼"); // the whole translation is left to the editor
    expect(report.kept).toContain("zone:changjitu-pilot-zone ko (summary)");
    expect(
      logged.some((l) =>
        l.includes("kept (edited since the seed, not overwritten): zone:changjitu-pilot-zone ko (summary)"),
      ),
    ).toBe(true);
  });

  it("corrects the details: incentive flags, industries, layout parents, the dropped element", async () => {
    const article = (number: number) =>
      db.policyArticle.findFirstOrThrow({ where: { policy: { slug: "changjitu-2014-work-points" }, number } });
    expect((await article(16)).grants).toBe(false);
    expect((await article(20)).grants).toBe(false);
    expect((await article(11)).grants).toBe(true);
    expect((await article(25)).industries).toContain("new-energy-vehicles");
    const park = await db.layoutElement.findUniqueOrThrow({ where: { slug: "park-aviation-logistics" } });
    expect(park.parentId).toBeNull();
    expect((await db.layoutElement.findUniqueOrThrow({ where: { slug: "function-area-bonded" } })).status).toBe(
      "draft",
    );
  });

  it("records the step with its report, and runs it only once", async () => {
    const row = await db.contentMigration.findUniqueOrThrow({ where: { id: STEP } });
    expect((row.report as unknown as StepReport).changed.length).toBe(report.changed.length);
    expect(report.changed.length).toBeGreaterThan(100);
    expect(report.missing).toEqual([]);
    const revisions = await db.revision.count();
    expect(await runContentMigrations(db, { log: () => {} })).toEqual([]);
    expect(await db.revision.count()).toBe(revisions);
  });

  it("after the step the database holds the content of content/ (except what the editor kept)", async () => {
    const now = loadContent();
    for (const z of now.zones) {
      const rows = await db.zoneTranslation.findMany({ where: { zone: { slug: z.slug } } });
      for (const r of rows) {
        if (z.slug === "changjitu-pilot-zone" && r.locale === "ko") continue;
        const { name, shortName, summary, positioning, goals2025, goals2035, industries, body } = r;
        expect(
          { name, shortName, summary, positioning, goals2025, goals2035, industries, body },
          `${z.slug} ${r.locale}`,
        ).toEqual(z.translations[r.locale]);
      }
    }
    for (const g of now.glossary.filter((x) => before.glossary.some((b) => b.slug === x.slug))) {
      const rows = await db.glossaryTermTranslation.findMany({ where: { glossaryTerm: { slug: g.slug } } });
      for (const r of rows)
        expect({ term: r.term, definition: r.definition }, `${g.slug} ${r.locale}`).toEqual(g.translations[r.locale]);
    }
    const p = now.policies[0]!;
    const articles = await db.policyArticleTranslation.findMany({
      where: { article: { policy: { slug: p.meta.slug } } },
      include: { article: true },
    });
    for (const a of articles) {
      const want = p.text[a.locale].articles.find((x) => x.number === a.article.number)!;
      expect({ heading: a.heading, body: a.body }, `item ${a.article.number} ${a.locale}`).toEqual({
        heading: want.heading,
        body: want.body,
      });
    }
  });
});

describe("content migration on a fresh database", () => {
  it("records the steps without touching anything", async () => {
    const fresh = await appDatabase("content-migration-fresh", { seed: true });
    try {
      const revisions = await fresh.db.revision.count();
      expect(await runContentMigrations(fresh.db, { fresh: true, log: () => {} })).toEqual([]);
      expect((await fresh.db.contentMigration.findMany()).map((m) => m.id)).toEqual(loadSteps().map((s) => s.id));
      expect(await fresh.db.revision.count()).toBe(revisions);
    } finally {
      await fresh.db.$disconnect();
      await fresh.database.drop();
    }
  });
});
