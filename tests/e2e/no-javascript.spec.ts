// Readers and crawlers without JavaScript (several Chinese and Korean search engines run none) see the
// main content of every page that depends on its query string: rendered in the HTML, not streamed into
// hidden containers (lib/http/query-pages.ts, docs/decisions/006-query-pages.md).
import { expect, test } from "@playwright/test";

test.use({ javaScriptEnabled: false });

test("the news list filtered by zone and kind, without JavaScript", async ({ page }) => {
  await page.goto("/ko/news?zone=china-rok-changchun&page=1&utm=x");
  const items = page.getByTestId("news-list").locator(":scope > li");
  await expect(items.first()).toBeVisible();
  const filtered = await items.count();
  await page.goto("/ko/news");
  expect(await page.getByTestId("news-list").locator(":scope > li").count()).toBeGreaterThan(filtered);
  await page.goto("/ko/news?zone=china-rok-changchun");
  await expect(page.locator('select[name="zone"]')).toHaveValue("china-rok-changchun");
  // The same query in another order is the same page.
  const html = await (await page.request.get("/ko/news?page=1&zone=china-rok-changchun")).text();
  expect(html).not.toContain('hidden id="S:');
});

test("search results, the policy library, the incentive finder and the side-by-side view, without JavaScript", async ({ page }) => {
  await page.goto("/en/search?q=Changchun");
  await expect(page.getByTestId("search-results").locator("li").first()).toBeVisible();
  await page.goto("/zh/policies?year=2014");
  await expect(page.getByTestId("policy-list")).toBeVisible();
  await page.goto("/en/incentives?topic=finance");
  await expect(page.locator("main")).not.toContainText("…");
  await expect(page.locator("main form")).toBeVisible();
  await page.goto("/en/policies/changjitu-2014-work-points/compare?with=ko");
  await expect(page.getByTestId("compare-table")).toBeVisible();
  await expect(page.getByTestId("compare-table").locator('th[lang="ko-KR"]').first()).toBeVisible();
  for (const path of ["/en/search?q=Changchun", "/zh/policies?year=2014", "/en/incentives?topic=finance", "/en/policies/changjitu-2014-work-points/compare?with=ko"]) {
    const html = await (await page.request.get(path)).text();
    expect(html, path).not.toContain('hidden id="S:');
  }
});

test("the internal route of a query variant is not an address of the site", async ({ request }) => {
  for (const path of ["/ko/news/Q/page=2", "/en/search/Q/q=x", "/en/policies/changjitu-2014-work-points/compare/Q/with=ko"])
    expect((await request.get(path)).status(), path).toBe(404);
});

test("a page that does not exist says so in its language, without JavaScript", async ({ page }) => {
  // Next.js 16.4 sends an empty error shell for notFound(); scripts/server.ts writes the message into it
  // (lib/http/not-found-body.ts). With JavaScript the full page replaces it (tests/e2e/foundation.spec.ts).
  for (const [path, title, lang] of [
    ["/ko/news/no-such-article", "페이지를 찾을 수 없습니다", "ko-KR"],
    ["/zh/policies/no-such-policy", "页面不存在", "zh-CN"],
    ["/en/no-such-page", "Page not found", "en"],
  ] as const) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page.getByRole("link", { name: /./ }).first()).toHaveAttribute("href", `/${path.split("/")[1]}`);
  }
});
