// The public pages' plain links (i18n/link.tsx) and the language switcher's paths give the addresses
// next-intl's navigation gave before them.
import { describe, expect, it } from "vitest";
import { locales } from "@/i18n/routing";
import { getPathname } from "@/i18n/link";
import { pathInLocale } from "@/components/layout/language-switcher";

describe("plain links", () => {
  // What next-intl's getPathname gave with localePrefix "always" (the Link these replace).
  const cases: [Parameters<typeof getPathname>[0]["href"], string][] = [
    ["/", ""],
    ["/zones", "/zones"],
    ["/policies/changjitu-2014-work-points#article-3", "/policies/changjitu-2014-work-points#article-3"],
    ["/subscribe?follow=zone:x", "/subscribe?follow=zone:x"],
    ["/?q=1", "?q=1"],
    [{ pathname: "/policies", query: { zone: "china-rok-changchun" } }, "/policies?zone=china-rok-changchun"],
    [{ pathname: "/news", query: { zone: ["a", "b"], page: 2 } }, "/news?zone=a&zone=b&page=2"],
  ];

  it("prefix the locale as next-intl's getPathname did", () => {
    for (const locale of locales)
      for (const [href, path] of cases)
        expect(getPathname({ href, locale }), JSON.stringify(href)).toBe(`/${locale}${path}`);
  });

  it("leave other addresses alone", () => {
    expect(getPathname({ href: "https://example.org/x", locale: "ko" })).toBe("https://example.org/x");
    expect(getPathname({ href: "#main", locale: "ko" })).toBe("#main");
    expect(getPathname({ href: "//evil.example/x", locale: "ko" })).toBe("//evil.example/x");
  });

  it("the language switcher swaps only the locale segment", () => {
    expect(pathInLocale("/ko/zones/china-rok-changchun", "en")).toBe("/en/zones/china-rok-changchun");
    expect(pathInLocale("/ko", "zh")).toBe("/zh");
    expect(pathInLocale("/ko/", "zh")).toBe("/zh");
    expect(pathInLocale("/en/korea", "ko")).toBe("/ko/korea");
    expect(pathInLocale("/english", "ko")).toBe("/ko/english");
  });
});
