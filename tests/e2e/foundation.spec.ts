import { expect, test } from "@playwright/test";
import { noAxeViolations } from "./support/axe";

const zoneNames = {
  zh: ["长吉图开发开放先导区", "中韩(长春)国际合作示范区", "长春经济技术开发区", "长春兴隆综合保税区"],
  ko: ["창지투 개발개방 선도구", "한중(창춘) 국제협력시범구", "창춘 경제기술개발구", "창춘 싱룽 종합보세구"],
  en: [
    "Changchun–Jilin–Tumen Development and Opening-up Pilot Zone",
    "China-ROK (Changchun) International Cooperation Demonstration Zone",
    "Changchun Economic and Technological Development Zone",
    "Changchun Xinglong Comprehensive Bonded Zone",
  ],
} as const;
const htmlLang = { zh: "zh-CN", ko: "ko-KR", en: "en" } as const;

for (const locale of ["zh", "ko", "en"] as const) {
  test(`home (${locale}) lists the six zones from the database, with the right lang`, async ({ page }) => {
    await page.goto(`/${locale}`);
    await expect(page.locator("html")).toHaveAttribute("lang", htmlLang[locale]);
    const cards = page.getByTestId("zone-list").locator(":scope > li");
    await expect(cards).toHaveCount(6);
    for (const name of zoneNames[locale]) await expect(page.getByRole("heading", { name, exact: true })).toBeVisible();
    await noAxeViolations(page);
  });
}

test("/ picks the locale from Accept-Language", async ({ browser }) => {
  // Playwright's `locale` sets the browser's Accept-Language.
  for (const [browserLocale, locale] of [
    ["ko-KR", "ko"],
    ["en-US", "en"],
    ["zh-CN", "zh"],
    ["fr-FR", "zh"],
  ] as const) {
    const context = await browser.newContext({ locale: browserLocale });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(new RegExp(`/${locale}$`));
    await context.close();
  }
});

test("an unknown page answers 404 with a localized page", async ({ page }) => {
  const res = await page.goto("/ko/no-such-page");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("페이지를 찾을 수 없습니다");
  await expect(page.locator("html")).toHaveAttribute("lang", "ko-KR");
});

test("the language switcher keeps the page", async ({ page }) => {
  await page.goto("/zh");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("paths outside the locales are 404, not errors", async ({ request }) => {
  for (const path of ["/foo.txt", "/apple-touch-icon.png", "/fr/zones"]) {
    const res = await request.get(path, { maxRedirects: 5 });
    expect(res.status(), path).toBe(404);
  }
  expect((await request.get("/favicon.ico")).status()).toBe(200);
});
