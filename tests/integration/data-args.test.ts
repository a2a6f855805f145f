// Review finding L3: the cached data functions are reachable as server actions with any arguments, so each
// validates its own. Called here with what such a request could carry, against a real seeded PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appDatabase, type AppDatabase } from "../support/db";

let app: AppDatabase;
beforeAll(async () => {
  app = await appDatabase("dataargs", { seed: true });
});
afterAll(async () => {
  await app?.close();
});

const any = (v: unknown) => v as never;

describe("L3: cached data functions validate their own arguments", () => {
  it("search: a 3,000-character query is refused as too long; NUL and other control characters are spaces", async () => {
    const search = await import("@/lib/data/search");
    expect(await search.searchContent("zh", "示".repeat(3000))).toMatchObject({ ok: false, error: "tooLong" });
    const nul = await search.searchContent("zh", "示范\u0000区\u0007");
    expect(nul).toMatchObject({ ok: true, query: "示范 区" });
    expect(search.searchQuerySchema.parse("\u0000a\u001fb")).toBe("a b");
  });

  it("news: page 1e300, an operator object as a filter and a 5,000-character slug find nothing harmful", async () => {
    const news = await import("@/lib/data/news");
    const all = await news.listNews("zh");
    const huge = await news.listNews("zh", any({ page: 1e300 }));
    expect(huge.page).toBe(1);
    expect(huge.total).toBe(all.total);
    const operator = await news.listNews("zh", any({ zone: { not: "x" }, tag: { contains: "" }, kind: ["news"] }));
    expect(operator.total).toBe(all.total);
    expect(await news.getNewsArticle("zh", "a".repeat(5000))).toBeNull();
    expect(await news.getNewsArticle("zh", any({ not: "x" }))).toBeNull();
    // An unknown locale reads as the default one.
    expect((await news.listNews(any("xx"))).items.map((i) => i.slug)).toEqual(all.items.map((i) => i.slug));
  });

  it("policies, zones, layout and figures: malformed slugs and filters", async () => {
    const policies = await import("@/lib/data/policies");
    const zones = await import("@/lib/data/zones");
    const layout = await import("@/lib/data/layout");
    const figures = await import("@/lib/data/figures");
    expect(await policies.getPolicy("en", "../../etc/passwd")).toBeNull();
    expect(await policies.listPolicies("en", any({ zone: { not: "x" } }))).toEqual(await policies.listPolicies("en"));
    expect(await policies.findIncentives("en", any({ industry: { in: [] } }))).toEqual(
      await policies.findIncentives("en", {}),
    );
    expect(await zones.getZone("ko", "x".repeat(5000))).toBeNull();
    expect(await layout.getLayout("ko", any({ not: "x" }))).toEqual([]);
    expect(await figures.getFigures("ko", any({ not: "x" }))).toEqual([]);
  });
});
