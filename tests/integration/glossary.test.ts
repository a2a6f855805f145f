// The glossary's data layer against a real, seeded PostgreSQL: every published term with its three
// renderings, the definition in the page locale or (flagged) the original, drafts hidden, and an order
// that follows the page locale's collation.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appDatabase, type AppDatabase } from "../support/db";
import type { Db } from "@/lib/prisma-client";

interface SeedTerm {
  slug: string;
  originalLocale: "zh" | "ko" | "en";
  translations: Record<"zh" | "ko" | "en", { term: string; definition: string }>;
}
const seedTerms: SeedTerm[] = JSON.parse(fs.readFileSync(path.join(process.cwd(), "content/glossary.json"), "utf8"));

let app: AppDatabase;
let db: Db;
let glossary: typeof import("@/lib/data/glossary");

beforeAll(async () => {
  app = await appDatabase("gloss", { seed: true });
  db = app.db;
  glossary = await import("@/lib/data/glossary");
});

afterAll(async () => {
  await app?.close();
});

describe("getGlossary", () => {
  it("serves every seeded term in all three languages with the page locale's definition", async () => {
    const ko = await glossary.getGlossary("ko");
    expect(ko).toHaveLength(seedTerms.length);
    for (const s of seedTerms) {
      const g = ko.find((x) => x.slug === s.slug);
      expect(g, s.slug).toBeDefined();
      expect(g!.terms).toEqual({ zh: s.translations.zh.term, ko: s.translations.ko.term, en: s.translations.en.term });
      if (s.translations.ko.definition)
        expect(g!.definition).toEqual({ text: s.translations.ko.definition, lang: "ko", fallback: false });
    }
  });

  it("sorts by the term in the page locale", async () => {
    for (const locale of ["zh", "ko", "en"] as const) {
      const terms = (await glossary.getGlossary(locale)).map((g) => g.terms[locale]!);
      const collator = new Intl.Collator({ zh: "zh-CN", ko: "ko-KR", en: "en" }[locale], {
        sensitivity: "base",
        numeric: true,
        ignorePunctuation: true,
      });
      expect([...terms].sort(collator.compare), locale).toEqual(terms);
      // Quotation marks do not put a term first.
      expect(terms[0], locale).not.toMatch(/^\p{P}/u);
    }
  });

  it("falls back to the original definition, flagged, and leaves a missing rendering empty", async () => {
    const s = seedTerms.find((t) => t.originalLocale === "zh" && t.translations.zh.definition)!;
    await db.glossaryTermTranslation.deleteMany({ where: { locale: "en", glossaryTerm: { slug: s.slug } } });
    const g = (await glossary.getGlossary("en")).find((x) => x.slug === s.slug)!;
    expect(g.terms.en).toBeNull();
    expect(g.terms.zh).toBe(s.translations.zh.term);
    expect(g.definition).toEqual({ text: s.translations.zh.definition, lang: "zh", fallback: true });
  });

  it("treats an empty definition as missing rather than serving a blank", async () => {
    const s = seedTerms.find(
      (t) => t.originalLocale === "zh" && t.translations.zh.definition && t.translations.ko.definition,
    )!;
    await db.glossaryTermTranslation.updateMany({
      where: { locale: "ko", glossaryTerm: { slug: s.slug } },
      data: { definition: "" },
    });
    const g = (await glossary.getGlossary("ko")).find((x) => x.slug === s.slug)!;
    expect(g.terms.ko).toBe(s.translations.ko.term);
    expect(g.definition).toMatchObject({ lang: "zh", fallback: true });
  });

  it("hides draft terms", async () => {
    const slug = seedTerms[0]!.slug;
    await db.glossaryTerm.update({ where: { slug }, data: { status: "draft" } });
    expect((await glossary.getGlossary("zh")).map((g) => g.slug)).not.toContain(slug);
    await db.glossaryTerm.update({ where: { slug }, data: { status: "published" } });
    expect((await glossary.getGlossary("zh")).map((g) => g.slug)).toContain(slug);
  });
});
