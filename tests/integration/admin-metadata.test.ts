// Editing the locale-neutral fields of every content type (lib/admin/metadata.ts) and the structure
// of a policy document (lib/admin/policy-structure.ts) against a real, migrated and seeded database
// (TEST_DATABASE_URL's server when set, else an embedded PGlite): only content:edit (editors, admins) may
// read or change anything; invalid input comes back as field errors and a stale version is refused, both
// writing nothing (row snapshots compared); changes are audit-logged; adding, moving and deleting keep
// numbers and anchors unique and the order consecutive, and the public reader shows the result.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appDatabase, type AppDatabase } from "../support/db";
import type { Db } from "@/lib/prisma-client";
import type { AdminUser } from "@/lib/auth/permissions";
import { makeUsers } from "../support/factories";

let app: AppDatabase;
let db: Db;
let meta: typeof import("@/lib/admin/metadata");
let structure: typeof import("@/lib/admin/policy-structure");
let policies: typeof import("@/lib/data/policies");

const POLICY = "changjitu-2014-work-points"; // original: zh; 10 sections, 45 articles
const users = {} as Record<"admin" | "editor" | "koTranslator" | "zhTranslator", AdminUser>;

beforeAll(async () => {
  app = await appDatabase("struct_meta", { seed: true });
  db = app.db;
  meta = await import("@/lib/admin/metadata");
  structure = await import("@/lib/admin/policy-structure");
  policies = await import("@/lib/data/policies");
  Object.assign(users, await makeUsers(db, ["admin", "editor", "koTranslator", "zhTranslator"]));
});

afterAll(async () => {
  await app?.close();
});

/** Everything a metadata save could touch, as plain data. */
async function snapshot() {
  const strip = <T extends { updatedAt?: Date }>(rows: T[]) => rows.map(({ updatedAt: _u, ...r }) => r);
  return JSON.parse(
    JSON.stringify({
      zones: strip(await db.zone.findMany({ orderBy: { slug: "asc" } })),
      layout: strip(await db.layoutElement.findMany({ orderBy: { slug: "asc" } })),
      policies: strip(
        await db.policy.findMany({ orderBy: { slug: "asc" }, include: { zones: { select: { slug: true } } } }),
      ),
      news: strip(
        await db.newsArticle.findMany({ orderBy: { slug: "asc" }, include: { zones: { select: { slug: true } } } }),
      ),
      figures: strip(await db.keyFigure.findMany({ orderBy: { slug: "asc" } })),
      glossary: strip(await db.glossaryTerm.findMany({ orderBy: { slug: "asc" } })),
      sections: await db.policySection.findMany({
        orderBy: { id: "asc" },
        include: { translations: { orderBy: { id: "asc" } } },
      }),
      articles: await db.policyArticle.findMany({
        orderBy: { id: "asc" },
        include: { translations: { orderBy: { id: "asc" }, omit: { updatedAt: true } } },
      }),
      audits: await db.auditLog.count(),
    }),
  );
}

const version = async (type: "zone" | "layout" | "policy" | "news" | "figure" | "glossary", slug: string) => {
  const r = await meta.getMetadata(users.editor, type, slug);
  if (!r.ok) throw new Error(`no ${type} ${slug}`);
  return r.item;
};

/** The form as the page posts it: current values, changed by `over`. */
async function form(
  type: "zone" | "layout" | "policy" | "news" | "figure" | "glossary",
  key: string,
  over: Record<string, unknown> = {},
) {
  const item = await version(type, key);
  return { type, key, expectedVersion: item.version, ...item.values, ...over };
}

describe("reading an item's metadata", () => {
  it("is refused to anonymous callers and translators, given to editors and admins", async () => {
    expect(await meta.getMetadata(null, "zone", "china-rok-changchun")).toEqual({ ok: false, error: "forbidden" });
    expect(await meta.getMetadata(users.koTranslator, "zone", "china-rok-changchun")).toEqual({
      ok: false,
      error: "forbidden",
    });
    expect(await meta.getMetadata(users.zhTranslator, "policy", POLICY)).toEqual({ ok: false, error: "forbidden" });
    for (const u of [users.editor, users.admin]) {
      const r = await meta.getMetadata(u, "zone", "china-rok-changchun");
      expect(r.ok && r.item.values).toMatchObject({
        kind: "cooperation_zone",
        status: "published",
        areaNearKm2: "36",
        approvedOn: "2020-04-21",
      });
    }
    expect(await meta.getMetadata(users.editor, "zone", "no-such-zone")).toEqual({ ok: false, error: "notFound" });
    expect(await meta.getMetadata(users.editor, "policy-article", POLICY)).toEqual({ ok: false, error: "notFound" });
  });

  it("gives references as slugs and the options to choose from", async () => {
    const r = await meta.getMetadata(users.editor, "layout", "park-aviation-logistics");
    expect(r.ok && r.item.values).toMatchObject({ zone: "china-rok-changchun", parent: "", linkedZone: "" });
    expect(r.ok && r.item.references.layoutElements.map((o) => o.value)).not.toContain("park-aviation-logistics");
    expect(r.ok && r.item.references.zones.map((o) => o.value)).toContain("xinglong-bonded-zone");
  });
});

describe("saving an item's metadata", () => {
  it("refuses anonymous callers and translators, writing nothing", async () => {
    const before = await snapshot();
    for (const actor of [null, users.koTranslator, users.zhTranslator]) {
      expect(await meta.saveMetadata(actor, await form("zone", "changchun-etdz", { sortOrder: "9" }))).toEqual({
        ok: false,
        error: "forbidden",
      });
      expect(
        await meta.saveMetadata(
          actor,
          await form("glossary", "one-core-two-wings-multiple-parks", { status: "draft" }),
        ),
      ).toEqual({
        ok: false,
        error: "forbidden",
      });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("lets an editor change a zone: only the changed fields, version + 1, an audit row with before/after", async () => {
    const f = await form("zone", "changchun-etdz");
    const r = await meta.saveMetadata(users.editor, {
      ...f,
      areaNearKm2: "12.50",
      approvedOn: "2010-03-01",
      sortOrder: "7",
    });
    expect(r).toEqual({
      ok: true,
      version: f.expectedVersion + 1,
      changed: ["areaNearKm2", "approvedOn", "sortOrder"],
    });
    const z = await db.zone.findUniqueOrThrow({ where: { slug: "changchun-etdz" } });
    expect([String(z.areaNearKm2), z.approvedOn?.toISOString().slice(0, 10), z.sortOrder, z.version]).toEqual([
      "12.5",
      "2010-03-01",
      7,
      f.expectedVersion + 1,
    ]);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "content.metadata", target: "zone:changchun-etdz" },
      orderBy: { at: "desc" },
    });
    expect(audit.userId).toBe(users.editor.id);
    expect(audit.details).toEqual({
      version: f.expectedVersion + 1,
      changes: {
        areaNearKm2: { from: "", to: "12.5" },
        approvedOn: { from: "", to: "2010-03-01" },
        sortOrder: { from: "3", to: "7" },
      },
    });
    // Emptying a field stores null.
    const again = await meta.saveMetadata(users.editor, { ...(await form("zone", "changchun-etdz")), areaNearKm2: "" });
    expect(again.ok).toBe(true);
    expect((await db.zone.findUniqueOrThrow({ where: { slug: "changchun-etdz" } })).areaNearKm2).toBeNull();
  });

  it("writes nothing, and keeps the version, when nothing changed", async () => {
    const before = await snapshot();
    const f = await form("policy", POLICY);
    expect(await meta.saveMetadata(users.admin, f)).toEqual({ ok: true, version: f.expectedVersion, changed: [] });
    expect(await snapshot()).toEqual(before);
  });

  it("lets an admin change every other type", async () => {
    const layout = await meta.saveMetadata(
      users.admin,
      await form("layout", "function-area-international-business", {
        posX: "55",
        kind: "park",
        linkedZone: "xinglong-bonded-zone",
        parent: "core-high-end-services",
      }),
    );
    expect(layout.ok && layout.changed.sort()).toEqual(["kind", "linkedZone", "parent", "posX"]);
    const el = await db.layoutElement.findUniqueOrThrow({
      where: { slug: "function-area-international-business" },
      include: { parent: true, linkedZone: true },
    });
    expect([el.posX, el.kind, el.linkedZone?.slug, el.parent?.slug]).toEqual([
      55,
      "park",
      "xinglong-bonded-zone",
      "core-high-end-services",
    ]);

    const policy = await meta.saveMetadata(
      users.admin,
      await form("policy", POLICY, {
        documentNumber: "吉政发〔2014〕7号",
        effectiveFrom: "2014-05-01",
        validUntil: "2020-12-31",
        validity: "expired",
        topics: ["finance", "planning"],
        zones: ["changjitu-pilot-zone", "hunchun-cooperation-zone"],
      }),
    );
    expect(policy.ok).toBe(true);
    const p = await db.policy.findUniqueOrThrow({
      where: { slug: POLICY },
      include: { zones: { select: { slug: true } } },
    });
    expect([p.documentNumber, p.validity, p.topics, p.zones.map((z) => z.slug).sort()]).toEqual([
      "吉政发〔2014〕7号",
      "expired",
      ["planning", "finance"],
      ["changjitu-pilot-zone", "hunchun-cooperation-zone"],
    ]);

    const news = await meta.saveMetadata(
      users.admin,
      await form("news", "china-rok-zone-launched", {
        kind: "feature",
        sourceUrl: "https://example.org/a?b=1",
        tags: "launch\nchina-rok, launch",
        publishedOn: "",
      }),
    );
    expect(news.ok).toBe(true);
    const n = await db.newsArticle.findUniqueOrThrow({ where: { slug: "china-rok-zone-launched" } });
    expect([n.kind, n.sourceUrl, n.tags, n.publishedOn]).toEqual([
      "feature",
      "https://example.org/a?b=1",
      ["launch", "china-rok"],
      null,
    ]);

    const figure = await meta.saveMetadata(
      users.admin,
      await form("figure", "changmanou-cumulative-value", {
        value: "3.7425",
        unit: "usd-100m",
        asOf: "2017-06-30",
        zone: "",
      }),
    );
    expect(figure.ok).toBe(true);
    const fg = await db.keyFigure.findUniqueOrThrow({ where: { slug: "changmanou-cumulative-value" } });
    expect([String(fg.value), fg.unit, fg.asOf?.toISOString().slice(0, 10), fg.zoneId]).toEqual([
      "3.7425",
      "usd-100m",
      "2017-06-30",
      null,
    ]);

    const glossary = await meta.saveMetadata(
      users.admin,
      await form("glossary", "one-core-two-wings-multiple-parks", { status: "draft" }),
    );
    expect(glossary.ok).toBe(true);
    expect(
      (await db.glossaryTerm.findUniqueOrThrow({ where: { slug: "one-core-two-wings-multiple-parks" } })).status,
    ).toBe("draft");
    expect(await db.auditLog.count({ where: { action: "content.metadata", userId: users.admin.id } })).toBe(5);
  });

  it("answers invalid input with a code per field and writes nothing", async () => {
    const before = await snapshot();
    const cases: [Parameters<typeof form>[0], string, Record<string, unknown>, Record<string, string>][] = [
      [
        "zone",
        "china-rok-changchun",
        { areaNearKm2: "-1", areaTotalKm2: "abc", approvedOn: "2020-02-30", sortOrder: "1.5", kind: "city" },
        {
          areaNearKm2: "outOfRange",
          areaTotalKm2: "invalid",
          approvedOn: "invalid",
          sortOrder: "invalid",
          kind: "invalid",
        },
      ],
      [
        "zone",
        "china-rok-changchun",
        { areaNearKm2: "1.234", establishedOn: "1800-01-01", status: "", sortOrder: "" },
        {
          areaNearKm2: "invalid",
          establishedOn: "outOfRange",
          status: "required",
          sortOrder: "required",
        },
      ],
      [
        "layout",
        "park-health-food",
        { posX: "101", posY: "-1", zone: "" },
        { posX: "outOfRange", posY: "outOfRange", zone: "required" },
      ],
      ["layout", "park-health-food", { zone: "no-such-zone" }, { zone: "unknown" }],
      ["layout", "park-health-food", { parent: "park-health-food" }, { parent: "cycle" }],
      // "lets an admin change every other type" made the international business area a child of the core.
      ["layout", "core-high-end-services", { parent: "function-area-international-business" }, { parent: "cycle" }],
      [
        "layout",
        "park-health-food",
        { parent: "no-such-element", linkedZone: "atlantis" },
        { parent: "unknown", linkedZone: "unknown" },
      ],
      [
        "policy",
        POLICY,
        {
          issuedOn: "",
          effectiveFrom: "2015-01-02",
          validUntil: "2015-01-01",
          topics: ["planning", "astrology"],
          documentNumber: "x".repeat(201),
        },
        {
          issuedOn: "required",
          validUntil: "beforeStart",
          topics: "invalid",
          documentNumber: "tooLong",
        },
      ],
      ["policy", POLICY, { zones: ["changjitu-pilot-zone", "no-such-zone"] }, { zones: "unknown" }],
      [
        "news",
        "china-rok-zone-new-track",
        { sourceUrl: "javascript:alert(1)", tags: "Not A Slug", kind: "gossip" },
        { sourceUrl: "invalid", tags: "invalid", kind: "invalid" },
      ],
      [
        "news",
        "china-rok-zone-new-track",
        { sourceUrl: "ftp://example.org/x", tags: Array.from({ length: 31 }, (_, i) => `t${i}`).join("\n") },
        { sourceUrl: "invalid", tags: "tooMany" },
      ],
      [
        "figure",
        "china-rok-video-links",
        { value: "1.23456", unit: "furlong", zone: "nowhere" },
        { value: "invalid", unit: "invalid" },
      ],
      ["figure", "china-rok-video-links", { value: "", asOf: "yesterday" }, { value: "required", asOf: "invalid" }],
      ["figure", "china-rok-video-links", { value: "1e5" }, { value: "invalid" }],
      ["figure", "china-rok-video-links", { zone: "nowhere" }, { zone: "unknown" }],
      ["glossary", "one-core-two-wings-multiple-parks", { status: "archived" }, { status: "invalid" }],
    ];
    for (const [type, key, over, fieldErrors] of cases) {
      const r = await meta.saveMetadata(users.editor, await form(type, key, over));
      expect(r, `${type} ${JSON.stringify(over).slice(0, 80)}`).toEqual({ ok: false, error: "invalid", fieldErrors });
    }
    expect(
      await meta.saveMetadata(users.editor, { ...(await form("zone", "china-rok-changchun")), expectedVersion: "abc" }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { expectedVersion: "invalid" },
    });
    expect(
      await meta.saveMetadata(users.editor, {
        type: "zone",
        key: "no-such-zone",
        expectedVersion: 1,
        kind: "pilot_zone",
        status: "draft",
        sortOrder: "1",
      }),
    ).toEqual({
      ok: false,
      error: "notFound",
    });
    expect(await meta.saveMetadata(users.editor, { type: "inquiry", key: "x", expectedVersion: 1 })).toEqual({
      ok: false,
      error: "notFound",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a save based on an older version (stale) and writes nothing", async () => {
    const f = await form("figure", "china-rok-video-links");
    expect((await meta.saveMetadata(users.editor, { ...f, value: "51" })).ok).toBe(true);
    const before = await snapshot();
    expect(await meta.saveMetadata(users.admin, { ...f, value: "52" })).toEqual({ ok: false, error: "stale" });
    // Even when the stale form changes nothing.
    expect(await meta.saveMetadata(users.admin, f)).toEqual({ ok: false, error: "stale" });
    expect(await snapshot()).toEqual(before);
    expect(String((await db.keyFigure.findUniqueOrThrow({ where: { slug: "china-rok-video-links" } })).value)).toBe(
      "51",
    );
  });
});

// ---------------------------------------------------------------- policy structure

async function doc() {
  const p = await db.policy.findUniqueOrThrow({
    where: { slug: POLICY },
    include: {
      sections: {
        orderBy: { sortOrder: "asc" },
        include: { articles: { orderBy: { sortOrder: "asc" }, include: { translations: true } } },
      },
    },
  });
  return p;
}
const articleOrder = async () =>
  (await doc()).sections.map((s) => [s.number, s.articles.map((a) => a.number)] as const);
const pv = async () => (await doc()).version;

describe("policy structure", () => {
  it("is refused to anonymous callers and translators for every operation, writing nothing", async () => {
    const before = await snapshot();
    const v = await pv();
    for (const actor of [null, users.koTranslator, users.zhTranslator]) {
      expect(await structure.getPolicyStructure(actor, POLICY)).toEqual({ ok: false, error: "forbidden" });
      const base = { policy: POLICY, expectedVersion: v };
      const results = [
        await structure.addSection(actor, { ...base, heading: "新部分" }),
        await structure.addArticle(actor, { ...base, section: "section-10", heading: "", body: "正文" }),
        await structure.deleteArticle(actor, { ...base, anchor: "article-45", confirm: true }),
        await structure.deleteSection(actor, { ...base, anchor: "section-10", confirm: true }),
        await structure.moveArticle(actor, { ...base, anchor: "article-45", direction: "up" }),
        await structure.moveSection(actor, { ...base, anchor: "section-10", direction: "up" }),
        await structure.setArticleFlags(actor, {
          ...base,
          anchor: "article-45",
          grants: "yes",
          topics: [],
          industries: [],
          zoneSlugs: [],
        }),
      ];
      for (const r of results) expect(r).toEqual({ ok: false, error: "forbidden" });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("reads the sections and articles in order, with the locales that have text", async () => {
    const r = await structure.getPolicyStructure(users.editor, POLICY);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.policy.sections).toHaveLength(10);
    expect(r.policy.sections.flatMap((s) => s.articles).map((a) => a.number)).toEqual(
      Array.from({ length: 45 }, (_, i) => i + 1),
    );
    expect(r.policy.sections[4]!.articles[0]).toMatchObject({
      number: 20,
      anchor: "article-20",
      grants: false,
      zoneSlugs: ["hunchun-cooperation-zone"],
      locales: ["zh", "ko", "en"],
    });
    expect([r.policy.nextSectionNumber, r.policy.nextArticleNumber]).toEqual([11, 46]);
    expect(await structure.getPolicyStructure(users.editor, "no-such-policy")).toEqual({
      ok: false,
      error: "notFound",
    });
  });

  it("adds an article at the end of a section (zh text only), seen on the public page in every locale", async () => {
    const v = await pv();
    const audits = await db.auditLog.count({ where: { action: "policy.structure" } });
    const r = await structure.addArticle(users.editor, {
      policy: POLICY,
      expectedVersion: v,
      section: "section-10",
      number: "",
      heading: "新增条款",
      body: "新增条款的正文。",
    });
    expect(r).toEqual({ ok: true, version: v + 1, anchor: "article-46" });
    const p = await doc();
    const last = p.sections.at(-1)!;
    expect(last.articles.map((a) => a.number)).toEqual([43, 44, 45, 46]);
    const added = last.articles.at(-1)!;
    expect(added.anchor).toBe("article-46");
    expect(added.translations.map((t) => [t.locale, t.heading, t.body])).toEqual([
      ["zh", "新增条款", "新增条款的正文。"],
    ]);
    // sortOrder runs 0…45 through the document.
    expect(p.sections.flatMap((s) => s.articles.map((a) => a.sortOrder))).toEqual(
      Array.from({ length: 46 }, (_, i) => i),
    );
    expect(await db.auditLog.count({ where: { action: "policy.structure" } })).toBe(audits + 1);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "policy.structure" },
      orderBy: { at: "desc" },
    });
    expect(audit).toMatchObject({
      userId: users.editor.id,
      target: `policy:${POLICY}`,
      details: { op: "addArticle", anchor: "article-46", number: 46, version: v + 1 },
    });

    for (const locale of ["zh", "ko", "en"] as const) {
      const pub = await policies.getPolicy(locale, POLICY);
      const a = pub!.sections.at(-1)!.articles.at(-1)!;
      expect([a.number, a.anchor, a.heading, a.lang]).toEqual([46, "article-46", "新增条款", "zh"]);
    }
    const list = await structure.getPolicyStructure(users.admin, POLICY);
    expect(list.ok && list.policy.sections.at(-1)!.articles.at(-1)!.locales).toEqual(["zh"]);
  });

  it("refuses a taken number, an unknown section and missing text, writing nothing", async () => {
    const before = await snapshot();
    const v = await pv();
    const base = { policy: POLICY, expectedVersion: v };
    expect(
      await structure.addArticle(users.editor, { ...base, section: "section-3", number: "20", heading: "", body: "x" }),
    ).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { number: "taken" },
    });
    expect(
      await structure.addArticle(users.editor, { ...base, section: "section-99", number: "", heading: "", body: "x" }),
    ).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { section: "unknown" },
    });
    expect(
      await structure.addArticle(users.editor, {
        ...base,
        section: "section-3",
        number: "0",
        heading: "h".repeat(301),
        body: "  ",
      }),
    ).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { number: "outOfRange", heading: "tooLong", body: "required" },
    });
    expect(await structure.addSection(users.editor, { ...base, number: "10", heading: "重复" })).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { number: "taken" },
    });
    expect(await structure.addSection(users.editor, { ...base, number: "abc", heading: "" })).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { number: "invalid", heading: "required" },
    });
    expect(
      await structure.moveArticle(users.editor, { ...base, anchor: "article-45", direction: "sideways" }),
    ).toMatchObject({ ok: false, error: "invalid" });
    expect(
      await structure.setArticleFlags(users.editor, {
        ...base,
        anchor: "article-45",
        grants: "yes",
        topics: ["astrology"],
        industries: [],
        zoneSlugs: [],
      }),
    ).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { topics: "invalid" },
    });
    expect(
      await structure.setArticleFlags(users.editor, {
        ...base,
        anchor: "article-45",
        grants: "",
        topics: [],
        industries: [],
        zoneSlugs: ["atlantis"],
      }),
    ).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { zoneSlugs: "unknown" },
    });
    expect(await structure.moveArticle(users.editor, { ...base, anchor: "article-999", direction: "up" })).toEqual({
      ok: false,
      error: "notFound",
    });
    expect(await structure.addSection(users.editor, { ...base, policy: "no-such-policy", heading: "x" })).toEqual({
      ok: false,
      error: "notFound",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("moves an article within its section and a section within the document; numbers and anchors stay", async () => {
    let v = await pv();
    expect(
      await structure.moveArticle(users.editor, {
        policy: POLICY,
        expectedVersion: v,
        anchor: "article-46",
        direction: "up",
      }),
    ).toEqual({
      ok: true,
      version: v + 1,
      anchor: "article-46",
    });
    v += 1;
    expect((await articleOrder()).at(-1)).toEqual([10, [43, 44, 46, 45]]);
    // At the edges nothing moves.
    const before = await snapshot();
    expect(
      await structure.moveArticle(users.admin, {
        policy: POLICY,
        expectedVersion: v,
        anchor: "article-43",
        direction: "up",
      }),
    ).toEqual({ ok: false, error: "cannotMove" });
    expect(
      await structure.moveArticle(users.admin, {
        policy: POLICY,
        expectedVersion: v,
        anchor: "article-45",
        direction: "down",
      }),
    ).toEqual({ ok: false, error: "cannotMove" });
    expect(
      await structure.moveSection(users.admin, {
        policy: POLICY,
        expectedVersion: v,
        anchor: "section-1",
        direction: "up",
      }),
    ).toEqual({ ok: false, error: "cannotMove" });
    expect(await snapshot()).toEqual(before);

    expect(
      (
        await structure.moveSection(users.admin, {
          policy: POLICY,
          expectedVersion: v,
          anchor: "section-10",
          direction: "up",
        })
      ).ok,
    ).toBe(true);
    v += 1;
    const order = await articleOrder();
    expect(order.map(([s]) => s)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 10, 9]);
    expect(order.at(-2)).toEqual([10, [43, 44, 46, 45]]);
    const p = await doc();
    expect(p.sections.map((s) => s.sortOrder)).toEqual(Array.from({ length: 10 }, (_, i) => i));
    expect(p.sections.flatMap((s) => s.articles.map((a) => a.sortOrder))).toEqual(
      Array.from({ length: 46 }, (_, i) => i),
    );
    // Anchors are still article-N / section-N for the same numbers, all unique.
    const anchors = p.sections.flatMap((s) => [s.anchor, ...s.articles.map((a) => a.anchor)]);
    expect(new Set(anchors).size).toBe(anchors.length);
    expect(
      p.sections.every(
        (s) => s.anchor === `section-${s.number}` && s.articles.every((a) => a.anchor === `article-${a.number}`),
      ),
    ).toBe(true);
    // The public page follows the new order.
    const pub = await policies.getPolicy("en", POLICY);
    expect(pub!.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 10, 9]);
    expect(pub!.sections[8]!.articles.map((a) => a.anchor)).toEqual([
      "article-43",
      "article-44",
      "article-46",
      "article-45",
    ]);

    expect(
      (
        await structure.moveSection(users.editor, {
          policy: POLICY,
          expectedVersion: v,
          anchor: "section-10",
          direction: "down",
        })
      ).ok,
    ).toBe(true);
    expect((await articleOrder()).map(([s]) => s)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("refuses a stale version for every operation and writes nothing", async () => {
    const before = await snapshot();
    const stale = { policy: POLICY, expectedVersion: (await pv()) - 1 };
    const results = [
      await structure.addSection(users.editor, { ...stale, heading: "新部分" }),
      await structure.addArticle(users.editor, { ...stale, section: "section-10", heading: "", body: "正文" }),
      await structure.deleteArticle(users.editor, { ...stale, anchor: "article-46", confirm: true }),
      await structure.moveArticle(users.editor, { ...stale, anchor: "article-46", direction: "down" }),
      await structure.moveSection(users.editor, { ...stale, anchor: "section-10", direction: "up" }),
      await structure.setArticleFlags(users.editor, {
        ...stale,
        anchor: "article-46",
        grants: "yes",
        topics: [],
        industries: [],
        zoneSlugs: [],
      }),
    ];
    for (const r of results) expect(r).toEqual({ ok: false, error: "stale" });
    expect(await snapshot()).toEqual(before);
  });

  it("sets an article's flags (the incentive finder reads them)", async () => {
    const v = await pv();
    const r = await structure.setArticleFlags(users.editor, {
      policy: POLICY,
      expectedVersion: v,
      anchor: "article-46",
      grants: "yes",
      topics: ["finance", "planning"],
      industries: ["logistics"],
      zoneSlugs: ["xinglong-bonded-zone"],
    });
    expect(r.ok).toBe(true);
    const a = await db.policyArticle.findFirstOrThrow({ where: { anchor: "article-46" } });
    expect([a.grants, a.topics, a.industries, a.zoneSlugs]).toEqual([
      true,
      ["planning", "finance"],
      ["logistics"],
      ["xinglong-bonded-zone"],
    ]);
    // The policy was set "expired" above: an expired policy grants nothing, so its articles are not found.
    const filter = { zone: "xinglong-bonded-zone", industry: "logistics" };
    expect((await policies.findIncentives("ko", filter)).map((x) => x.anchor)).not.toContain("article-46");
    await db.policy.update({ where: { slug: POLICY }, data: { validity: "in_force" } });
    expect((await policies.findIncentives("ko", filter)).map((x) => x.anchor)).toContain("article-46");
    await db.policy.update({ where: { slug: POLICY }, data: { validity: "repealed" } });
    expect((await policies.findIncentives("ko", filter)).map((x) => x.anchor)).not.toContain("article-46");
    await db.policy.update({ where: { slug: POLICY }, data: { validity: "expired" } });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "policy.structure" },
      orderBy: { at: "desc" },
    });
    expect(audit.details).toMatchObject({ op: "articleFlags", changes: { grants: { from: false, to: true } } });
  });

  it("deleting an article keeps its text in every language as revisions, and can be undone", async () => {
    let v = await pv();
    const anchor = "article-44";
    const article = await db.policyArticle.findFirstOrThrow({
      where: { policy: { slug: POLICY }, anchor },
      include: { translations: true },
    });
    expect(article.translations.map((t) => t.locale).sort()).toEqual(["en", "ko", "zh"]);
    const order = await articleOrder();
    expect(
      (await structure.deleteArticle(users.editor, { policy: POLICY, expectedVersion: v, anchor, confirm: true })).ok,
    ).toBe(true);
    v += 1;
    // One Revision row per language, with the text as it was.
    for (const t of article.translations) {
      const rev = await db.revision.findFirstOrThrow({
        where: { entityType: "policy-article-translation", entityId: t.id, data: { path: ["deleted"], equals: true } },
      });
      expect(rev.data).toMatchObject({ heading: t.heading, body: t.body, key: `${POLICY}~${anchor}` });
      expect(rev.locale).toBe(t.locale);
    }
    expect(
      (await policies.getPolicy("ko", POLICY))!.sections.flatMap((s) => s.articles.map((a) => a.anchor)),
    ).not.toContain(anchor);
    const deleted = await structure.listDeletedArticles(users.editor, POLICY);
    expect(deleted[0]).toMatchObject({ anchor, number: 44 });
    expect(await structure.listDeletedArticles(users.koTranslator, POLICY)).toEqual([]);

    // Undo: only with content:edit, at the current version, for a deletion of this policy.
    const undo = { policy: POLICY, deletion: deleted[0]!.id };
    expect(await structure.restoreArticle(users.koTranslator, { ...undo, expectedVersion: v })).toEqual({
      ok: false,
      error: "forbidden",
    });
    expect(await structure.restoreArticle(users.editor, { ...undo, expectedVersion: v - 1 })).toEqual({
      ok: false,
      error: "stale",
    });
    expect(await structure.restoreArticle(users.editor, { ...undo, deletion: "nope", expectedVersion: v })).toEqual({
      ok: false,
      error: "notFound",
    });
    expect(await structure.restoreArticle(users.editor, { ...undo, expectedVersion: v })).toEqual({
      ok: true,
      version: v + 1,
      anchor,
    });
    v += 1;
    const back = await db.policyArticle.findFirstOrThrow({
      where: { policy: { slug: POLICY }, anchor },
      include: { translations: true },
    });
    expect([back.number, back.grants, back.topics, back.zoneSlugs]).toEqual([
      article.number,
      article.grants,
      article.topics,
      article.zoneSlugs,
    ]);
    const texts = (rows: { id: string; locale: string; heading: string; body: string; status: string }[]) =>
      rows.map((t) => [t.id, t.locale, t.heading, t.body, t.status]).sort();
    expect(texts(back.translations)).toEqual(texts(article.translations));
    expect(await articleOrder()).toEqual(order);
    const ko = (await policies.getPolicy("ko", POLICY))!.sections
      .flatMap((s) => s.articles)
      .find((a) => a.anchor === anchor);
    expect(ko).toMatchObject({ lang: "ko", body: article.translations.find((t) => t.locale === "ko")!.body });
    // Not twice: it is back, so the deletion is no longer offered and its number is taken.
    expect(await structure.listDeletedArticles(users.editor, POLICY)).toEqual([]);
    expect(await structure.restoreArticle(users.editor, { ...undo, expectedVersion: v })).toMatchObject({
      ok: false,
      error: "invalid",
      fieldErrors: { number: "taken" },
    });
  });

  it("deletes only after confirmation; a section only when empty", async () => {
    let v = await pv();
    const before = await snapshot();
    expect(
      await structure.deleteArticle(users.editor, { policy: POLICY, expectedVersion: v, anchor: "article-46" }),
    ).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { confirm: "required" },
    });
    expect(
      await structure.deleteArticle(users.editor, {
        policy: POLICY,
        expectedVersion: v,
        anchor: "article-46",
        confirm: "no",
      }),
    ).toMatchObject({ error: "invalid" });
    expect(
      await structure.deleteSection(users.editor, {
        policy: POLICY,
        expectedVersion: v,
        anchor: "section-10",
        confirm: "yes",
      }),
    ).toEqual({ ok: false, error: "notEmpty" });
    expect(await snapshot()).toEqual(before);

    expect(
      await structure.deleteArticle(users.admin, {
        policy: POLICY,
        expectedVersion: v,
        anchor: "article-46",
        confirm: "yes",
      }),
    ).toEqual({
      ok: true,
      version: v + 1,
      anchor: "article-46",
    });
    v += 1;
    expect(await db.policyArticleTranslation.count({ where: { article: { anchor: "article-46" } } })).toBe(0);
    expect((await articleOrder()).at(-1)).toEqual([10, [43, 44, 45]]);
    expect((await doc()).sections.flatMap((s) => s.articles.map((a) => a.sortOrder))).toEqual(
      Array.from({ length: 45 }, (_, i) => i),
    );
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "policy.structure" },
      orderBy: { at: "desc" },
    });
    expect(audit.details).toMatchObject({
      op: "deleteArticle",
      anchor: "article-46",
      heading: "新增条款",
      body: "新增条款的正文。",
    });

    // A new section (zh heading only) at the end, with a chosen number; then deleted again.
    const added = await structure.addSection(users.editor, {
      policy: POLICY,
      expectedVersion: v,
      number: "12",
      heading: "附则",
    });
    expect(added).toEqual({ ok: true, version: v + 1, anchor: "section-12" });
    v += 1;
    const s = await db.policySection.findFirstOrThrow({
      where: { anchor: "section-12" },
      include: { translations: true },
    });
    expect([s.number, s.sortOrder, s.translations.map((t) => [t.locale, t.heading])]).toEqual([
      12,
      10,
      [["zh", "附则"]],
    ]);
    const pub = await policies.getPolicy("ko", POLICY);
    expect(pub!.sections.at(-1)).toMatchObject({
      number: 12,
      anchor: "section-12",
      heading: "附则",
      lang: "zh",
      articles: [],
    });
    expect(
      (
        await structure.deleteSection(users.editor, {
          policy: POLICY,
          expectedVersion: v,
          anchor: "section-12",
          confirm: true,
        })
      ).ok,
    ).toBe(true);
    expect(await db.policySection.count({ where: { policy: { slug: POLICY } } })).toBe(10);
    expect((await articleOrder()).flatMap(([, a]) => a)).toEqual(Array.from({ length: 45 }, (_, i) => i + 1));
  });

  it("serializes concurrent changes to one policy: exactly one of two with the same version wins", async () => {
    const v = await pv();
    const results = await Promise.all([
      structure.addArticle(users.editor, {
        policy: POLICY,
        expectedVersion: v,
        section: "section-1",
        heading: "",
        body: "甲",
      }),
      structure.addArticle(users.admin, {
        policy: POLICY,
        expectedVersion: v,
        section: "section-2",
        heading: "",
        body: "乙",
      }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.error === "stale")).toHaveLength(1);
    expect(await db.policyArticle.count({ where: { policy: { slug: POLICY } } })).toBe(46);
    const added = results.find((r) => r.ok) as { anchor: string };
    expect(
      (
        await structure.deleteArticle(users.editor, {
          policy: POLICY,
          expectedVersion: v + 1,
          anchor: added.anchor,
          confirm: true,
        })
      ).ok,
    ).toBe(true);
  });
});
