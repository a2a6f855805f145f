// Every public page type in zh, ko and en: it renders from the database, says what it should in that
// language, and axe finds no accessibility violations.
import { expect, test } from "@playwright/test";
import { noAxeViolations } from "./support/axe";

const locales = ["zh", "ko", "en"] as const;
type L = (typeof locales)[number];

const expectations: Record<string, { path: string; heading: Record<L, RegExp> }> = {
  zones: { path: "/zones", heading: { zh: /^园区$/, ko: /^구역$/, en: /^Zones$/ } },
  zone: {
    path: "/zones/china-rok-changchun",
    heading: {
      zh: /中韩\(长春\)国际合作示范区/,
      ko: /한중\(창춘\) 국제협력시범구/,
      en: /China-ROK \(Changchun\) International Cooperation Demonstration Zone/,
    },
  },
  layout: {
    path: "/spatial-layout",
    heading: { zh: /一核、两翼、多园/, ko: /일핵·양익·다원/, en: /one core, two wings, multiple parks/ },
  },
  policies: { path: "/policies", heading: { zh: /^政策$/, ko: /^정책$/, en: /^Policies$/ } },
  policy: {
    path: "/policies/changjitu-2014-work-points",
    heading: { zh: /2014年工作要点/, ko: /2014/, en: /Key Work Points .* 2014/ },
  },
  compare: {
    path: "/policies/changjitu-2014-work-points/compare",
    heading: { zh: /双语对照/, ko: /대조 보기/, en: /side-by-side/ },
  },
  incentives: {
    path: "/incentives",
    heading: { zh: /^优惠政策查询$/, ko: /^인센티브 찾기$/, en: /^Incentive finder$/ },
  },
  news: { path: "/news", heading: { zh: /^新闻$/, ko: /^뉴스$/, en: /^News$/ } },
  article: {
    path: "/news/china-rok-zone-launched",
    heading: {
      zh: /中韩\(长春\)国际示范区正式挂牌成立/,
      ko: /한중\(창춘\) 국제협력시범구 정식 출범/,
      en: /officially inaugurated/,
    },
  },
  figures: { path: "/figures", heading: { zh: /^关键数据$/, ko: /^주요 통계$/, en: /^Key figures$/ } },
  press: { path: "/press", heading: { zh: /^新闻中心$/, ko: /^보도자료실$/, en: /^Press room$/ } },
};

for (const [name, e] of Object.entries(expectations)) {
  for (const locale of locales) {
    test(`${name} page (${locale})`, async ({ page }) => {
      const res = await page.goto(`/${locale}${e.path}`);
      expect(res?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", { zh: "zh-CN", ko: "ko-KR", en: "en" }[locale]);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(e.heading[locale]);
      await noAxeViolations(page);
    });
  }
}

test("zone profile: key facts with their source, dates in the locale's format", async ({ page }) => {
  await page.goto("/ko/zones/china-rok-changchun");
  const facts = page.getByRole("region", { name: "주요 사항" });
  await expect(facts).toContainText("약 36㎢");
  await expect(facts).toContainText("약 210㎢");
  await expect(facts).toContainText("2020년 4월 21일");
  await expect(facts).toContainText("2020년 6월 29일");
  await expect(facts.getByRole("link", { name: "한중(창춘) 국제협력시범구 정식 출범" })).toHaveAttribute(
    "href",
    "/ko/news/china-rok-zone-launched",
  );
  await page.goto("/en/zones/china-rok-changchun");
  await expect(page.getByRole("region", { name: "Key facts" })).toContainText("21 April 2020");
});

test("layout diagram: every element is a keyboard-focusable link with a text twin", async ({ page }) => {
  await page.goto("/en/spatial-layout");
  const nodes = page.locator("svg.layout-diagram a");
  const count = await nodes.count();
  expect(count).toBeGreaterThanOrEqual(12);
  await expect(page.locator("table tbody tr")).toHaveCount(count);
  await nodes.first().focus();
  await expect(nodes.first()).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#core-high-end-services$/);
  await expect(page.locator("#core-high-end-services")).toContainText(
    "Ganwuhai River and Wukai River ecological corridors",
  );
});

test("policy: every article has a stable permalink and a copy-link control", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/en/policies/changjitu-2014-work-points#article-20");
  const article = page.locator("#article-20");
  await expect(article).toBeInViewport();
  await expect(article).toContainText("Hunchun");
  await expect(page.locator("[id^=article-]")).toHaveCount(45);
  await expect(page.locator("section[id^=section-]")).toHaveCount(10);
  await article.getByRole("button", { name: "Copy link" }).click();
  await expect(article.getByRole("button", { name: "Link copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /\/en\/policies\/changjitu-2014-work-points#article-20$/,
  );
});

test("policy: side-by-side view aligns two languages article by article", async ({ page }) => {
  await page.goto("/zh/policies/changjitu-2014-work-points/compare?with=ko");
  const row = page.locator("tr#article-20");
  await expect(row.locator("td").nth(0)).toHaveAttribute("lang", "zh-CN");
  await expect(row.locator("td").nth(0)).toContainText("加快珲春国际合作示范区建设");
  await expect(row.locator("td").nth(1)).toHaveAttribute("lang", "ko-KR");
  await expect(row.locator("td").nth(1)).toContainText("훈춘");
  await expect(page.locator("tbody tr[id^=article-]")).toHaveCount(45);
});

test("policies library filters by zone and validity", async ({ page }) => {
  await page.goto("/en/policies");
  await page.getByLabel("Zone").selectOption("hunchun-cooperation-zone");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/zone=hunchun-cooperation-zone/);
  await expect(page.getByTestId("policy-list").locator(":scope > li")).toHaveCount(1);
  await page.goto("/en/policies?zone=changchun-etdz");
  await expect(page.getByText("Nothing matches these filters.")).toBeVisible();
  const bad = await page.goto("/en/policies?year=abc&zone=%3Cscript%3E");
  expect(bad?.status()).toBe(200);
});

test("incentive finder links each result to its article permalink", async ({ page }) => {
  await page.goto("/ko/incentives");
  await page.getByLabel("구역").selectOption("xinglong-bonded-zone");
  await page.getByRole("button", { name: "찾기" }).click();
  const results = page.getByTestId("incentive-results").locator(":scope > li");
  await expect(results.first()).toBeVisible();
  // Item 11 promises preferential policies; item 21 (building the bonded zone) is a government task, not an incentive.
  await expect(page.getByRole("link", { name: /제11항/ })).toHaveAttribute(
    "href",
    "/ko/policies/changjitu-2014-work-points#article-11",
  );
  await expect(page.getByRole("link", { name: /제21항/ })).toHaveCount(0);
  // The finder says which document the results come from, how current it is, and that it may be superseded.
  const sources = page.getByTestId("incentive-sources");
  await expect(sources).toContainText("2014년 4월 25일");
  await expect(sources).toContainText("원문에 효력이 명시되지 않음");
  await expect(sources).toContainText("대체되었을 수 있습니다");
});

test("news: locale date format, source, filters and pagination controls", async ({ page }) => {
  await page.goto("/en/news/china-rok-zone-launched");
  await expect(page.locator("time").first()).toHaveText("1 July 2020");
  await expect(
    page.getByText("Yanbian Radio and Television Changchun Bureau / Yanbian Release app").first(),
  ).toBeVisible();
  await page.goto("/zh/news/china-rok-zone-launched");
  await expect(page.locator("time").first()).toHaveText("2020年7月1日");
  await page.goto("/ko/news/changchun-etdz-reform-innovation");
  await expect(page.getByRole("link", { name: "원문 기사" })).toHaveAttribute(
    "href",
    "http://www.china-nengyuan.com/news/112490.html",
  );
  await page.goto("/en/news?kind=feature");
  await expect(page.getByTestId("news-list").locator(":scope > li")).toHaveCount(2);
  await page.goto("/en/news?year=2020");
  await expect(page.getByTestId("news-list").locator(":scope > li")).toHaveCount(1);
});

test("an English original shown in Korean keeps its source wording; unknown slugs are 404", async ({ page }) => {
  const res = await page.goto("/ko/news/no-such-article");
  expect(res?.status()).toBe(404);
  await page.goto("/zh/news/china-rok-zone-new-track");
  await expect(page.getByText("原文语言")).toBeVisible();
  await expect(page.getByText("英文", { exact: true })).toBeVisible();
  // The Chinese translation says what it was made from, and links to the English original.
  await expect(page.getByTestId("provenance")).toContainText("译自英文原文");
});

test("press room offers the fact sheet as CSV with sources", async ({ request }) => {
  const res = await request.get("/ko/press/fact-sheet.csv");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("text/csv");
  const text = await res.text();
  expect(text).toContain("약 36㎢");
  expect(text).toContain("한중(창춘) 국제협력시범구 정식 출범");
  expect(text.split("\r\n").filter(Boolean).length).toBeGreaterThan(15);
});

test("language switcher goes to the same item in the other locale", async ({ page }) => {
  await page.goto("/en/zones/xinglong-bonded-zone");
  await page.getByRole("link", { name: "한국어" }).click();
  await expect(page).toHaveURL(/\/ko\/zones\/xinglong-bonded-zone$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("창춘 싱룽 종합보세구");
});

test("phone width: no horizontal scrolling on the home page", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  for (const path of ["/ko", "/en/zones/china-rok-changchun", "/zh/policies/changjitu-2014-work-points"]) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await context.close();
});
