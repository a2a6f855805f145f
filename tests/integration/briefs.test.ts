// PDF briefs from the published content of a real, seeded PostgreSQL: the reader's language, facts and
// figures with sources, incentives with article permalinks, and the same cache tags as the pages (so the
// edit that revalidates a page regenerates its brief). The PDF is read back with pdftotext.
import { createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { appDatabase, type AppDatabase } from "../support/db";
import { pdfText } from "../support/pdf";
import zh from "@/messages/zh.json";
import ko from "@/messages/ko.json";
import en from "@/messages/en.json";
import { tags } from "@/lib/cache-tags";
import { tagsFor } from "@/lib/revalidate";

// next-intl's server functions only run inside Next.js: translate with the real message files instead.
vi.mock("next-intl/server", () => ({
  getTranslations: async ({ locale, namespace }: { locale: "zh" | "ko" | "en"; namespace: string }) =>
    createTranslator({ locale, messages: { zh, ko, en }[locale], namespace: namespace as never }),
}));
// Record the tags each cached function gives itself.
const tagged: string[][] = [];
vi.mock("next/cache", () => ({
  cacheTag: (...t: string[]) => tagged.push(t),
  cacheLife: () => {},
  revalidateTag: () => {},
  updateTag: () => {},
}));

let app: AppDatabase;
let briefs: typeof import("@/lib/briefs/briefs");

beforeAll(async () => {
  process.env.SITE_URL = "http://localhost:3100";
  app = await appDatabase("briefs", { seed: true });
  briefs = await import("@/lib/briefs/briefs");
});

afterAll(async () => {
  await app?.close();
});

const text = pdfText;
const flat = (s: string) => s.replace(/\s+/g, "");

describe("zone brief", () => {
  it("is in Korean with the facts' source, the figures and the provenance line", async () => {
    const pdf = (await briefs.zoneBriefPdf("ko", "china-rok-changchun"))!;
    const t = flat(text(pdf));
    expect(t).toContain(flat("한중(창춘) 국제협력시범구"));
    expect(t).toContain(flat("단기 개발 면적: 약 36㎢"));
    expect(t).toContain(flat("2020년 4월 21일"));
    expect(t).toContain("http://localhost:3100/ko/news/china-rok-zone-launched");
    // Translated from the Chinese original: the provenance line names it and links to it.
    expect(t).toContain(flat("중국어 원문"));
    expect(t).toContain("http://localhost:3100/zh/zones/china-rok-changchun");
  });

  it("lists the zone's incentive articles with their permalinks", async () => {
    const t = flat(text((await briefs.zoneBriefPdf("en", "changjitu-pilot-zone"))!));
    expect(t).toMatch(/http:\/\/localhost:3100\/en\/policies\/changjitu-2014-work-points#article-\d+/);
  });

  it("is tagged like the zone page, so an edit of the zone, a figure or a policy regenerates it", async () => {
    tagged.length = 0;
    await briefs.zoneBriefPdf("zh", "china-rok-changchun");
    const own = tagged[0]!;
    for (const change of [
      { type: "zone", slug: "china-rok-changchun" },
      { type: "figure" },
      { type: "policy", slug: "any" },
    ] as const)
      expect(
        tagsFor(change).some((t) => own.includes(t)),
        change.type,
      ).toBe(true);
    expect(own).toContain(tags.zone("china-rok-changchun"));
  });

  it("follows the published text, and is null for an unknown or malformed slug", async () => {
    await app.db.zoneTranslation.updateMany({
      where: { locale: "ko", zone: { slug: "china-rok-changchun" } },
      data: { name: "한중(창춘) 국제협력시범구 시험 제목" },
    });
    expect(flat(text((await briefs.zoneBriefPdf("ko", "china-rok-changchun"))!))).toContain(flat("시험 제목"));
    expect(await briefs.zoneBriefPdf("ko", "no-such-zone")).toBeNull();
    expect(await briefs.zoneBriefPdf("ko", "../../etc")).toBeNull();
  });
});

describe("policy brief", () => {
  it("has the document's details, its granting articles with permalinks, in each language", async () => {
    for (const locale of ["zh", "ko", "en"] as const) {
      tagged.length = 0;
      const t = flat(text((await briefs.policyBriefPdf(locale, "changjitu-2014-work-points"))!));
      expect(t).toMatch(new RegExp(`http://localhost:3100/${locale}/policies/changjitu-2014-work-points#article-\\d+`));
      expect(tagged[0]).toEqual(
        expect.arrayContaining([tags.policies, tags.policy("changjitu-2014-work-points"), tags.figures]),
      );
    }
    const zhText = flat(text((await briefs.policyBriefPdf("zh", "changjitu-2014-work-points"))!));
    expect(zhText).toContain(flat("长吉图开发开放先导区战略实施2014年工作要点"));
    expect(zhText).toContain(flat("吉林省人民政府办公厅"));
  });
});
