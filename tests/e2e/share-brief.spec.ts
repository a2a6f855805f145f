// Zone comparison, PDF briefs, OpenGraph/Twitter cards and hreflang, against the built site over HTTP
// (issue 10 items 3 and 4, issue 11 item 3).
import { noAxeViolations } from "./support/axe";
import { expect, test } from "@playwright/test";
import sharp from "sharp";
import { pdfFonts, pdfText } from "../support/pdf";

const locales = ["zh", "ko", "en"] as const;

test.describe("compare zones", () => {
  for (const locale of locales) {
    test(`/${locale}/zones/compare: pick two zones, one sourced table, axe clean`, async ({ page }) => {
      await page.goto(`/${locale}/zones`);
      await page.getByTestId("compare-link").click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/zones/compare$`));
      await expect(page.getByTestId("compare-empty")).toBeVisible();
      await noAxeViolations(page);
      await page.locator('input[name="z"][value="china-rok-changchun"]').check();
      await page.locator('input[name="z"][value="changjitu-pilot-zone"]').check();
      await page.getByTestId("compare-picker").getByRole("button").click();
      await expect(page).toHaveURL(
        /z=changjitu-pilot-zone&z=china-rok-changchun|z=china-rok-changchun&z=changjitu-pilot-zone/,
      );
      const table = page.getByTestId("compare-table");
      await expect(table.locator("thead th")).toHaveCount(2);
      // Every value cites a numbered source listed under the table.
      const refs = await table.locator('sup a[href^="#source-"]').count();
      expect(refs).toBeGreaterThan(4);
      await expect(page.getByTestId("compare-sources").locator("li")).not.toHaveCount(0);
      await noAxeViolations(page);
    });
  }

  test("works without JavaScript, the URL is shareable, more than four is refused politely", async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto("/ko/zones/compare?z=china-rok-changchun&z=changchun-etdz&z=xinglong-bonded-zone");
    // In the HTML itself, visible: not a streamed boundary that only a script would reveal.
    await expect(page.getByTestId("compare-table")).toBeVisible();
    await expect(page.getByTestId("compare-table").locator("thead th")).toHaveCount(3);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      "href",
      /\/ko\/zones\/compare\?z=china-rok-changchun&z=changchun-etdz&z=xinglong-bonded-zone$/,
    );
    await expect(page.getByTestId("compare-table")).toContainText("한중(창춘) 국제협력시범구");
    await expect(page.getByTestId("compare-table")).toContainText("약 36㎢");
    const five = [
      "changjitu-pilot-zone",
      "china-rok-changchun",
      "changchun-etdz",
      "xinglong-bonded-zone",
      "hunchun-cooperation-zone",
    ];
    const res = await page.goto(`/ko/zones/compare?${five.map((z) => `z=${z}`).join("&")}`);
    expect(res?.status()).toBe(200);
    await expect(page.getByRole("alert")).toContainText("한 번에 최대 4개 구역까지 비교할 수 있습니다");
    await expect(page.getByTestId("compare-table")).toHaveCount(0);
    // Unknown and malformed values are ignored, never a 5xx.
    const bad = await page.goto("/ko/zones/compare?z=nope&z=%3Cscript%3E&z=china-rok-changchun");
    expect(bad?.status()).toBe(200);
    await expect(page.getByText("비교하려면 구역을 두 개 이상 선택하십시오.")).toBeVisible();
    await context.close();
  });
});

test.describe("PDF briefs", () => {
  test("the Korean zone brief, downloaded from its page, holds the Korean title and a key figure", async ({
    page,
    request,
  }) => {
    await page.goto("/ko/zones/china-rok-changchun");
    const link = page.getByTestId("brief-link");
    await expect(link).toHaveText("브리프 내려받기(PDF)");
    const href = await link.getAttribute("href");
    expect(href).toBe("/ko/zones/china-rok-changchun/brief.pdf");
    const res = await request.get(href!);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("application/pdf");
    const body = await res.body();
    expect(body.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(body).replace(/\s+/g, " ");
    expect(text).toContain("한중(창춘) 국제협력시범구");
    expect(text).toContain("단기 개발 면적");
    expect(text).toContain("약 36㎢");
    // Only the locale's face is embedded, as a subset.
    expect(pdfFonts(body)).toMatch(/\+NotoSansCJKkr-(Regular|Bold)/);
    // Cached: the same bytes again.
    expect(Buffer.compare(await (await request.get(href!)).body(), body)).toBe(0);
  });

  test("a policy brief in each language carries its title and the article permalinks", async ({ page, request }) => {
    for (const locale of locales) {
      await page.goto(`/${locale}/policies`);
      const first = page.locator('main a[href*="/policies/"]').first();
      const href = (await first.getAttribute("href"))!;
      await page.goto(href);
      const title = (await page.locator("h1").innerText()).trim();
      const res = await request.get((await page.getByTestId("brief-link").getAttribute("href"))!);
      expect(res.status()).toBe(200);
      const text = pdfText(await res.body()).replace(/\s+/g, "");
      expect(text).toContain(title.replace(/\s+/g, ""));
      expect(text).toContain(`${href.split("?")[0]}#`.replace(/^\//, "/"));
    }
  });

  test("unknown slugs and locales are 404, not 5xx", async ({ request }) => {
    expect((await request.get("/ko/zones/no-such-zone/brief.pdf")).status()).toBe(404);
    expect((await request.get("/ko/policies/no-such-policy/brief.pdf")).status()).toBe(404);
    expect((await request.get("/ko/zones/no-such-zone/opengraph-image")).status()).toBe(404);
    expect((await request.get("/ko/news/no-such-article/twitter-image")).status()).toBe(404);
  });
});

const kakao = "facebookexternalhit/1.1; kakaotalk-scrap/1.0; +https://devtalk.kakao.com/";
const wechat =
  "Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0 Mobile Safari/537.36 MicroMessenger/8.0.47.2560(0x28002F35) WeChat/arm64 NetType/WIFI Language/zh_CN";

const meta = (html: string, property: string) =>
  [...html.matchAll(new RegExp(`<meta (?:property|name)="${property.replace(/:/g, ":")}" content="([^"]*)"`, "g"))].map(
    (m) => m[1]!.replace(/&amp;/g, "&"),
  );

test.describe("sharing cards", () => {
  const pages = ["", "/zones/china-rok-changchun", "/news", "/policies"];
  for (const [name, ua] of [
    ["Kakao", kakao],
    ["WeChat", wechat],
  ] as const) {
    test(`${name}'s scraper gets og:* and twitter:* in the HTML, without JavaScript`, async ({ request }) => {
      const res = await request.get("/ko/zones/china-rok-changchun", { headers: { "user-agent": ua } });
      expect(res.status()).toBe(200);
      const html = await res.text();
      expect(meta(html, "og:title")[0]).toContain("한중(창춘) 국제협력시범구");
      expect(meta(html, "og:locale")).toEqual(["ko_KR"]);
      expect(meta(html, "og:locale:alternate").sort()).toEqual(["en_GB", "zh_CN"]);
      expect(meta(html, "og:image")[0]).toMatch(/\/ko\/zones\/china-rok-changchun\/opengraph-image/);
      expect(meta(html, "og:image:width")).toEqual(["1200"]);
      expect(meta(html, "twitter:card")).toEqual(["summary_large_image"]);
      expect(meta(html, "twitter:image")[0]).toMatch(/\/ko\/zones\/china-rok-changchun\/twitter-image/);
    });
  }

  test("an image per locale for home, zone, policy and news pages: PNG, 1200×630, different per language", async ({
    request,
  }) => {
    await test.step("pages", async () => {
      const firstNews = (await (await request.get("/en/news")).text()).match(/href="\/en\/news\/([a-z0-9-]+)"/)![1];
      const firstPolicy = (await (await request.get("/en/policies")).text()).match(
        /href="\/en\/policies\/([a-z0-9-]+)"/,
      )![1];
      for (const p of [...pages.slice(0, 2), `/news/${firstNews}`, `/policies/${firstPolicy}`]) {
        const images: Buffer[] = [];
        for (const locale of locales) {
          const html = await (await request.get(`/${locale}${p}`)).text();
          const url = meta(html, "og:image")[0]!;
          expect(url, `${locale}${p}`).toContain(`/${locale}${p}/opengraph-image`);
          const img = await request.get(new URL(url).pathname + new URL(url).search);
          expect(img.status()).toBe(200);
          expect(img.headers()["content-type"]).toBe("image/png");
          const png = await img.body();
          const info = await sharp(png).metadata();
          expect([info.width, info.height]).toEqual([1200, 630]);
          images.push(png);
        }
        expect(Buffer.compare(images[0]!, images[1]!)).not.toBe(0);
        expect(Buffer.compare(images[1]!, images[2]!)).not.toBe(0);
      }
    });
  });
});

test("hreflang over the whole sitemap: every page answers 200, canonical is itself, every pair is reciprocal, x-default present", async ({
  request,
}) => {
  test.setTimeout(300_000);
  const xml = await (await request.get("/sitemap.xml")).text();
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));
  expect(urls.length).toBeGreaterThan(30);
  const alternates = new Map<string, Map<string, string>>();
  for (const url of urls) {
    const u = new URL(url);
    const res = await request.get(u.pathname + u.search, { headers: { "user-agent": kakao } });
    expect(res.status(), url).toBe(200);
    const html = await res.text();
    const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)?.[1]?.replace(/&amp;/g, "&");
    expect(canonical, `canonical of ${url}`).toBe(url);
    const alts = new Map<string, string>();
    for (const m of html.matchAll(/<link rel="alternate" hrefLang="([^"]+)" href="([^"]+)"/g))
      alts.set(m[1]!, m[2]!.replace(/&amp;/g, "&"));
    expect([...alts.keys()].sort(), url).toEqual(["en", "ko-KR", "x-default", "zh-CN"]);
    expect([...alts.values()], `${url} lists itself`).toContain(url);
    alternates.set(url, alts);
  }
  // Reciprocal: if A names B under some language, B names A under A's language; every target was crawled.
  for (const [a, alts] of alternates) {
    const aLang = [...alts].find(([lang, href]) => href === a && lang !== "x-default")![0];
    for (const [lang, b] of alts) {
      const back = alternates.get(b);
      expect(back, `${a} → ${b} (${lang}) is in the sitemap`).toBeDefined();
      expect(back!.get(aLang), `${b} names ${a} back as ${aLang}`).toBe(a);
      expect(back!.get("x-default"), `${b} has the same x-default as ${a}`).toBe(alts.get("x-default"));
    }
  }
});
