// Feeds, sitemap, robots.txt, security headers and page metadata over real HTTP, against the built site.
// Absolute URLs in responses come from SITE_URL; `npm test` serves the site with SITE_URL = baseURL.
import { expect, test, type APIResponse } from "@playwright/test";
import { xml2js, type Element } from "xml-js";

const origin = (baseURL: string | undefined) =>
  (process.env.SITE_URL ?? baseURL ?? "http://localhost:3000").replace(/\/$/, "");

/** Parses strictly (a malformed document throws) and returns the root element. */
function parseXml(text: string): Element {
  const doc = xml2js(text, { compact: false, trim: true }) as Element;
  const root = doc.elements?.find((e) => e.type === "element");
  if (!root) throw new Error("no root element");
  return root;
}
const children = (e: Element, name: string) =>
  (e.elements ?? []).filter((c) => c.type === "element" && c.name === name);
const child = (e: Element, name: string) => children(e, name)[0];
const text = (e: Element | undefined) =>
  (e?.elements ?? [])
    .map((c) => (c.type === "text" ? String(c.text) : c.type === "cdata" ? String(c.cdata) : ""))
    .join("");

async function xmlBody(res: APIResponse, contentType: string) {
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe(contentType);
  return parseXml(await res.text());
}

test("/zh/feed.xml is RSS 2.0 with the four news items linking to /zh/news/…", async ({ request, baseURL }) => {
  const rss = await xmlBody(await request.get("/zh/feed.xml"), "application/rss+xml; charset=utf-8");
  expect(rss.name).toBe("rss");
  expect(rss.attributes?.version).toBe("2.0");
  const channel = child(rss, "channel")!;
  expect(text(child(channel, "language"))).toBe("zh-CN");
  const self = children(channel, "atom:link").find((l) => l.attributes?.rel === "self");
  expect(self?.attributes?.href).toBe(`${origin(baseURL)}/zh/feed.xml`);
  const items = children(channel, "item");
  expect(items).toHaveLength(4);
  for (const item of items) {
    expect(text(child(item, "link"))).toMatch(new RegExp(`^${origin(baseURL)}/zh/news/[a-z0-9-]+$`));
    expect(text(child(item, "title")).length).toBeGreaterThan(0);
    expect(text(child(item, "pubDate"))).not.toBe("");
    expect(text(child(item, "description")).length).toBeGreaterThan(0);
    // Content is escaped text in paragraphs: no stored markup passes through.
    expect(text(child(item, "content:encoded"))).toMatch(/^<p>/);
    expect(text(child(item, "content:encoded"))).not.toMatch(/<(script|img|iframe|a)\b/i);
  }
  expect(items.map((i) => text(child(i, "title")))).toContain("中韩(长春)国际示范区正式挂牌成立");
});

test("/en/atom.xml is Atom 1.0 with the four news items linking to /en/news/…", async ({ request, baseURL }) => {
  const feed = await xmlBody(await request.get("/en/atom.xml"), "application/atom+xml; charset=utf-8");
  expect(feed.name).toBe("feed");
  expect(feed.attributes?.xmlns).toBe("http://www.w3.org/2005/Atom");
  const self = children(feed, "link").find((l) => l.attributes?.rel === "self");
  expect(self?.attributes?.href).toBe(`${origin(baseURL)}/en/atom.xml`);
  const entries = children(feed, "entry");
  expect(entries).toHaveLength(4);
  for (const entry of entries) {
    const href = String(child(entry, "link")?.attributes?.href);
    expect(href).toMatch(new RegExp(`^${origin(baseURL)}/en/news/[a-z0-9-]+$`));
    expect(text(child(entry, "id"))).toBe(href);
    expect(text(child(entry, "updated"))).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  }
  // Three of the seed articles give no publication date: they must not get an invented one.
  const launched = entries.find((e) =>
    String(child(e, "link")?.attributes?.href).endsWith("/en/news/china-rok-zone-launched"),
  )!;
  expect(text(child(launched, "published"))).toMatch(/^2020-07-01/);
  expect(entries.filter((e) => child(e, "published") === undefined)).toHaveLength(3);
});

test("/ko/feed.xml gives the Korean titles", async ({ request }) => {
  const rss = await xmlBody(await request.get("/ko/feed.xml"), "application/rss+xml; charset=utf-8");
  const channel = child(rss, "channel")!;
  expect(text(child(channel, "language"))).toBe("ko-KR");
  const titles = children(channel, "item").map((i) => text(child(i, "title")));
  expect(titles).toHaveLength(4);
  for (const title of titles) expect(title).toMatch(/[\uAC00-\uD7A3]/);
  expect(titles).toContain("한중(창춘) 국제협력시범구 정식 출범");
});

test("a feed for an unknown locale is 404", async ({ request }) => {
  expect((await request.get("/fr/feed.xml")).status()).toBe(404);
  expect((await request.get("/fr/atom.xml")).status()).toBe(404);
});

test("/sitemap.xml lists every locale's pages with hreflang alternates", async ({ request, baseURL }) => {
  const res = await request.get("/sitemap.xml");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("xml");
  const urlset = parseXml(await res.text());
  const o = origin(baseURL);
  const entries = new Map(children(urlset, "url").map((u) => [text(child(u, "loc")), u]));
  for (const path of [
    "",
    "/zones",
    "/policies",
    "/news",
    "/figures",
    "/spatial-layout",
    "/incentives",
    "/press",
    "/search",
    "/inquiry",
  ]) {
    for (const locale of ["zh", "ko", "en"])
      expect(entries.has(`${o}/${locale}${path}`), `${locale}${path}`).toBe(true);
  }
  const zone = entries.get(`${o}/ko/zones/china-rok-changchun`);
  expect(zone).toBeDefined();
  const alternates = Object.fromEntries(
    children(zone!, "xhtml:link").map((l) => [String(l.attributes?.hreflang), String(l.attributes?.href)]),
  );
  expect(alternates).toEqual({
    "zh-CN": `${o}/zh/zones/china-rok-changchun`,
    "ko-KR": `${o}/ko/zones/china-rok-changchun`,
    en: `${o}/en/zones/china-rok-changchun`,
    "x-default": `${o}/zh/zones/china-rok-changchun`,
  });
  for (const locale of ["zh", "ko", "en"]) {
    expect(entries.has(`${o}/${locale}/news/china-rok-zone-launched`)).toBe(true);
    expect(entries.has(`${o}/${locale}/policies/changjitu-2014-work-points`)).toBe(true);
  }
  // Nothing private.
  expect([...entries.keys()].filter((u) => /\/admin|\/api\//.test(u))).toEqual([]);
});

test("/robots.txt allows the site, disallows admin and the API, and names the sitemap", async ({
  request,
  baseURL,
}) => {
  const res = await request.get("/robots.txt");
  expect(res.status()).toBe(200);
  const body = await res.text();
  expect(body).toMatch(/^User-Agent: \*$/m);
  expect(body).toMatch(/^Allow: \/$/m);
  expect(body).toMatch(/^Disallow: \/\*\/admin$/m);
  expect(body).toMatch(/^Disallow: \/api$/m);
  expect(body).toContain(`Sitemap: ${origin(baseURL)}/sitemap.xml`);
});

test("pages carry the security headers", async ({ request }) => {
  for (const path of ["/en", "/zh/zones", "/ko/feed.xml"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    const h = res.headers();
    const csp = h["content-security-policy"] ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["x-frame-options"]).toBe("DENY");
    expect(h["permissions-policy"]).toBe("camera=(), microphone=(), geolocation=()");
    if (!origin(undefined).startsWith("https://")) expect(h["strict-transport-security"]).toBeUndefined();
  }
});

test("the home page has a canonical link, hreflang alternates, og:locale and WebSite JSON-LD", async ({
  page,
  baseURL,
}) => {
  const o = origin(baseURL);
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content.Security.Policy/i.test(m.text())) errors.push(m.text());
  });
  await page.goto("/zh");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${o}/zh`);
  await expect(page.locator('link[rel="alternate"][hreflang="ko-KR"]')).toHaveAttribute("href", `${o}/ko`);
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute("href", `${o}/zh`);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "zh_CN");
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", `${o}/zh`);
  const ld = await page.locator('script[type="application/ld+json"]').allTextContents();
  const website = ld.map((t) => JSON.parse(t)).find((d) => d["@type"] === "WebSite");
  expect(website?.potentialAction?.target?.urlTemplate).toBe(`${o}/zh/search?q={search_term_string}`);
  // The CSP lets Next's own scripts run (hydration works, nothing reported as blocked).
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en$/);
  expect(errors).toEqual([]);
});
