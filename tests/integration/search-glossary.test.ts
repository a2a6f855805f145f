// Search covers the glossary, and a term in one language finds items written with the glossary's
// rendering in another (lib/data/search.ts termGroups): against a real, seeded PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appDatabase, type AppDatabase } from "../support/db";

let app: AppDatabase;
let search: typeof import("@/lib/data/search");

beforeAll(async () => {
  app = await appDatabase("search-gloss", { seed: true });
  search = await import("@/lib/data/search");
});

afterAll(async () => {
  await app?.close();
});

const hrefs = async (locale: "zh" | "ko" | "en", q: string, allLocales = false) => {
  const r = await search.searchContent(locale, q, { allLocales });
  if (!r.ok) throw new Error(r.error);
  return r.results.map((x) => `${x.href} ${x.lang}`);
};

describe("search and the glossary", () => {
  it("finds glossary entries", async () => {
    const r = await search.searchContent("ko", "중입자 치료 병원");
    expect(r.ok && r.results.some((x) => x.type === "glossary" && x.href === "/glossary#heavy-ion-hospital")).toBe(
      true,
    );
  });

  it("a Chinese term finds the Korean and English texts written with its glossary renderings", async () => {
    // 重离子医院 appears only in Chinese text; the Korean news says 중입자 치료 병원.
    expect(await hrefs("ko", "重离子医院")).toContain("/news/china-rok-zone-new-track ko");
    expect(await hrefs("en", "重离子医院")).toContain("/news/china-rok-zone-new-track en");
  });

  it("an English name finds the Korean profile written with the Korean rendering", async () => {
    // The Korean zone profiles never write "Hunchun"; they write 훈춘.
    expect(await hrefs("ko", "Hunchun")).toContain("/zones/hunchun-cooperation-zone ko");
  });

  it("pairs multi-name entries by position: 창춘 does not stand for 吉林", async () => {
    const groups = search.termGroups("창춘", [
      ["长春", "창춘", "Changchun"],
      ["吉林", "지린", "Jilin"],
    ]);
    expect(groups).toEqual([["창춘", "长春", "Changchun"]]);
    expect(search.equivalentGroups(["长春 / 吉林", "창춘 / 지린", "Changchun / Jilin"])).toEqual([
      ["长春", "창춘", "Changchun"],
      ["吉林", "지린", "Jilin"],
    ]);
  });

  it("without a glossary rendering, a term matches only itself", async () => {
    expect(search.termGroups("bonded", [["保税", "보세"]])).toEqual([["bonded"]]);
  });
});

describe("renderings of a glossary term", () => {
  it("takes a trailing parenthesis as a second form, and keeps one inside a name", () => {
    expect(search.renderingsOf(["창지투 개발개방 선도구 (창지투 선도구)", "국장(司長)"])).toEqual([
      "창지투 개발개방 선도구",
      "창지투 선도구",
      "국장",
      "司長",
    ]);
    expect(search.renderingsOf(["中韩(长春)国际合作示范区"])).toEqual(["中韩(长春)国际合作示范区"]);
    expect(
      search.renderingsOf([
        "China Tumen River Area (Hunchun) International Cooperation Demonstration Zone (Hunchun International Cooperation Demonstration Zone)",
      ]),
    ).toEqual([
      "China Tumen River Area (Hunchun) International Cooperation Demonstration Zone",
      "Hunchun International Cooperation Demonstration Zone",
    ]);
  });
});
