import { describe, expect, it } from "vitest";
import { isStaticDocument, withoutFrameworkScripts } from "@/lib/http/static-documents";

describe("isStaticDocument", () => {
  it("is every GET of a public page under a locale, forms included", () => {
    for (const url of [
      "/ko",
      "/zh/",
      "/en/policies/changjitu-2014-work-points",
      "/ko/news?topic=x",
      "/en/search?q=a.b",
      "/en/inquiry",
      "/ko/subscribe?follow=policy&slug=x",
      "/zh/report-error?page=/zh",
    ])
      expect(isStaticDocument("GET", url), url).toBe(true);
  });
  it("is not the admin, files, other methods (a form's post) or paths outside the locales", () => {
    for (const url of ["/en/admin", "/en/admin/content", "/ko/admin/sign-in"])
      expect(isStaticDocument("GET", url), url).toBe(false);
    for (const url of [
      "/en/feed.xml",
      "/ko/display.css",
      "/robots.txt",
      "/_next/static/chunks/a.js",
      "/api/auth/session",
    ])
      expect(isStaticDocument("GET", url), url).toBe(false);
    expect(isStaticDocument("HEAD", "/ko")).toBe(false);
    expect(isStaticDocument("POST", "/en/inquiry")).toBe(false);
  });
});

describe("withoutFrameworkScripts", () => {
  // The shape of a page as Next.js 16 (Turbopack) sends it, cut down.
  const page =
    '<!DOCTYPE html><html lang="ko-KR"><head><meta charSet="utf-8"/>' +
    '<link rel="stylesheet" href="/_next/static/chunks/a1.css" data-precedence="next"/>' +
    '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b2.js"/>' +
    '<script src="/_next/static/chunks/c3.js" async=""></script>' +
    '<script src="/_next/static/chunks/d4.js" id="_R_" async=""></script>' +
    '<script>(function(){document.documentElement.dataset.display="x"})()</script>' +
    '<script type="application/ld+json">{"@type":"Legislation"}</script>' +
    '<script src="/_next/static/chunks/e5.js" noModule=""></script></head>' +
    '<body><main><h1>정책</h1><p>본문 &lt;/script&gt;</p><button type="button" data-print="" hidden="">인쇄</button></main>' +
    '<script>(function(){var c=document.querySelectorAll("button[data-print]")})();</script>' +
    '<script>(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["/_next/static/chunks/f6.js"]})</script>' +
    "<script>(self.__next_f=self.__next_f||[]).push([0])</script>" +
    '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:I[\\u003c/script\\u003e]"])</script>' +
    '<script>$RC("B:0","S:0")</script></body></html>';
  const out = withoutFrameworkScripts(page);

  it("removes the chunks, their preloads, Turbopack's list and the RSC payload", () => {
    expect(out).not.toMatch(/\/_next\/static\/[^"]*\.js/);
    expect(out).not.toContain("__next_f");
    expect(out).not.toContain("TURBOPACK");
  });

  it("keeps the content, the stylesheet, structured data and the page's own inline scripts", () => {
    expect(out).toContain('<link rel="stylesheet" href="/_next/static/chunks/a1.css" data-precedence="next"/>');
    expect(out).toContain('<script type="application/ld+json">{"@type":"Legislation"}</script>');
    expect(out).toContain('dataset.display="x"');
    expect(out).toContain('querySelectorAll("button[data-print]")');
    expect(out).toContain('<script>$RC("B:0","S:0")</script>');
    expect(out).toContain("<main><h1>정책</h1><p>본문 &lt;/script&gt;</p>");
    expect(out.endsWith("</body></html>")).toBe(true);
  });

  it("leaves a document without framework scripts as it is", () => {
    expect(withoutFrameworkScripts(out)).toBe(out);
  });
});
