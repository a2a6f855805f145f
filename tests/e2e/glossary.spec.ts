// The public glossary (/{locale}/glossary): every term in Chinese, Korean and English with the right
// `lang`, a definition in the page's language, a linkable row per term, a CSV download, a way in from the
// press room and the sitemap, no axe violations, and stacked cards without horizontal scrolling on a phone.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { noAxeViolations } from "./support/axe";

const locales = ["zh", "ko", "en"] as const;
type L = (typeof locales)[number];
const htmlLang: Record<L, string> = { zh: "zh-CN", ko: "ko-KR", en: "en" };

interface SeedTerm {
  slug: string;
  originalLocale: L;
  translations: Record<L, { term: string; definition: string }>;
}
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(process.cwd(), file), "utf8"));
const seedTerms: SeedTerm[] = read("content/glossary.json");
interface GlossaryMessages {
  title: string;
  pressLink: string;
  columns: Record<L | "definition", string>;
}
const messages: Record<L, { glossary: GlossaryMessages }> = {
  zh: read("messages/zh.json"),
  ko: read("messages/ko.json"),
  en: read("messages/en.json"),
};
// A term no other spec edits (admin-history and xss change other glossary entries).
const known = seedTerms.find((t) => t.slug === "china-rok-changchun") ?? seedTerms[0]!;

for (const locale of locales) {
  test(`glossary (${locale}): three languages with their lang, the definition in ${locale}, no axe violations`, async ({
    page,
  }) => {
    const m = messages[locale].glossary;
    const res = await page.goto(`/${locale}/glossary`);
    expect(res?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", htmlLang[locale]);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(m.title);

    const table = page.getByRole("table");
    await expect(table).toHaveCount(1);
    await expect(table.getByRole("columnheader")).toHaveText([
      m.columns.zh,
      m.columns.ko,
      m.columns.en,
      m.columns.definition,
    ]);
    await expect(table.locator("tbody tr")).toHaveCount(seedTerms.length);

    const row = page.locator(`tr[id="${known.slug}"]`);
    for (const l of locales) {
      const cell = row.locator(`[lang="${htmlLang[l]}"]`, { hasText: known.translations[l].term }).first();
      await expect(cell, l).toBeVisible();
    }
    // The term in the page's language heads the row and links to the row itself.
    const header = row.getByRole("rowheader");
    await expect(header).toHaveAttribute("lang", htmlLang[locale]);
    await expect(header.getByRole("link", { name: known.translations[locale].term })).toHaveAttribute(
      "href",
      `#${known.slug}`,
    );
    // The definition is in the page's language, not marked as a fallback.
    const definition = known.translations[locale].definition;
    if (definition) {
      await expect(row.locator(`td[lang="${htmlLang[locale]}"]`, { hasText: definition })).toBeVisible();
      await expect(row.getByTestId("glossary-fallback")).toHaveCount(0);
    }
    await noAxeViolations(page);
  });
}

test("glossary: a term's address (#slug) scrolls to its row", async ({ page }) => {
  await page.goto(`/en/glossary#${known.slug}`);
  await expect(page.locator(`tr[id="${known.slug}"]`)).toBeInViewport();
});

test("glossary: the press room links to it, and so does the sitemap", async ({ page, request }) => {
  await page.goto("/ko/press");
  await page.getByRole("link", { name: messages.ko.glossary.pressLink }).click();
  await expect(page).toHaveURL(/\/ko\/glossary$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(messages.ko.glossary.title);

  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const l of locales) expect(sitemap).toMatch(new RegExp(`<loc>[^<]*/${l}/glossary</loc>`));
});

test("glossary: downloadable as CSV in each language", async ({ request }) => {
  const res = await request.get("/ko/glossary/glossary.csv");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("text/csv");
  expect(res.headers()["content-disposition"]).toContain("glossary-ko.csv");
  const text = await res.text();
  const lines = text
    .replace(/^\uFEFF/, "")
    .split("\r\n")
    .filter(Boolean);
  expect(lines[0]).toContain(messages.ko.glossary.columns.ko);
  expect(lines).toHaveLength(seedTerms.length + 1);
  const line = lines.find((l) => l.endsWith(`,${known.slug}`))!;
  for (const l of locales) expect(line).toContain(known.translations[l].term);
  expect(line).toContain(`/ko/glossary#${known.slug}`);
});

test("glossary: at 390 px the rows are stacked cards and nothing scrolls sideways", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  for (const locale of locales) {
    await page.goto(`/${locale}/glossary`);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, locale).toBeLessThanOrEqual(390);
    const row = page.locator(`tr[id="${known.slug}"]`);
    // Every cell names its column on a phone, since the header row is hidden there.
    await expect(row.getByText(messages[locale].glossary.columns.definition, { exact: true })).toBeVisible();
    const box = await row.boundingBox();
    expect(box!.x + box!.width, locale).toBeLessThanOrEqual(390);
    // Still a table for assistive technology.
    await expect(page.getByRole("table").getByRole("columnheader")).toHaveCount(4);
  }
  await noAxeViolations(page);
  await context.close();
});
