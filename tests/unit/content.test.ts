// The seed content: valid, complete in three languages, consistent, and faithful to the seeds' numbers.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkReferences, loadContent } from "@/lib/content/load";
import { locales } from "@/lib/content/schema";
import { missingNumbers, statedNumbers } from "@/lib/content/numbers";

const content = loadContent();
const seedsDir = path.resolve(import.meta.dirname, "../../../shared/seeds");
const haveSeeds = fs.existsSync(seedsDir);

describe("content/", () => {
  it("has every content type, each item in zh, ko and en", () => {
    expect(content.zones.map((z) => z.slug).sort()).toEqual(
      [
        "changchun-etdz",
        "changjitu-pilot-zone",
        "china-rok-changchun",
        "china-singapore-food-zone",
        "hunchun-cooperation-zone",
        "xinglong-bonded-zone",
      ].sort(),
    );
    expect(content.news).toHaveLength(4);
    expect(content.policies).toHaveLength(1);
    expect(content.layout.length).toBeGreaterThanOrEqual(10);
    expect(content.figures.length).toBeGreaterThanOrEqual(15);
    expect(content.glossary.length).toBeGreaterThanOrEqual(20);
    const withText = [...content.zones, ...content.layout, ...content.figures, ...content.glossary, ...content.news];
    for (const item of withText) expect(Object.keys(item.translations).sort()).toEqual([...locales].sort());
    for (const p of content.policies) expect(Object.keys(p.text).sort()).toEqual([...locales].sort());
  });

  it("has no broken references", () => {
    expect(checkReferences(content)).toEqual([]);
  });

  it("records four Chinese originals and one English one", () => {
    const originals = [
      ...content.news.map((n) => n.originalLocale),
      ...content.policies.map((p) => p.meta.originalLocale),
    ];
    expect(originals.filter((l) => l === "zh")).toHaveLength(4);
    expect(originals.filter((l) => l === "en")).toHaveLength(1);
  });

  it("keeps the 2014 work points whole: 10 sections, 45 articles at stable numbers", () => {
    const p = content.policies.find((x) => x.meta.slug === "changjitu-2014-work-points")!;
    expect(p.meta.sections.map((s) => s.number)).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    expect(p.meta.articles.map((a) => a.number)).toEqual(Array.from({ length: 45 }, (_, i) => i + 1));
  });

  describe("numbers and dates match the original in every translation", () => {
    for (const n of content.news) {
      for (const l of locales.filter((x) => x !== n.originalLocale)) {
        it(`news ${n.slug} (${l})`, () => {
          const o = n.translations[n.originalLocale];
          expect(missingNumbers(o.body, n.originalLocale, n.translations[l].body, l)).toEqual([]);
          expect(missingNumbers(o.title, n.originalLocale, n.translations[l].title, l)).toEqual([]);
        });
      }
    }
    for (const p of content.policies) {
      const from = p.meta.originalLocale;
      for (const l of locales.filter((x) => x !== from)) {
        it(`policy ${p.meta.slug} (${l})`, () => {
          const missing = p.text[from].articles.flatMap((a) => {
            const t = p.text[l].articles.find((x) => x.number === a.number)!;
            const m = missingNumbers(`${a.heading} ${a.body}`, from, `${t.heading} ${t.body}`, l);
            return m.length ? [`article ${a.number}: ${m.join(", ")}`] : [];
          });
          expect(missing).toEqual([]);
        });
      }
    }
    for (const z of content.zones) {
      for (const l of locales.filter((x) => x !== z.originalLocale)) {
        it(`zone ${z.slug} (${l})`, () => {
          const o = z.translations[z.originalLocale];
          const t = z.translations[l];
          for (const field of ["summary", "positioning", "goals2025", "goals2035", "body"] as const)
            expect(missingNumbers(o[field], z.originalLocale, t[field], l), field).toEqual([]);
        });
      }
    }
  });

  it("states each key figure's value in the seed it cites", { skip: !haveSeeds }, () => {
    const seedText = (slug: string, type: "news" | "policy") => {
      const file =
        type === "news"
          ? content.news.find((n) => n.slug === slug)!.seed
          : content.policies.find((p) => p.meta.slug === slug)!.meta.seed;
      return fs.readFileSync(path.join(seedsDir, file), "utf8");
    };
    for (const f of content.figures) {
      const seed = seedText(f.source.slug, f.source.type);
      expect(seed, `${f.slug}: quote not in seed`).toContain(f.quote);
      const stated = statedNumbers(f.quote, f.originalLocale);
      const scale: Record<string, number> = {
        "eur-100m": 1e8,
        "cny-100m": 1e8,
        "usd-100m": 1e8,
        "cny-10k": 1e4,
        "parcel-10k": 1e4,
      };
      const value = f.value * (scale[f.unit] ?? 1);
      expect(
        stated.has(Math.round(value * 1e6) / 1e6) || stated.has(f.value),
        `${f.slug}: ${f.value} ${f.unit} not stated in "${f.quote}"`,
      ).toBe(true);
    }
  });
});
