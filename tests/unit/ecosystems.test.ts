// Issue 11's pure parts: the government-site settings (validated; each one shown only when set), the
// meta tags and footer identity they give, site verification, working days, display choices, the
// site-health link checker and the error-report page address.
import { describe, expect, it, vi } from "vitest";
import zh from "@/messages/zh.json";
import ko from "@/messages/ko.json";

// next-intl's server functions only run inside Next.js: read the real message files instead.
vi.mock("next-intl/server", () => import("../support/next-intl-server"));

process.env.SITE_URL = "https://zones.example.gov.cn";
const { parseServerEnv: parseEnv } = await import("@/lib/env");
const parseServerEnv = (vars: Record<string, string>) => parseEnv(vars as NodeJS.ProcessEnv);
const { siteIdentity, govMetaTags, beijingMinute, columnOf } = await import("@/lib/site-identity");
const { siteVerification } = await import("@/lib/seo");
const { addWorkingDays, pastWorkingDays } = await import("@/lib/working-days");
const { displayCss, displayScript, returnPath, choiceFromCookies } = await import("@/lib/display");
const { linkProblem, internalLinks } = await import("@/lib/health/site-health");
const { sitePath, encodeFromSegment, decodeFromSegment } = await import("@/lib/validation/error-report");

const base = { SITE_URL: "https://zones.example.gov.cn" };
const configured = parseServerEnv({
  ...base,
  SITE_ID_CODE: "2201000012",
  SITE_ORGANIZER_ZH: "长春新区管理委员会",
  SITE_ORGANIZER_EN: "Changchun New Area Administrative Committee",
  SITE_OPERATOR_ZH: "长春新区信息中心",
  ICP_NUMBER: "吉ICP备12345678号-1",
  PSB_NUMBER: "吉公网安备22010202000123号",
  SITE_CONTACT_EMAIL: "web@example.gov.cn",
  SITE_CONTACT_PHONE: "+86 431 8000 0000",
  GOOGLE_SITE_VERIFICATION: "g-token_1",
  NAVER_SITE_VERIFICATION: "abc123naver",
  BAIDU_SITE_VERIFICATION: "code-Xyz12",
});
const bare = parseServerEnv(base);

describe("government-site settings", () => {
  it("are validated: a bad value names its variable; a blank one counts as unset", () => {
    expect(() => parseServerEnv({ ...base, SITE_ID_CODE: "22010" })).toThrow(
      /SITE_ID_CODE: must be 10 letters or digits/,
    );
    expect(() => parseServerEnv({ ...base, ICP_NUMBER: "12345" })).toThrow(/ICP_NUMBER/);
    expect(() => parseServerEnv({ ...base, SITE_CONTACT_EMAIL: "nobody" })).toThrow(/SITE_CONTACT_EMAIL/);
    expect(() => parseServerEnv({ ...base, NAVER_SITE_VERIFICATION: '"><script>' })).toThrow(/NAVER_SITE_VERIFICATION/);
    expect(parseServerEnv({ ...base, SITE_ID_CODE: "  " }).SITE_ID_CODE).toBeUndefined();
  });

  it("footer identity: present when configured, per language with the Chinese name as fallback; absent when not", () => {
    expect(siteIdentity("en", configured)).toEqual({
      organizer: { text: "Changchun New Area Administrative Committee", lang: "en" },
      operator: { text: "长春新区信息中心", lang: "zh-CN" },
      siteIdCode: "2201000012",
      icp: "吉ICP备12345678号-1",
      psb: "吉公网安备22010202000123号",
      contactEmail: "web@example.gov.cn",
      contactPhone: "+86 431 8000 0000",
    });
    expect(siteIdentity("ko", configured).organizer).toEqual({ text: "长春新区管理委员会", lang: "zh-CN" });
    expect(siteIdentity("zh", bare)).toEqual({});
  });

  it("meta tags: site, column and article tags when SITE_ID_CODE is set, none when not", async () => {
    expect(
      await govMetaTags(
        "zh",
        "/news/x",
        { title: "标题", publishedAt: "2026-11-30T16:05:00Z", source: "长春新区" },
        configured,
      ),
    ).toEqual({
      SiteName: zh.meta.siteName,
      SiteDomain: "zones.example.gov.cn",
      SiteIDCode: "2201000012",
      ColumnName: zh.nav.news,
      ColumnType: zh.site.columnType.news,
      ArticleTitle: "标题",
      PubDate: "2026-12-01 00:05",
      ContentSource: "长春新区",
    });
    expect(await govMetaTags("ko", "/policies", undefined, configured)).toMatchObject({
      ColumnName: ko.nav.policies,
      ColumnType: ko.site.columnType.documents,
    });
    expect(Object.keys(await govMetaTags("en", null, undefined, configured))).toEqual([
      "SiteName",
      "SiteDomain",
      "SiteIDCode",
    ]);
    expect(await govMetaTags("zh", "/news/x", { title: "标题" }, bare)).toEqual({});
    expect(columnOf("/spatial-layout")).toBe("spatial-layout");
    expect(columnOf("/nope")).toBeUndefined();
  });

  it("publish times read YYYY-MM-DD HH:MM in Beijing time", () => {
    expect(beijingMinute("2026-06-30T23:59:59Z")).toBe("2026-07-01 07:59");
    expect(beijingMinute("not a date")).toBe("");
  });

  it("site verification: the tags of the engines configured, nothing otherwise", () => {
    expect(siteVerification(configured)).toEqual({
      google: "g-token_1",
      other: { "naver-site-verification": "abc123naver", "baidu-site-verification": "code-Xyz12" },
    });
    expect(siteVerification(parseServerEnv({ ...base, BAIDU_SITE_VERIFICATION: "only-baidu" }))).toEqual({
      other: { "baidu-site-verification": "only-baidu" },
    });
    expect(siteVerification(bare)).toEqual({});
  });
});

describe("working days", () => {
  it("skip weekends in Beijing time", () => {
    // Friday 2026-11-27 16:00 Beijing → 3 working days → Wednesday 2026-12-02 16:00.
    expect(addWorkingDays(new Date("2026-11-27T08:00:00Z"), 3).toISOString()).toBe("2026-12-02T08:00:00.000Z");
    // Saturday → counts from Monday 00:00 Beijing → Thursday 00:00.
    expect(addWorkingDays(new Date("2026-11-28T05:00:00Z"), 3).toISOString()).toBe("2026-12-02T16:00:00.000Z");
    // Friday 23:30 Beijing is still Friday there (15:30 UTC).
    expect(addWorkingDays(new Date("2026-11-27T15:30:00Z"), 1).toISOString()).toBe("2026-11-30T15:30:00.000Z");
    expect(pastWorkingDays(new Date("2026-11-02T02:00:00Z"), 10, new Date("2026-11-16T02:00:01Z"))).toBe(true);
    expect(pastWorkingDays(new Date("2026-11-02T02:00:00Z"), 10, new Date("2026-11-16T01:59:59Z"))).toBe(false);
  });
});

describe("display choices", () => {
  it("a stylesheet per choice; high contrast follows prefers-contrast until the reader chooses", () => {
    expect(displayCss({})).toContain("@media (prefers-contrast: more)");
    expect(displayCss({})).not.toMatch(/html \{ font-size/);
    expect(displayCss({ text: "larger" })).toContain("html { font-size: 150%; }");
    const high = displayCss({ contrast: "high", text: "large" });
    expect(high).toContain("font-size: 125%");
    expect(high).not.toContain("prefers-contrast");
    expect(high).toContain("color: #000 !important");
    expect(displayCss({ contrast: "normal" })).not.toContain("#000 !important");
  });

  it("the inline <head> script adds exactly the stylesheet /display.css would send, for every cookie", () => {
    /** Runs the script against a stand-in document with `cookie`; returns the <style> it added. */
    const run = (cookie: string) => {
      const added: { attrs: Record<string, string>; textContent: string }[] = [];
      const document = {
        cookie,
        createElement: () => {
          const el = { attrs: {} as Record<string, string>, textContent: "" };
          return Object.assign(el, { setAttribute: (k: string, v: string) => (el.attrs[k] = v) });
        },
        head: { appendChild: (el: (typeof added)[number]) => added.push(el) },
      };
      new Function("document", displayScript())(document);
      expect(added).toHaveLength(1);
      return added[0]!.textContent;
    };
    const cookies = (text?: string, contrast?: string) =>
      [text && `portal-text-size=${text}`, "other=1", contrast && `portal-contrast=${contrast}`]
        .filter(Boolean)
        .join("; ");
    for (const text of [undefined, "normal", "large", "larger", "huge"])
      for (const contrast of [undefined, "normal", "high", "ultra"]) {
        const expected = displayCss(
          choiceFromCookies((n) => ({ "portal-text-size": text, "portal-contrast": contrast })[n]),
        );
        expect(run(cookies(text, contrast))).toBe(expected);
      }
    // One constant string (the admin's CSP lists its hash) that cannot close its <script> element.
    expect(displayScript()).toBe(displayScript());
    expect(displayScript()).not.toMatch(/<\/|<!--/);
  });

  it("reads only known cookie values and sends the reader back only to a page of the site", () => {
    expect(choiceFromCookies((n) => ({ "portal-text-size": "large", "portal-contrast": "ultra" })[n])).toEqual({
      text: "large",
      contrast: undefined,
    });
    expect(returnPath("ko", "https://zones.example.gov.cn/ko/news?page=2")).toBe("/ko/news?page=2");
    expect(returnPath("ko", "https://evil.example/en/zones")).toBe("/en/zones");
    expect(returnPath("ko", "https://evil.example//evil.example/x")).toBe("/ko");
    expect(returnPath("ko", "https://zones.example.gov.cn/ko/display/set?text=large")).toBe("/ko");
    expect(returnPath("en", null)).toBe("/en");
    expect(returnPath("en", "not a url")).toBe("/en");
  });
});

describe("site-health links", () => {
  const targets = {
    zones: new Set(["z"]),
    news: new Set(["n"]),
    policies: new Map([["p", new Set(["article-1", "section-1"])]]),
  };
  it("finds Markdown links to the site, absolute ones included", () => {
    expect(
      internalLinks('[a](/zh/news/n) [b](https://x.org/zh) [c](https://site.cn/en/zones/z#k "t")', "https://site.cn"),
    ).toEqual(["/zh/news/n", "/en/zones/z#k"]);
  });
  it("tells a missing page from a missing anchor", () => {
    expect(linkProblem("/zh/policies/p#article-1", targets)).toBeNull();
    expect(linkProblem("/zh/policies/p#section-1", targets)).toBeNull();
    expect(linkProblem("/zh/policies/p/compare?with=en", targets)).toBeNull();
    expect(linkProblem("/zh/policies/p#article-9", targets)).toEqual({ check: "brokenAnchor", anchor: "article-9" });
    expect(linkProblem("/zh/policies/q#article-1", targets)).toEqual({ check: "brokenLink" });
    expect(linkProblem("/fr/news", targets)).toEqual({ check: "brokenLink" });
    expect(linkProblem("/en/news/n", targets)).toBeNull();
    expect(linkProblem("/en/news/m", targets)).toEqual({ check: "brokenLink" });
    expect(linkProblem("/ko/spatial-layout", targets)).toBeNull();
    expect(linkProblem("/ko/", targets)).toBeNull();
  });
});

describe("error-report page address", () => {
  it("keeps the path (and fragment) of a page of the site, whatever origin it came with", () => {
    expect(sitePath("/zh/news/a#p2")).toBe("/zh/news/a#p2");
    expect(sitePath("https://zones.example.gov.cn/ko/policies/x?y=1")).toBe("/ko/policies/x?y=1");
    expect(sitePath("/admin")).toBeNull();
    expect(sitePath("javascript:alert(1)")).toBeNull();
    expect(sitePath("/fr/news")).toBeNull();
  });

  it("travels as one URL segment from the footer link to the form, and only a page of the site comes back", () => {
    expect(encodeFromSegment("/ko/news/china-rok-zone-launched?x=1#p")).toBe("ko~news~china-rok-zone-launched");
    expect(decodeFromSegment("ko~news~china-rok-zone-launched")).toBe("/ko/news/china-rok-zone-launched");
    expect(encodeFromSegment("/zh/news/a%20b")).toBeNull();
    expect(decodeFromSegment("fr~news")).toBe("");
    expect(decodeFromSegment("zh~~x")).toBe("");
    expect(decodeFromSegment("zh")).toBe("/zh");
  });
});
