// Issue 11 over real HTTP against the built site (scripts/test.ts configures the government-site settings
// and verification tokens for this build): meta tags and footer, publish times, the schematic statement,
// error reports from the footer to the admin (without JavaScript), display choices (without JavaScript,
// remembered), sitemaps, robots, feeds announced, structured data validated against schema.org, and axe
// with no horizontal scrolling at 320 px and at 200% zoom, in normal and high contrast, on every page type.
import { expect, test, type Page } from "@playwright/test";
import { noAxeViolations } from "./support/axe";
import { stateFile } from "./support/auth";
import { jsonLdOf, structuredDataIssues } from "../support/structured-data";

const NEWS = "/news/china-rok-zone-launched";
const POLICY = "/policies/changjitu-2014-work-points";

const meta = (page: Page, name: string) => page.locator(`meta[name="${name}"]`).getAttribute("content");

test.describe("government-site conventions", () => {
  test("every page carries the site tags; sections their column; articles title, time and source", async ({
    page,
    baseURL,
  }) => {
    await page.goto("/zh");
    expect(await meta(page, "SiteIDCode")).toBe("2201000012");
    expect(await meta(page, "SiteName")).toBeTruthy();
    expect(await meta(page, "SiteDomain")).toBe(new URL(baseURL!).host);
    expect(await meta(page, "ColumnName")).toBe("首页");
    await page.goto("/zh/policies");
    expect(await meta(page, "ColumnName")).toBe("政策");
    expect(await meta(page, "ColumnType")).toBe("政策文件");
    expect(await page.locator('meta[name="ArticleTitle"]').count()).toBe(0);
    await page.goto(`/zh${NEWS}`);
    expect(await meta(page, "ColumnName")).toBe("新闻");
    expect(await meta(page, "ArticleTitle")).toBe(await page.locator("h1").innerText());
    expect(await meta(page, "PubDate")).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(await meta(page, "ContentSource")).toBeTruthy();
    // The same time is shown on the page.
    await expect(page.getByTestId("posted-at")).toHaveText((await meta(page, "PubDate"))!);
    await page.goto(`/en${POLICY}`);
    expect(await meta(page, "ArticleTitle")).toBeTruthy();
    expect(await meta(page, "PubDate")).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    await page.goto("/ko/inquiry");
    expect(await meta(page, "ColumnType")).toBe("소통");
  });

  test("the footer names the units, the identifier code and the filings linked to their registries", async ({
    page,
  }) => {
    await page.goto("/en/zones");
    const footer = page.getByTestId("site-footer");
    await expect(footer.getByTestId("footer-organizer")).toContainText("Changchun New Area Administrative Committee");
    // No English name for the operating unit: the Chinese one, marked as Chinese.
    await expect(footer.getByTestId("footer-operator").locator("dd")).toHaveAttribute("lang", "zh-CN");
    await expect(footer.getByTestId("footer-site-id")).toContainText("2201000012");
    await expect(footer.getByTestId("footer-icp")).toHaveAttribute("href", "https://beian.miit.gov.cn/");
    await expect(footer.getByTestId("footer-icp")).toHaveText("吉ICP备00000000号-1");
    await expect(footer.getByTestId("footer-psb")).toHaveAttribute("href", "https://beian.mps.gov.cn/");
    await expect(footer.getByTestId("footer-contact")).toContainText("webmaster@example.org");
    await expect(footer.getByTestId("report-error-link")).toHaveAttribute("href", "/en/report-error/here");
  });

  test("the spatial-layout page says the diagram is schematic, not a map", async ({ page }) => {
    for (const [l, text] of [
      ["zh", "不是地图"],
      ["ko", "지도가 아닙니다"],
      ["en", "not a map"],
    ] as const) {
      await page.goto(`/${l}/spatial-layout`);
      await expect(page.getByTestId("schematic-note")).toContainText(text);
    }
  });
});

test.describe("search engines", () => {
  test("verification tags, feeds announced, robots keeps admin and search out", async ({ page, request }) => {
    await page.goto("/ko/zones");
    expect(await meta(page, "google-site-verification")).toBe("e2e-google-token");
    expect(await meta(page, "naver-site-verification")).toBe("e2e-naver-token");
    expect(await meta(page, "baidu-site-verification")).toBe("e2e-baidu-token");
    for (const path of ["/ko/zones", "/ko/inquiry", `/ko${NEWS}`]) {
      await page.goto(path);
      const rss = page.locator('link[rel="alternate"][type="application/rss+xml"]');
      await expect(rss, path).toHaveCount(1);
      expect(await rss.getAttribute("href")).toMatch(/\/ko\/feed\.xml$/);
      await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]'), path).toHaveCount(1);
    }
    const robots = await (await request.get("/robots.txt")).text();
    for (const rule of ["/*/admin", "/api", "/*/search", "/*/report-error"])
      expect(robots).toContain(`Disallow: ${rule}\n`);
    expect(robots).toMatch(/Sitemap: \S+\/sitemap-index\.xml/);
  });

  test("sitemap index names each language's sitemap; lastmod comes from when each page went live", async ({
    request,
  }) => {
    const index = await request.get("/sitemap-index.xml");
    expect(index.status()).toBe(200);
    const body = await index.text();
    for (const l of ["zh", "ko", "en"])
      expect(body).toMatch(new RegExp(`<loc>[^<]+/${l}/sitemap\\.xml</loc>\\n<lastmod>\\d{4}-\\d{2}-\\d{2}T`));
    const ko = await (await request.get("/ko/sitemap.xml")).text();
    const entries = [...ko.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!);
    expect(entries.length).toBeGreaterThan(20);
    expect(entries.every((e) => /<loc>[^<]+\/ko(\/|<)/.test(e))).toBe(true);
    const news = entries.find((e) => e.includes(`/ko${NEWS}</loc>`))!;
    expect(news).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}T[\d:.]+Z<\/lastmod>/);
    expect(news).toContain('hreflang="x-default"');
    // The full sitemap carries lastmod on zone and policy pages too.
    const all = await (await request.get("/sitemap.xml")).text();
    expect(all).toMatch(new RegExp(`<loc>[^<]+/en${POLICY}</loc>[\\s\\S]*?<lastmod>`));
  });

  test("the pages' structured data is valid schema.org", async ({ request }) => {
    for (const path of ["/zh", "/en/zones/china-rok-changchun", `/ko${POLICY}`, `/en${NEWS}`, `/zh${NEWS}`]) {
      const items = jsonLdOf(await (await request.get(path)).text());
      expect(items.length, path).toBeGreaterThan(0);
      expect(await structuredDataIssues(items), path).toEqual([]);
    }
  });
});

test.describe("error reports", () => {
  test.use({ javaScriptEnabled: false });

  test("from a page's footer to the form (page filled in), localized errors, then stored", async ({ page }) => {
    await page.goto(`/ko${NEWS}`);
    await page.getByTestId("report-error-link").click();
    await expect(page).toHaveURL(/\/ko\/report-error\/ko~news~china-rok-zone-launched$/);
    await expect(page.locator("#report-page")).toHaveValue(`/ko${NEWS}`);
    await page.getByRole("button", { name: "보내기" }).click();
    await expect(page.getByTestId("report-alert")).toContainText("표시된 항목을 확인하십시오");
    await expect(page.locator("#report-message-error")).toHaveText("문제를 설명해 주십시오.");
    await expect(page.locator("#report-page")).toHaveValue(`/ko${NEWS}`);
    await page.locator("#report-message").fill("e2e: 두 번째 문단의 날짜가 틀렸습니다.");
    await page.getByRole("button", { name: "보내기" }).click();
    await expect(page.getByTestId("report-success")).toContainText(/ERR-[2-9A-Z]{6}/);
  });
});

test.describe("error reports in the admin", () => {
  test.use({ storageState: stateFile("editor") });

  test("staff see the page, language and due time, the dashboard counts it, and they mark it handled with a note", async ({
    page,
    request,
  }) => {
    // A report of its own, so the test does not depend on the one above.
    await page.goto("/en/report-error");
    await page.locator("#report-page").fill("/en/figures");
    await page.locator("#report-message").fill("e2e-admin: the unit of the third figure is wrong.");
    await page.getByRole("button", { name: "Send" }).click();
    const reference = /ERR-[2-9A-Z]{6}/.exec(await page.getByTestId("report-success").innerText())![0];

    await page.goto("/en/admin");
    await expect(page.getByTestId("error-report-dashboard")).toContainText(/[1-9]\d* open error report/);
    await page.goto("/en/admin/error-reports");
    const item = page.getByTestId("error-report").filter({ hasText: reference });
    await expect(item).toContainText("/en/figures");
    await expect(item.getByTestId("error-report-due")).toBeVisible();
    await noAxeViolations(page);
    await item.getByLabel(`Reply note for ${reference}`).fill("Unit corrected.");
    await item.getByRole("button", { name: "Mark handled" }).click();
    await expect(page.getByRole("status")).toContainText(`${reference} marked handled`);
    await expect(page.getByTestId("error-report").filter({ hasText: reference })).toContainText("Unit corrected.");
    expect((await request.get("/en/admin/error-reports")).status()).toBe(200);
  });

  test("the site-health page shows the same report as check:site", async ({ page }) => {
    await page.goto("/zh/admin/site-health");
    await expect(page.getByTestId("site-health-summary")).toBeVisible();
    // The seeded policies are years old: the policies column is flagged in each language.
    await expect(page.getByTestId("site-health-finding").filter({ hasText: "政策栏目" })).toHaveCount(3);
    await noAxeViolations(page);
  });
});

test.describe("display choices", () => {
  test.use({ javaScriptEnabled: false });

  test("text size and contrast work without JavaScript, return to the page and are remembered", async ({ page }) => {
    const rootSize = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    const bodyColors = () =>
      page.evaluate(() => [getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor]);
    await page.goto("/en/zones");
    expect(await rootSize()).toBe("16px");
    await page.locator('[data-display-choice="text-larger"]').click();
    await expect(page).toHaveURL(/\/en\/zones$/);
    await expect(page.locator("footer")).toBeVisible();
    // The choice's stylesheet (under <noscript>) has loaded: the load event waits for it.
    await page.waitForLoadState("load");
    expect(await rootSize()).toBe("24px");
    await page.locator('[data-display-choice="contrast-high"]').click();
    await expect(page).toHaveURL(/\/en\/zones$/);
    await expect(page.locator("footer")).toBeVisible();
    // The choice's stylesheet (under <noscript>) has loaded: the load event waits for it.
    await page.waitForLoadState("load");
    expect(await bodyColors()).toEqual(["rgb(0, 0, 0)", "rgb(255, 255, 255)"]);
    // Remembered on another page.
    await page.goto("/en/news");
    expect(await rootSize()).toBe("24px");
    expect(await bodyColors()).toEqual(["rgb(0, 0, 0)", "rgb(255, 255, 255)"]);
    // A bad value is a 400 in the reader's language, not a 500.
    const bad = await page.request.get("/ko/display/set?text=huge");
    expect(bad.status()).toBe(400);
    expect(await bad.text()).toContain("잘못된 화면 설정입니다");
    await page.locator('[data-display-choice="text-normal"]').click();
    await expect(page).toHaveURL(/\/en\/news$/);
    await page.locator('[data-display-choice="contrast-normal"]').click();
    await expect(page).toHaveURL(/\/en\/news$/);
    await expect(page.locator("footer")).toBeVisible();
    // The choice's stylesheet (under <noscript>) has loaded: the load event waits for it.
    await page.waitForLoadState("load");
    expect(await rootSize()).toBe("16px");
    expect(await bodyColors()).not.toEqual(["rgb(0, 0, 0)", "rgb(255, 255, 255)"]);
  });

  test("without a choice, the high-contrast rules follow prefers-contrast: more", async ({ browser }) => {
    const context = await browser.newContext({ contrast: "more" });
    const page = await context.newPage();
    await page.goto("/zh/zones");
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe("rgb(0, 0, 0)");
    await context.close();
  });
});

// Every page type, one language each (they share their templates across languages).
const pageTypes = [
  "/zh",
  "/ko/zones",
  "/en/zones/china-rok-changchun",
  "/zh/spatial-layout",
  "/ko/policies",
  `/en${POLICY}`,
  `/zh${POLICY}/compare?with=ko`,
  "/ko/incentives",
  "/en/news",
  `/zh${NEWS}`,
  "/ko/press",
  "/en/figures",
  "/zh/glossary",
  "/ko/search?q=%EC%B0%BD%EC%B6%98",
  "/en/inquiry",
  "/zh/report-error",
];

for (const contrast of ["normal", "high"] as const) {
  for (const [label, viewport] of [
    ["320 px", { width: 320, height: 640 }],
    // A 1280 px window at 200% zoom lays the page out in 640 CSS pixels.
    ["200% zoom", { width: 640, height: 400 }],
  ] as const) {
    test(`every page type at ${label}, ${contrast} contrast: no axe violations, no sideways scrolling`, async ({
      page,
      baseURL,
    }) => {
      test.setTimeout(240_000);
      await page.context().addCookies([{ name: "portal-contrast", value: contrast, url: baseURL! }]);
      await page.setViewportSize(viewport);
      for (const path of pageTypes) {
        await page.goto(path);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
        await noAxeViolations(page, `${path} at ${label}, ${contrast}`);
      }
    });
  }
}
