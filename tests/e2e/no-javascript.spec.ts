// Readers and crawlers without JavaScript (several Chinese and Korean search engines run none) see the
// main content of every page that depends on its query string: rendered in the HTML, not streamed into
// hidden containers (lib/http/query-pages.ts, docs/decisions/006-query-pages.md).
import { expect, test } from "@playwright/test";
import { stateFile } from "./support/auth";
import { noAxeViolations } from "./support/axe";
import { mailFromOutbox, publishArticleEdit } from "./support/mail";

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

test("search results, the policy library, the incentive finder and the side-by-side view, without JavaScript", async ({
  page,
}) => {
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
  for (const path of [
    "/en/search?q=Changchun",
    "/zh/policies?year=2014",
    "/en/incentives?topic=finance",
    "/en/policies/changjitu-2014-work-points/compare?with=ko",
  ]) {
    const html = await (await page.request.get(path)).text();
    expect(html, path).not.toContain('hidden id="S:');
  }
});

test("the internal route of a query variant is not an address of the site", async ({ request }) => {
  for (const path of [
    "/ko/news/Q/page=2",
    "/en/search/Q/q=x",
    "/en/policies/changjitu-2014-work-points/compare/Q/with=ko",
    "/en/questions/Q/page=2",
    "/en/subscribe/confirm/Q/token=x",
    "/reader/en/confirm/token=x",
    "/en/policies/changjitu-2014-work-points/changes/Q/from=x",
  ])
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

test.describe("a subscriber's signed links and a policy's diff, without JavaScript", () => {
  test.describe.configure({ mode: "serial", timeout: 180_000 });
  const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const EMAIL = `nojs-${run}@example.com`;
  const SLUG = "changjitu-2014-work-points";

  test("confirm and preferences are in the HTML, never in a shared cache", async ({ page, browser, baseURL }) => {
    await page.goto("/en/subscribe");
    await page.getByRole("radio", { name: "News" }).check();
    await page.getByLabel("Email", { exact: true }).fill(EMAIL);
    await page.getByRole("button", { name: "Subscribe" }).click();
    await expect(page).toHaveURL(/\/en\/subscribe\/sent$/);
    const mail = await mailFromOutbox(browser, EMAIL, /./, { axe: false });
    const link = /(http:\/\/\S+\/en\/subscribe\/confirm\?token=\S+)/
      .exec(mail)![1]!
      .replace(/^https?:\/\/[^/]+/, baseURL!);

    // The page the link opens holds what is confirmed and the button, in its HTML.
    const res = await page.request.get(link);
    expect(res.headers()["cache-control"]).toMatch(/private/);
    expect(res.headers()["cache-control"]).toMatch(/no-store/);
    expect(res.headers()["referrer-policy"]).toBe("same-origin");
    const html = await res.text();
    expect(html).toContain('data-testid="confirm-target"');
    expect(html).not.toContain('hidden id="S:');
    await page.goto(link);
    await expect(page.getByTestId("confirm-target")).toBeVisible();
    // axe needs JavaScript: the same page in a phone-sized context that has it.
    const phone = await browser.newContext({ javaScriptEnabled: true, viewport: { width: 390, height: 844 } });
    const axePage = await phone.newPage();
    await axePage.goto(link);
    await noAxeViolations(axePage);
    await page.getByRole("button", { name: "Confirm" }).click();
    await expect(page).toHaveURL(/\/en\/subscribe\/preferences\?token=.+&notice=confirmed$/);
    await expect(page.getByTestId("preferences-email")).toHaveText(EMAIL);
    await expect(page.getByTestId("preferences-follows").getByRole("listitem")).toHaveCount(1);
    await axePage.goto(page.url());
    await noAxeViolations(axePage);
    await phone.close();
    const prefs = await page.request.get(page.url());
    expect(prefs.headers()["cache-control"]).toMatch(/no-store/);
    expect(await prefs.text()).not.toContain('hidden id="S:');
    // A plain form without JavaScript: change the frequency.
    await page.getByLabel("Weekly digest").check();
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByTestId("preferences-notice")).toBeVisible();
    await expect(page.getByLabel("Weekly digest")).toBeChecked();
    // Rendered per request, never kept: after unsubscribing the same link opens nothing.
    await page.getByRole("button", { name: /^Unsubscribe/ }).click();
    await expect(page).toHaveURL(/\/en\/subscribe\/unsubscribed$/);
    await page.goto(link);
    await expect(page.getByTestId("token-invalid")).toBeVisible();
  });

  test.describe("the diff between two versions", () => {
    test.use({ javaScriptEnabled: true, storageState: stateFile("editor") });
    test("an English change, then the diff chosen with the GET form without JavaScript", async ({ page, browser }) => {
      await publishArticleEdit(page, "en", SLUG, "article-12", `(nojs ${run})`);
      const reader = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
      await reader.goto(`/en/policies/${SLUG}/changes`);
      const form = reader.getByTestId("diff-form");
      const options = await form
        .locator('select[name="from"] option')
        .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      expect(options.length).toBeGreaterThanOrEqual(2);
      await form.locator('select[name="from"]').selectOption(options.at(-2)!);
      await form.locator('select[name="to"]').selectOption(options.at(-1)!);
      await form.getByRole("button").click();
      await expect(reader).toHaveURL(/\?from=\w+&to=\w+$/);
      await expect(reader.getByTestId("version-diff").locator("ins").filter({ hasText: run })).toHaveCount(1);
      const html = await (await reader.request.get(reader.url())).text();
      expect(html).not.toContain('hidden id="S:');
      await reader.context().close();
    });
  });
});

test.describe("public pages are documents", () => {
  test.use({ javaScriptEnabled: true });

  test("no framework scripts on a public page, forms included; the admin keeps them", async ({ request }) => {
    for (const path of [
      "/ko",
      "/en/policies/changjitu-2014-work-points",
      "/zh/news",
      "/en/search?q=Changchun",
      "/ko/inquiry",
      "/en/subscribe",
      "/zh/report-error",
    ]) {
      const html = await (await request.get(path)).text();
      expect(html, path).not.toMatch(/<script[^>]*src="\/_next\/static\//);
      expect(html, path).not.toContain("self.__next_f");
      expect(html, path).toContain("</main>");
    }
    // Compressed by the front door itself (Next.js is asked for the page uncompressed).
    const gz = await request.get("/ko", { headers: { "accept-encoding": "gzip" } });
    expect(gz.headers()["content-encoding"]).toBe("gzip");
    expect(await gz.text()).toContain('lang="ko-KR"');
    // Asked again, it is answered by the front door's own cache of finished documents (a publish changes
    // its key: every publish test of the suite reads a page after changing it).
    await request.get("/zh/glossary");
    expect((await request.get("/zh/glossary")).headers()["x-document-cache"]).toBe("HIT");
    // The admin hydrates (here its sign-in page).
    const signIn = await (await request.get("/en/admin/sign-in")).text();
    expect(signIn).toMatch(/<script[^>]*src="\/_next\/static\//);
  });

  test("print and copy-link are shown where a browser can run them, hidden where it cannot", async ({ browser }) => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto("/en/policies/changjitu-2014-work-points");
      const controls = [
        page.getByRole("button", { name: "Print" }),
        page.getByRole("button", { name: "Copy link" }).first(),
      ];
      for (const control of controls)
        if (javaScriptEnabled) await expect(control).toBeVisible();
        else await expect(control).toBeHidden();
      await context.close();
    }
  });
});
