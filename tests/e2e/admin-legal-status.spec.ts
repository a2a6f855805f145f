// A policy's legal status is one locale-neutral detail: an editor marks the policy repealed (with the
// date and the repealing document) in one save, and the Chinese, Korean and English pages all show the
// banner, their JSON-LD says NotInForce, and the incentive finder no longer lists its articles. Put back
// at the end. Runs in the serial "xss" project (playwright.config.ts): other specs read this policy.
import { expect, test, type Page } from "@playwright/test";
import { stateFile } from "./support/auth";

test.use({ storageState: stateFile("editor") });

const slug = "changjitu-2014-work-points";
const details = `/en/admin/content/policy/${slug}/metadata`;
const banner: Record<string, string> = {
  zh: "本文件已废止，不再具有效力。",
  ko: "이 문서는 폐지되어 더 이상 효력이 없습니다.",
  en: "This document has been repealed and is no longer in force.",
};

async function saveDetails(page: Page, fields: { validity: string; since: string; by: string }) {
  await page.goto(details);
  await page.getByLabel("Validity", { exact: true }).selectOption(fields.validity);
  await page.getByLabel("Status changed on").fill(fields.since);
  await page.getByLabel("Amending or repealing document").fill(fields.by);
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByRole("status")).toHaveText(/Details saved\.|Nothing had changed/);
}

const legalForce = async (page: Page) =>
  page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((all) =>
      all
        .map((s) => (JSON.parse(s.textContent ?? "{}") as { legislationLegalForce?: string }).legislationLegalForce)
        .find(Boolean),
    );

test("a repealed policy shows the banner in every language after one save", async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto(details);
  const before = {
    validity: await page.getByLabel("Validity", { exact: true }).inputValue(),
    since: await page.getByLabel("Status changed on").inputValue(),
    by: await page.getByLabel("Amending or repealing document").inputValue(),
  };
  const pub = await page.context().browser()!.newPage();
  await pub.goto(`/en/incentives`);
  const grantingBefore = await pub.locator(`a[href*="/policies/${slug}#article-"]`).count();
  expect(grantingBefore).toBeGreaterThan(0);
  try {
    await saveDetails(page, { validity: "repealed", since: "2026-11-30", by: "吉政发〔2026〕1号" });
    for (const locale of ["zh", "ko", "en"]) {
      await expect(async () => {
        await pub.goto(`/${locale}/policies/${slug}`);
        await expect(pub.getByTestId("legal-status")).toContainText(banner[locale]!, { timeout: 500 });
      }).toPass({ timeout: 10_000 });
      await expect(pub.getByTestId("legal-status")).toContainText("吉政发〔2026〕1号");
      expect(await legalForce(pub)).toBe("https://schema.org/NotInForce");
    }
    await expect(pub.getByTestId("legal-status")).toContainText("Since 30 November 2026.");
    await pub.goto(`/en/incentives`);
    await expect(pub.locator(`a[href*="/policies/${slug}#article-"]`)).toHaveCount(0);
  } finally {
    await saveDetails(page, before);
    await pub.goto(`/en/policies/${slug}`);
    await expect(pub.getByTestId("legal-status")).toHaveCount(0);
    await pub.close();
  }
});
