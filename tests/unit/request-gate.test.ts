// lib/http/request-gate.ts: what scripts/server.ts refuses before Next.js sees a request.
import { describe, expect, it } from "vitest";
import { actionBodyRefusal, bodyLimitFor, gate } from "@/lib/http/request-gate";
import { zoneComparisonPath } from "@/lib/validation/filters";

const get = (url: string, headers: Record<string, string> = {}) => gate({ method: "GET", url, headers })?.status;
const post = (url: string, headers: Record<string, string>) =>
  gate({ method: "POST", url, headers: { host: "localhost:3000", ...headers } })?.status;

describe("request gate", () => {
  it("lets the site's own addresses through", () => {
    for (const url of [
      "/",
      "/zh",
      "/ko/zones/china-rok-changchun",
      "/en/policies/changjitu-2014-work-points/compare?with=ko",
      "/zh/search?q=%E7%A4%BA%E8%8C%83%E5%8C%BA",
      "/zh/feed.xml",
      "/sitemap.xml",
      "/robots.txt",
      "/icon.svg",
      "/_next/static/chunks/a.js",
      "/media/abcdefgh12/640.webp",
      "/api/auth/sign-in/email",
      "/api/internal/publish-due",
      "/en/admin/content/policy/changjitu-2014-work-points~article-3/en",
    ])
      expect(get(url), url).toBeUndefined();
  });

  it("lets the follow-by-email addresses through: subscribe pages, change pages and feeds, the signed-link API", () => {
    for (const url of [
      "/ko/subscribe?follow=policy&slug=changjitu-2014-work-points",
      "/ko/subscribe/confirm?token=abc.def",
      "/en/subscribe/preferences?token=abc.def",
      "/zh/policies/changjitu-2014-work-points/changes?from=a&to=b",
      "/ko/zones/china-rok-changchun/changes/feed.xml",
      "/en/policies/changjitu-2014-work-points/changes/atom.xml",
      "/api/follow/export?token=abc.def",
      "/api/internal/mail-queue",
    ])
      expect(get(url), url).toBeUndefined();
    // A mail client's one-click POST (RFC 8058) carries no Origin and is not a page post.
    expect(
      post("/api/follow/unsubscribe?token=abc.def", {
        "content-length": "26",
        "content-type": "application/x-www-form-urlencoded",
      }),
    ).toBeUndefined();
    for (const url of ["/api/follow", "/api/follow/delete-all", "/api/internal/mail"]) expect(get(url), url).toBe(404);
  });

  it("lets the comparison, the PDF briefs and the sharing cards through", () => {
    for (const url of [
      "/ko/zones/compare",
      "/ko/zones/compare?z=china-rok-changchun&z=changjitu-pilot-zone",
      "/ko/zones/china-rok-changchun/brief.pdf",
      "/zh/policies/changjitu-2014-work-points/brief.pdf",
      "/en/opengraph-image?a1b2c3",
      "/ko/news/some-article/twitter-image?a1b2c3",
      "/zh/zones/china-rok-changchun/opengraph-image",
    ])
      expect(get(url), url).toBeUndefined();
    expect(get("/ko/zones/%E7%A4%BA/brief.pdf")).toBe(404);
    expect(get("/ko/zones/compare/changjitu-pilot-zone~china-rok-changchun")).toBeUndefined();
  });

  it("the comparison's query becomes one path segment the gate lets through (proxy.ts rewrite)", () => {
    expect(zoneComparisonPath("ko", ["a", "b"])).toBe("/ko/zones/compare/a~b");
    expect(zoneComparisonPath("ko", ["a", "a", "<x>", "B C", "b"])).toBe("/ko/zones/compare/a~b");
    expect(zoneComparisonPath("ko", ["a", "b", "c", "d", "e", "f", "g"])).toBe("/ko/zones/compare/a~b~c~d~e");
    expect(zoneComparisonPath("ko", ["<x>"])).toBeNull();
    expect(
      get(
        zoneComparisonPath("en", [
          "changjitu-pilot-zone",
          "china-rok-changchun",
          "changchun-etdz",
          "xinglong-bonded-zone",
          "hunchun-cooperation-zone",
        ])!,
      ),
    ).toBeUndefined();
  });

  it("lets issue 11's routes through: display choices, the error-report form, the sitemap index and per-language sitemaps", () => {
    for (const url of [
      "/zh/display/set?text=large",
      "/ko/display/set?contrast=high",
      "/en/display.css",
      "/zh/report-error",
      "/zh/report-error/here",
      "/ko/report-error/ko~news~china-rok-zone-launched",
      "/sitemap-index.xml",
      "/ko/sitemap.xml",
    ])
      expect(get(url), url).toBeUndefined();
    expect(get("/sitemap-index.xml/x")).toBe(404);
    expect(get("/sitemaps.xml")).toBe(404);
    expect(bodyLimitFor("/zh/report-error")).toBe(32 * 1024);
    expect(post("/zh/report-error", { origin: "https://evil.example", "content-length": "10" })).toBe(403);
  });

  it("refuses malformed escapes and control characters with 400", () => {
    for (const url of [
      "/zh/news/%ff",
      "/zh/zones/%C0%AE%C0%AE",
      "/ko/foo%zz",
      "/zh/search?q=%00",
      "/zh/search?q=a%0Db",
      "/zh/news/..%2f..%2fetc%2fpasswd",
      "/zh/news/a%5Cb",
    ])
      expect(get(url), url).toBe(400);
  });

  it("answers 404 for addresses outside the site and segments no slug can be", () => {
    for (const url of [
      "/media/x",
      "/media/a/b/c",
      "/api/nope",
      "/_vercel/nope",
      "/wp-login.php",
      "/xx/zones",
      `/zh/news/${"a".repeat(2000)}`,
      "/zh/news/%E7%A4%BA",
      "/zh/news/a%20b",
      "/ko/news/Q/page=2",
      "/ko/news/Q/x",
      "/en/policies/x/compare/Q/y",
    ])
      expect(get(url), url).toBe(404);
    expect(get(`/zh?${"a".repeat(5000)}`)).toBe(414);
    expect(gate({ method: "TRACE", url: "/zh", headers: {} })?.status).toBe(405);
  });

  it("limits bodies per route: megabytes only for the media upload", () => {
    expect(bodyLimitFor("/zh/admin/media")).toBe(11 * 1024 * 1024);
    expect(bodyLimitFor("/zh/admin/content/news/x/en")).toBe(2 * 1024 * 1024);
    expect(bodyLimitFor("/api/auth/sign-in/email")).toBe(16 * 1024);
    expect(bodyLimitFor("/en/inquiry")).toBe(32 * 1024);
    const same = { origin: "http://localhost:3000" };
    expect(post("/en/inquiry", { ...same, "content-length": String(32 * 1024) })).toBeUndefined();
    expect(post("/en/inquiry", { ...same, "content-length": String(32 * 1024 + 1) })).toBe(413);
    expect(post("/en/admin/media", { ...same, "content-length": String(10 * 1024 * 1024) })).toBeUndefined();
    expect(post("/api/auth/sign-in/email", { ...same, "content-length": String(25 * 1024 * 1024) })).toBe(413);
    expect(post("/en/inquiry", { ...same, "transfer-encoding": "chunked" })).toBe(411);
    expect(post("/en/inquiry", { ...same, "content-length": "12abc" })).toBe(400);
  });

  it("refuses posts to pages from another site with 403", () => {
    expect(post("/en/inquiry", { origin: "http://evil.example", "content-length": "3" })).toBe(403);
    expect(post("/en/inquiry", { origin: "null", "content-length": "3" })).toBe(403);
    expect(post("/en/inquiry", { "sec-fetch-site": "cross-site", "content-length": "3" })).toBe(403);
    expect(post("/en/inquiry", { origin: "http://localhost:3000", "content-length": "3" })).toBeUndefined();
    // Behind a proxy the site's host is X-Forwarded-Host (as Next.js reads it), port included.
    const proxied = { host: "127.0.0.1:3001", "content-length": "3" };
    expect(
      post("/en/inquiry", { ...proxied, origin: "http://localhost:3000", "x-forwarded-host": "localhost:3000" }),
    ).toBeUndefined();
    expect(post("/en/inquiry", { ...proxied, origin: "http://localhost:3000", "x-forwarded-host": "localhost" })).toBe(
      403,
    );
    expect(
      post("/en/inquiry", { ...proxied, origin: "https://evil.example", "x-forwarded-host": "localhost:3000" }),
    ).toBe(403);
    // better-auth checks the origin of its own endpoints (and says so).
    expect(post("/api/auth/sign-in/email", { origin: "http://evil.example", "content-length": "3" })).toBeUndefined();
  });
});

describe("server action bodies", () => {
  const multipart = (fields: Record<string, string>, headers: Record<string, string> = {}) => {
    const b = "----b0undary";
    const body =
      Object.entries(fields)
        .map(([k, v]) => `--${b}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
        .join("") + `--${b}--\r\n`;
    return actionBodyRefusal({ "content-type": `multipart/form-data; boundary=${b}`, ...headers }, Buffer.from(body));
  };
  const text = (body: string) =>
    actionBodyRefusal({ "content-type": "text/plain;charset=UTF-8", "next-action": "ab" }, Buffer.from(body));

  it("lets through what React sends: a root array whose FormData and bound arguments are all there", async () => {
    const action = { "next-action": "ab" };
    expect(await multipart({ _1_name: "x", "0": '["zh",{"status":"idle"},"$K1"]' }, action)).toBeUndefined();
    expect(await multipart({ "1": '["a"]', "0": '["$@1", "$$literal"]' }, action)).toBeUndefined();
    expect(await text('["zh",{"status":"idle"},"$$dollar"]')).toBeUndefined();
    // Posted without JavaScript: the action is named by $ACTION_ fields.
    expect(
      await multipart({
        $ACTION_REF_1: "",
        "$ACTION_1:0": '{"id":"ab","bound":"$@1"}',
        "$ACTION_1:1": '["zh"]',
        name: "x",
      }),
    ).toBeUndefined();
  });

  it("refuses (400) bodies Next.js could not decode, instead of a 500", async () => {
    const action = { "next-action": "ab" };
    for (const body of ["garbage", '"not an array"', '["$@1"]', "[1", "\u00ff\u00fe"])
      expect((await text(body))?.status, body).toBe(400);
    expect((await multipart({ name: "x" }, action))?.status).toBe(400);
    expect((await multipart({ "0": '["$K1"]' }, action))?.status).toBe(400);
    expect((await multipart({ "0": '["$@2"]', "2": "{broken" }, action))?.status).toBe(400);
    expect((await multipart({ "0": "{}" }, action))?.status).toBe(400);
    expect((await multipart({ $ACTION_REF_1: "", "$ACTION_1:0": "{not json" }))?.status).toBe(400);
    expect(
      (
        await actionBodyRefusal(
          { "content-type": "multipart/form-data; boundary=zz", "next-action": "ab" },
          Buffer.from("not multipart"),
        )
      )?.status,
    ).toBe(400);
    expect(
      (await actionBodyRefusal({ "content-type": "application/json", "next-action": "ab" }, Buffer.from("{}")))?.status,
    ).toBe(400);
  });
});
