// The data layer against a real, seeded PostgreSQL: what pages get, including the original-language
// fallback when a translation is missing, published-only reads, and the filters.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appDatabase, type AppDatabase } from "../support/db";
import type { Db } from "@/lib/prisma-client";

let app: AppDatabase;
let db: Db;
let data: {
  zones: typeof import("@/lib/data/zones");
  news: typeof import("@/lib/data/news");
  policies: typeof import("@/lib/data/policies");
  figures: typeof import("@/lib/data/figures");
  layout: typeof import("@/lib/data/layout");
};

beforeAll(async () => {
  app = await appDatabase("data", { seed: true });
  db = app.db;
  data = {
    zones: await import("@/lib/data/zones"),
    news: await import("@/lib/data/news"),
    policies: await import("@/lib/data/policies"),
    figures: await import("@/lib/data/figures"),
    layout: await import("@/lib/data/layout"),
  };
});

afterAll(async () => {
  await app?.close();
});

describe("zones", () => {
  it("serves each locale's text, in display order", async () => {
    const ko = await data.zones.getZones("ko");
    expect(ko.map((z) => z.slug)[1]).toBe("china-rok-changchun");
    expect(ko[1]!.name).toBe("한중(창춘) 국제협력시범구");
    expect(ko.every((z) => z.lang === "ko" && !z.fallback)).toBe(true);
    const zh = await data.zones.getZone("zh", "china-rok-changchun");
    expect(zh).toMatchObject({
      areaNearKm2: 36,
      areaTotalKm2: 210,
      approvedOn: "2020-04-21",
      establishedOn: "2020-06-29",
    });
    expect(zh!.source).toMatchObject({ type: "news", slug: "china-rok-zone-launched", date: "2020-07-01" });
  });

  it("falls back to the original language, flagged, when a translation is not published", async () => {
    await db.zoneTranslation.updateMany({
      where: { locale: "ko", zone: { slug: "changchun-etdz" } },
      data: { status: "draft" },
    });
    const z = await data.zones.getZone("ko", "changchun-etdz");
    expect(z).toMatchObject({ lang: "zh", fallback: true, name: "长春经济技术开发区" });
    await db.zoneTranslation.updateMany({
      where: { locale: "ko", zone: { slug: "changchun-etdz" } },
      data: { status: "published" },
    });
  });

  it("hides unpublished zones", async () => {
    await db.zone.update({ where: { slug: "china-singapore-food-zone" }, data: { status: "draft" } });
    expect(await data.zones.getZone("en", "china-singapore-food-zone")).toBeNull();
    expect((await data.zones.getZones("en")).map((z) => z.slug)).not.toContain("china-singapore-food-zone");
    await db.zone.update({ where: { slug: "china-singapore-food-zone" }, data: { status: "published" } });
  });
});

describe("policies", () => {
  it("returns the whole document with stable article anchors", async () => {
    const p = await data.policies.getPolicy("en", "changjitu-2014-work-points");
    expect(p!.sections).toHaveLength(10);
    const articles = p!.sections.flatMap((s) => s.articles);
    expect(articles.map((a) => a.anchor)).toEqual(Array.from({ length: 45 }, (_, i) => `article-${i + 1}`));
    expect(p!.issuedOn).toBe("2014-04-25");
    expect(p!.lang).toBe("en");
  });

  it("filters the library by zone, topic, year and validity", async () => {
    expect(await data.policies.listPolicies("zh", { zone: "hunchun-cooperation-zone" })).toHaveLength(1);
    expect(await data.policies.listPolicies("zh", { zone: "changchun-etdz" })).toHaveLength(0);
    expect(await data.policies.listPolicies("zh", { year: 2014 })).toHaveLength(1);
    expect(await data.policies.listPolicies("zh", { year: 2015 })).toHaveLength(0);
    expect(await data.policies.listPolicies("zh", { validity: "in_force" })).toHaveLength(0);
  });

  it("finds granting articles for the incentive finder", async () => {
    const all = await data.policies.findIncentives("ko", {});
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((a) => a.grants)).toBe(true);
    // Items that grant or promise something to an investor (11: preferential policies), never government
    // tasks (20, 21: building the zones) or "seek national support" (22).
    const hunchun = await data.policies.findIncentives("ko", { zone: "hunchun-cooperation-zone" });
    expect(hunchun.map((a) => a.number)).toContain(11);
    expect(hunchun.map((a) => a.number)).not.toContain(20);
    const xinglong = await data.policies.findIncentives("en", { zone: "xinglong-bonded-zone" });
    expect(xinglong.map((a) => a.number)).not.toContain(21);
    expect(xinglong[0]).toMatchObject({
      policySlug: "changjitu-2014-work-points",
      policyIssuedOn: "2014-04-25",
      policyValidity: "unknown",
    });
  });
});

describe("news", () => {
  it("lists dated items first and keeps undated ones, with filters", async () => {
    const all = await data.news.listNews("en");
    expect(all.total).toBe(4);
    expect(all.items[0]!.slug).toBe("china-rok-zone-launched");
    expect(all.items.slice(1).every((n) => n.publishedOn === null)).toBe(true);
    expect((await data.news.listNews("en", { year: 2020 })).total).toBe(1);
    expect((await data.news.listNews("en", { kind: "feature" })).total).toBe(2);
    expect((await data.news.listNews("en", { zone: "changchun-etdz" })).items.map((n) => n.slug)).toEqual([
      "changchun-etdz-reform-innovation",
    ]);
    expect((await data.news.listNews("en", { page: 2 })).items).toHaveLength(0);
  });

  it("records the English original of the report on the zone a year on", async () => {
    const a = await data.news.getNewsArticle("zh", "china-rok-zone-new-track");
    expect(a).toMatchObject({ originalLocale: "en", lang: "zh", fallback: false, publishedOn: null });
    expect(a!.related.length).toBeGreaterThan(0);
  });
});

describe("figures and layout", () => {
  it("gives every figure a source", async () => {
    const figures = await data.figures.getFigures("ko");
    expect(figures.length).toBeGreaterThanOrEqual(15);
    expect(figures.every((f) => f.source !== null)).toBe(true);
    const area = figures.find((f) => f.slug === "china-rok-area-near-term")!;
    expect(area).toMatchObject({ value: 36, unit: "km2", asOf: "2020-07-01", qualifier: "약" });
  });

  it("returns one core, two wings and the parks", async () => {
    const layout = await data.layout.getLayout("en");
    expect(layout.filter((e) => e.kind === "core")).toHaveLength(1);
    expect(layout.filter((e) => e.kind === "wing")).toHaveLength(2);
    expect(layout.filter((e) => e.kind === "park").length).toBeGreaterThanOrEqual(8);
    expect(layout.find((e) => e.slug === "west-inland-port-wing")!.anchorFacility).toBe(
      "Changchun International Inland Port",
    );
  });
});
