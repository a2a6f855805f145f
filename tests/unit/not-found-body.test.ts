import { describe, expect, it } from "vitest";
import { decode, encode, fillNotFoundBody, fillNotFoundShell, localeOfPath } from "@/lib/http/not-found-body";

// The shape Next.js 16.4 sends for a notFound() under a locale: status 404, scripts only in the body.
const shell =
  '<!DOCTYPE html><html id="__next_error__"><head><link rel="preload" as="script" href="/_next/static/chunks/a.js"/></head>' +
  '<body><script src="/_next/static/chunks/a.js" async=""></script><script>self.__next_f.push([1,"x"])</script></body></html>';

describe("server-rendered 404 body", () => {
  it("writes the localized message and language into the empty error shell, scripts kept", () => {
    const ko = fillNotFoundShell(shell, "ko");
    expect(ko).toContain('<html id="__next_error__" lang="ko-KR">');
    expect(ko).toContain("<h1>페이지를 찾을 수 없습니다</h1>");
    expect(ko).toContain('<a href="/ko">홈으로 가기</a>');
    expect(ko).toContain("<title>페이지를 찾을 수 없습니다</title>");
    expect(ko).toContain('<script src="/_next/static/chunks/a.js" async=""></script>');
    expect(fillNotFoundShell(shell, "zh")).toContain("<h1>页面不存在</h1>");
    expect(fillNotFoundShell(shell, "en")).toContain('lang="en"');
  });

  it("leaves every other document alone", () => {
    const page = '<!DOCTYPE html><html lang="ko-KR"><head></head><body><h1>창지투</h1></body></html>';
    expect(fillNotFoundShell(page, "ko")).toBe(page);
  });

  it("knows the locale of a path, and none outside the locales", () => {
    expect(localeOfPath("/ko/news/nope?x=1")).toBe("ko");
    expect(localeOfPath("/zh")).toBe("zh");
    expect(localeOfPath("/fr/zones")).toBeUndefined();
    expect(localeOfPath("/")).toBeUndefined();
  });

  it("round-trips the encodings Next.js compresses with", () => {
    for (const coding of ["gzip", "br", "deflate", undefined] as const)
      expect(decode(encode(Buffer.from(shell), coding), coding).toString()).toBe(shell);
  });

  it("fills a held response body in whatever encoding it came, and leaves what it cannot read", () => {
    for (const coding of ["gzip", "br", "deflate", undefined] as const) {
      const filled = decode(fillNotFoundBody(encode(Buffer.from(shell), coding), coding, "ko"), coding).toString();
      expect(filled).toBe(fillNotFoundShell(shell, "ko"));
    }
    const garbage = Buffer.from("not gzip at all");
    expect(fillNotFoundBody(garbage, "gzip", "ko")).toBe(garbage);
  });
});
