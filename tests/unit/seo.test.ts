// lib/seo.ts (page metadata, JSON-LD builders), <JsonLd> escaping, the news feed builder and the
// security headers — everything that does not need a running Next.js server. The HTTP side (feeds,
// sitemap, robots, headers on real responses) is in tests/e2e/seo.spec.ts.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { xml2js, type Element } from "xml-js";
import zh from "@/messages/zh.json";
import ko from "@/messages/ko.json";
import en from "@/messages/en.json";

// next-intl's server functions only run inside Next.js: read the real message files instead.
vi.mock("next-intl/server", () => import("../support/next-intl-server"));

const SITE = "http://localhost:3100";
process.env.SITE_URL = SITE;

const seo = await import("@/lib/seo");
const { JsonLd, serializeJsonLd } = await import("@/components/seo/json-ld");
const { buildNewsFeed, markdownToFeedHtml } = await import("@/lib/feeds/news-feed");
const { adminCsp, publicCsp, staticSecurityHeaders } = await import("@/lib/security-headers");

const locales = ["zh", "ko", "en"] as const;
const og = { zh: "zh_CN", ko: "ko_KR", en: "en_GB" } as const;
const siteName = { zh: zh.meta.siteName, ko: ko.meta.siteName, en: en.meta.siteName } as const;

describe("pageMetadata", () => {
  for (const locale of locales) {
    it(`gives canonical, hreflang alternates and OpenGraph for ${locale}`, async () => {
      const m = await seo.pageMetadata({ locale, path: "/zones/china-rok-changchun", title: "T", description: "D" });
      const url = `${SITE}/${locale}/zones/china-rok-changchun`;
      expect(m.alternates?.canonical).toBe(url);
      expect(m.alternates?.languages).toEqual({
        "zh-CN": `${SITE}/zh/zones/china-rok-changchun`,
        "ko-KR": `${SITE}/ko/zones/china-rok-changchun`,
        en: `${SITE}/en/zones/china-rok-changchun`,
        "x-default": `${SITE}/zh/zones/china-rok-changchun`,
      });
      expect(m.openGraph).toMatchObject({
        type: "website",
        url,
        title: "T",
        description: "D",
        siteName: siteName[locale],
        locale: og[locale],
      });
      const alternate = (m.openGraph as { alternateLocale: string[] }).alternateLocale;
      expect([...alternate].sort()).toEqual(
        locales
          .filter((l) => l !== locale)
          .map((l) => og[l])
          .sort(),
      );
      expect(m.twitter).toMatchObject({ card: "summary_large_image", title: "T", description: "D" });
      expect(m.title).toBe("T");
      expect(m.description).toBe("D");
    });
  }

  it("treats '' and '/' as the locale's home, and can set an absolute title", async () => {
    for (const path of ["", "/"]) {
      const m = await seo.pageMetadata({ locale: "ko", path, title: "Home", description: "D", absoluteTitle: true });
      expect(m.alternates?.canonical).toBe(`${SITE}/ko`);
      expect((m.alternates?.languages as Record<string, string>)["x-default"]).toBe(`${SITE}/zh`);
      expect(m.title).toEqual({ absolute: "Home" });
    }
  });

  it("states an article's publication time only when known", async () => {
    const dated = await seo.pageMetadata({
      locale: "en",
      path: "/news/a",
      title: "T",
      description: "D",
      type: "article",
      publishedTime: "2020-07-01",
    });
    expect(dated.openGraph).toMatchObject({ type: "article", publishedTime: "2020-07-01" });
    const undated = await seo.pageMetadata({
      locale: "en",
      path: "/news/a",
      title: "T",
      description: "D",
      type: "article",
      publishedTime: null,
    });
    expect(undated.openGraph).toMatchObject({ type: "article" });
    expect(undated.openGraph).not.toHaveProperty("publishedTime");
  });

  it("makes image paths absolute", async () => {
    const m = await seo.pageMetadata({ locale: "zh", path: "/x", title: "T", description: "D", images: ["/og.png"] });
    expect((m.openGraph as { images: { url: string }[] }).images[0]!.url).toBe(`${SITE}/og.png`);
  });
});

describe("JSON-LD builders", () => {
  it("newsArticleJsonLd states what is known and nothing else", () => {
    const full = seo.newsArticleJsonLd({
      url: "/zh/news/china-rok-zone-launched",
      headline: "H",
      description: "S",
      datePublished: "2020-07-01",
      dateModified: "2026-01-01T00:00:00.000Z",
      inLanguage: "zh",
      publisherName: "Portal",
      sourceName: "Source org",
      sourceUrl: "https://example.org/a",
      author: "Zhang",
    });
    expect(full).toEqual({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "H",
      description: "S",
      url: `${SITE}/zh/news/china-rok-zone-launched`,
      mainEntityOfPage: `${SITE}/zh/news/china-rok-zone-launched`,
      inLanguage: "zh-CN",
      datePublished: "2020-07-01",
      dateModified: "2026-01-01T00:00:00.000Z",
      author: { "@type": "Person", name: "Zhang" },
      publisher: { "@type": "Organization", name: "Portal" },
      sourceOrganization: { "@type": "Organization", name: "Source org" },
      isBasedOn: "https://example.org/a",
    });
    const bare = seo.newsArticleJsonLd({
      url: `${SITE}/ko/news/x`,
      headline: "H",
      datePublished: null,
      inLanguage: "ko",
      sourceName: "",
      sourceUrl: null,
      author: "",
    });
    expect(bare).toEqual({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      headline: "H",
      url: `${SITE}/ko/news/x`,
      mainEntityOfPage: `${SITE}/ko/news/x`,
      inLanguage: "ko-KR",
    });
  });

  it("legislationJsonLd maps validity and omits unknown fields", () => {
    const base = { url: "/en/policies/p", name: "Policy", inLanguage: "en" } as const;
    expect(seo.legislationJsonLd({ ...base, validity: "in_force" }).legislationLegalForce).toBe(
      "https://schema.org/InForce",
    );
    expect(seo.legislationJsonLd({ ...base, validity: "expired" }).legislationLegalForce).toBe(
      "https://schema.org/NotInForce",
    );
    expect(seo.legislationJsonLd({ ...base, validity: "amended" }).legislationLegalForce).toBe(
      "https://schema.org/PartiallyInForce",
    );
    for (const validity of ["repealed", "superseded"] as const) {
      expect(seo.legislationJsonLd({ ...base, validity }).legislationLegalForce).toBe("https://schema.org/NotInForce");
    }
    expect(seo.legislationJsonLd({ ...base, validity: "unknown" })).not.toHaveProperty("legislationLegalForce");
    const bare = seo.legislationJsonLd({ ...base, documentNumber: null, issuedOn: "2014-04-25", validity: "unknown" });
    expect(bare).toEqual({
      "@context": "https://schema.org",
      "@type": "Legislation",
      name: "Policy",
      url: `${SITE}/en/policies/p`,
      inLanguage: "en",
      legislationDate: "2014-04-25",
    });
    const full = seo.legislationJsonLd({
      ...base,
      documentNumber: "吉政办发〔2014〕1号",
      jurisdiction: en.seo.jurisdiction.jilin,
      issuer: "General Office",
      effectiveFrom: "2014-05-01",
      articles: [{ url: "/en/policies/p#article-1", name: "Article 1", number: 1 }],
    });
    expect(full).toMatchObject({
      legislationIdentifier: "吉政办发〔2014〕1号",
      legislationJurisdiction: "Jilin Province, China",
      legislationPassedBy: { "@type": "GovernmentOrganization", name: "General Office" },
      legislationDateOfApplicability: "2014-05-01",
      hasPart: [{ "@type": "Legislation", name: "Article 1", url: `${SITE}/en/policies/p#article-1`, position: 1 }],
    });
  });

  it("zoneJsonLd is a Place with only the facts passed in", () => {
    const bare = seo.zoneJsonLd({
      url: "/en/zones/z",
      name: "Zone",
      alternateName: "",
      containedIn: [],
      areas: [{ name: "Near-term area", km2: null }],
      properties: [{ name: "Approved", value: null }],
      managedBy: null,
    });
    expect(bare).toEqual({
      "@context": "https://schema.org",
      "@type": ["Place"],
      "@id": `${SITE}/en/zones/z#place`,
      name: "Zone",
      url: `${SITE}/en/zones/z`,
    });
    const full = seo.zoneJsonLd({
      url: "/en/zones/z",
      name: "Zone",
      containedIn: [{ name: "Parent", url: "/en/zones/parent" }],
      areas: [{ name: "Near-term area", km2: 36 }],
      properties: [{ name: "Approved", value: "2020-04-21" }],
      managedBy: { name: "Administrative Committee" },
    });
    expect(full.containedInPlace).toEqual([{ "@type": "Place", name: "Parent", url: `${SITE}/en/zones/parent` }]);
    expect(full.additionalProperty).toEqual([
      {
        "@type": "PropertyValue",
        name: "Near-term area",
        value: { "@type": "QuantitativeValue", value: 36, unitCode: "KMK", unitText: "km²" },
      },
      { "@type": "PropertyValue", name: "Approved", value: "2020-04-21" },
    ]);
    expect(full["@reverse"]).toEqual({
      areaServed: { "@type": "GovernmentOrganization", name: "Administrative Committee" },
    });
  });

  it("breadcrumbJsonLd numbers the trail and makes URLs absolute", () => {
    expect(
      seo.breadcrumbJsonLd([
        { name: "Home", url: "/en" },
        { name: "News", url: "/en/news" },
      ]),
    ).toEqual({
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: "Home", item: `${SITE}/en` },
        { "@type": "ListItem", position: 2, name: "News", item: `${SITE}/en/news` },
      ],
    });
  });

  it("websiteJsonLd has a SearchAction to the locale's search page", async () => {
    const w = await seo.websiteJsonLd("ko");
    expect(w).toMatchObject({
      "@type": "WebSite",
      name: ko.meta.siteName,
      url: `${SITE}/ko`,
      inLanguage: "ko-KR",
      potentialAction: {
        "@type": "SearchAction",
        target: { "@type": "EntryPoint", urlTemplate: `${SITE}/ko/search?q={search_term_string}` },
        "query-input": "required name=search_term_string",
      },
    });
  });
});

describe("JsonLd", () => {
  const hostile = { "@type": "Thing", name: "</script><script>alert(1)</script><!-- & \u2028" };

  it("serializes so that stored text cannot close the script element", () => {
    const json = serializeJsonLd(hostile);
    expect(json).not.toMatch(/[<>&]/);
    expect(json).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(json)).toEqual(hostile);
  });

  it("renders one application/ld+json script whose content parses back to the data", async () => {
    const html = renderToStaticMarkup(await JsonLd({ data: hostile }));
    expect(html.startsWith('<script type="application/ld+json">')).toBe(true);
    expect(html.match(/<\/script>/gi)).toHaveLength(1);
    expect(html.toLowerCase().indexOf("</script")).toBe(html.length - "</script>".length);
    const inner = html.slice('<script type="application/ld+json">'.length, -"</script>".length);
    expect(JSON.parse(inner)).toEqual(hostile);
  });

  it("awaits a promised object (websiteJsonLd)", async () => {
    const html = renderToStaticMarkup(await JsonLd({ data: seo.websiteJsonLd("en") }));
    expect(html).toContain('"@type":"WebSite"');
  });
});

describe("news feed", () => {
  const item = (over: Partial<Parameters<typeof buildNewsFeed>[0]["items"][number]>) => ({
    slug: "a",
    publishedOn: "2020-07-01",
    title: "Title",
    summary: "Summary",
    sourceName: "Source",
    lang: "en" as const,
    fallback: false,
    body: "Body.",
    updatedAt: "2026-01-02T03:04:05.000Z",
    ...over,
  });
  const feedOf = (items: ReturnType<typeof item>[]) =>
    buildNewsFeed({
      locale: "en",
      siteUrl: SITE,
      title: "News",
      description: "All news",
      siteName: "Portal",
      items,
      sourceLine: (name) => `Source: ${name}`,
      fallbackLine: (lang) => `Shown in ${lang}`,
      provenanceLine: (p) => `Translated from ${p.original} <revision ${p.sourceRevision}>`,
    });

  it("starts a translated item with its provenance line (escaped text, no link); none for an original", () => {
    const provenance = {
      original: "zh" as const,
      sourceRevision: 7,
      sourceDate: "2026-11-22",
      originalRevision: 7,
      originalDate: "2026-11-22",
      outdated: false,
    };
    const rss = feedOf([item({ slug: "t", provenance }), item({ slug: "o" })]).rss2();
    expect(rss).toContain("<p><em>Translated from zh &lt;revision 7&gt;</em></p>");
    expect(rss.match(/Translated from/g)).toHaveLength(1);
  });
  const hostile = item({
    slug: "evil",
    title: "A & B <script>alert(1)</script> ]]> x ]]>",
    summary: "<img src=x onerror=alert(1)>",
    body: "# Heading\n\nPara with **bold**, [a link](javascript:alert(1)) and <b>raw html</b>.\n\n- one\n- two\n\n<script>alert(2)</script>\n\n]]> and ]]> again",
  });

  let rss: string;
  let atom: string;
  beforeAll(() => {
    const feed = feedOf([hostile, item({ slug: "undated", publishedOn: null })]);
    rss = feed.rss2();
    atom = feed.atom1();
  });

  it("produces well-formed RSS and Atom even from hostile text", () => {
    expect(() => xml2js(rss)).not.toThrow();
    expect(() => xml2js(atom)).not.toThrow();
    for (const xml of [rss, atom]) {
      expect(xml).not.toMatch(/<script|<img|<b>/i);
      expect(xml).not.toContain("javascript:");
    }
  });

  it("links items absolutely and gives undated items no publication date", () => {
    const doc = xml2js(atom) as Element;
    const feed = doc.elements!.find((e) => e.name === "feed")!;
    const entries = feed.elements!.filter((e) => e.name === "entry");
    expect(entries).toHaveLength(2);
    const child = (e: Element, name: string) => e.elements!.find((c) => c.name === name);
    expect(child(entries[0]!, "link")!.attributes!.href).toBe(`${SITE}/en/news/evil`);
    expect(child(entries[0]!, "published")).toBeDefined();
    expect(child(entries[1]!, "published")).toBeUndefined();
    expect((child(entries[1]!, "updated")!.elements![0] as Element).text).toBe("2026-01-02T03:04:05.000Z");
    const selfLink = feed.elements!.find((e) => e.name === "link" && e.attributes?.rel === "self");
    expect(selfLink!.attributes!.href).toBe(`${SITE}/en/atom.xml`);
    expect(rss).toContain(`<atom:link href="${SITE}/en/feed.xml" rel="self" type="application/rss+xml"/>`);
    expect(rss).toContain("<language>en</language>");
    expect(rss).toContain(`<pubDate>${new Date("2020-07-01").toUTCString()}</pubDate>`);
    expect(rss).toContain(`<pubDate>${new Date("2026-01-02T03:04:05.000Z").toUTCString()}</pubDate>`);
  });

  it("turns Markdown into escaped paragraphs", () => {
    expect(markdownToFeedHtml("# Heading\n\nPara with **bold** and [a link](https://x.org).\n\n- one\n- two")).toBe(
      "<p><strong>Heading</strong></p>\n<p>Para with bold and a link.</p>\n<p>• one<br/>• two</p>",
    );
    expect(markdownToFeedHtml("a < b & <b>c</b>")).toBe("<p>a &lt; b &amp; c</p>");
    expect(markdownToFeedHtml("x\u0000y")).toBe("<p>xy</p>");
  });

  it("adds the source and, for a fallback, the language notice", () => {
    const xml = feedOf([item({ fallback: true, lang: "zh" })]).atom1();
    expect(xml).toContain("<p><em>Shown in zh</em></p>");
    expect(xml).toContain("<p>Source: Source</p>");
  });
});

describe("security headers", () => {
  const get = (h: { key: string; value: string }[], key: string) => h.find((x) => x.key === key)?.value;
  const common = [
    "default-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ];

  it("public pages: the CSP allows inline scripts (prerendered), no eval, no upgrade on http", () => {
    const csp = publicCsp({ SITE_URL: "http://localhost:3100", NODE_ENV: "production" }).split("; ");
    for (const directive of [...common, "script-src 'self' 'unsafe-inline'"]) expect(csp).toContain(directive);
    expect(csp.join("; ")).not.toContain("unsafe-eval");
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(publicCsp({ SITE_URL: "https://zones.example.org", NODE_ENV: "production" })).toContain(
      "upgrade-insecure-requests",
    );
  });

  it("admin pages: scripts only with the request's nonce, never 'unsafe-inline'", () => {
    const env = { SITE_URL: "http://localhost:3100", NODE_ENV: "production" } as const;
    const csp = adminCsp("bm9uY2U=", env).split("; ");
    // The same policy as the public pages' but for script-src.
    const others = (policy: string[]) => policy.filter((d) => !d.startsWith("script-src"));
    expect(others(csp)).toEqual(others(publicCsp(env).split("; ")));
    for (const directive of common) expect(csp).toContain(directive);
    expect(csp.find((d) => d.startsWith("script-src"))).toMatch(
      /^script-src 'self' 'nonce-bm9uY2U=' 'sha256-[A-Za-z0-9+/]{43}=' 'sha256-[A-Za-z0-9+/]{43}=' *$/,
    );
    expect(csp.find((d) => d.startsWith("script-src"))).not.toContain("unsafe-inline");
  });

  it("every response: framing, sniffing, referrer, permissions, COOP and CORP", () => {
    const h = staticSecurityHeaders();
    expect(get(h, "X-Frame-Options")).toBe("DENY");
    expect(get(h, "Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    expect(get(h, "X-Content-Type-Options")).toBe("nosniff");
    expect(get(h, "Permissions-Policy")).toBe("camera=(), microphone=(), geolocation=()");
    expect(get(h, "Cross-Origin-Opener-Policy")).toBe("same-origin");
    expect(get(h, "Cross-Origin-Resource-Policy")).toBe("same-origin");
    // HSTS is decided per request (proxy.ts), from SITE_URL at run time.
    expect(get(h, "Strict-Transport-Security")).toBeUndefined();
  });
});
