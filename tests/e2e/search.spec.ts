import { expect, test } from "@playwright/test";
import { noAxeViolations } from "./support/axe";

test("Korean search finds the Xinglong bonded zone with the match highlighted", async ({ page }) => {
  const res = await page.goto(`/ko/search?q=${encodeURIComponent("보세구")}`);
  expect(res?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "ko-KR");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("검색");
  await expect(
    page.getByRole("search", { name: "검색", exact: true }).getByRole("searchbox", { name: "포털 검색" }),
  ).toHaveValue("보세구");

  const link = page.getByTestId("search-results").locator('a[href="/ko/zones/xinglong-bonded-zone"]');
  await expect(link).toBeVisible();
  await expect(link.locator("mark")).toHaveText("보세구");
  // The count line is the localized ICU message.
  await expect(page.getByRole("heading", { level: 2, name: /‘보세구’에 대한 결과 \d+건/ })).toBeVisible();
  await noAxeViolations(page);

  await link.click();
  await expect(page).toHaveURL(/\/ko\/zones\/xinglong-bonded-zone$/);
});

test("an empty query shows the localized error on the field, with status 200", async ({ page }) => {
  const res = await page.goto("/zh/search?q=");
  expect(res?.status()).toBe(200);
  const input = page.locator("#search-q");
  await expect(input).toHaveAttribute("aria-invalid", "true");
  await expect(input).toHaveAccessibleDescription("请输入至少一个字符。");
  await expect(page.getByText("请输入至少一个字符。")).toBeVisible();
  await expect(page.getByTestId("search-results")).toHaveCount(0);
  await noAxeViolations(page);
});

test("a query over 100 characters is refused politely", async ({ page }) => {
  const res = await page.goto(`/en/search?q=${"x".repeat(101)}`);
  expect(res?.status()).toBe(200);
  await expect(page.getByText("The search is too long (at most 100 characters).")).toBeVisible();
  await expect(page.locator("#search-q")).toHaveAttribute("aria-invalid", "true");
});

test("the plain GET form searches, and can widen to all languages", async ({ page }) => {
  await page.goto("/en/search");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search");
  const form = page.getByRole("search", { name: "Search", exact: true });
  await expect(form).toHaveAttribute("method", "get");
  await expect(form).toHaveAttribute("action", "/en/search");
  await form.getByRole("searchbox").fill("珲春");
  await form.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/search\?q=%E7%8F%B2%E6%98%A5$/);
  // In English, 珲春 finds the English texts written with its glossary rendering "Hunchun", and only those.
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(/results? for “珲春”$/);
  await expect(page.getByTestId("search-results").locator('a[href^="/zh/"]')).toHaveCount(0);

  await form.getByLabel("Search all languages").check();
  await form.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/all=1/);
  // A hit in Chinese links to the Chinese page, marked as Chinese.
  const hit = page
    .getByTestId("search-results")
    .locator('a[href="/zh/policies/changjitu-2014-work-points#article-20"]');
  await expect(hit).toBeVisible();
  await expect(hit).toHaveAttribute("lang", "zh-CN");
  await expect(hit.locator("mark")).toHaveText("珲春");
  await expect(form.getByLabel("Search all languages")).toBeChecked();
  await noAxeViolations(page);
});

test("LIKE wildcards are literal", async ({ page }) => {
  await page.goto("/en/search?q=_");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText("No results for “_”");
});
