// lib/http/request-gate.ts: what scripts/server.ts refuses before Next.js sees a request.
import { describe, expect, it } from "vitest";
import { bodyLimitFor, gate } from "@/lib/http/request-gate";

const get = (url: string, headers: Record<string, string> = {}) => gate({ method: "GET", url, headers })?.status;
const post = (url: string, headers: Record<string, string>) => gate({ method: "POST", url, headers: { host: "localhost:3000", ...headers } })?.status;

describe("request gate", () => {
  it("lets the site's own addresses through", () => {
    for (const url of ["/", "/zh", "/ko/zones/china-rok-changchun", "/en/policies/changjitu-2014-work-points/compare?with=ko", "/zh/search?q=%E7%A4%BA%E8%8C%83%E5%8C%BA", "/zh/feed.xml", "/sitemap.xml", "/robots.txt", "/icon.svg", "/_next/static/chunks/a.js", "/media/abcdefgh12/640.webp", "/api/auth/sign-in/email", "/api/internal/publish-due", "/en/admin/content/policy/changjitu-2014-work-points~article-3/en"])
      expect(get(url), url).toBeUndefined();
  });

  it("refuses malformed escapes and control characters with 400", () => {
    for (const url of ["/zh/news/%ff", "/zh/zones/%C0%AE%C0%AE", "/ko/foo%zz", "/zh/search?q=%00", "/zh/search?q=a%0Db", "/zh/news/..%2f..%2fetc%2fpasswd", "/zh/news/a%5Cb"])
      expect(get(url), url).toBe(400);
  });

  it("answers 404 for addresses outside the site and segments no slug can be", () => {
    for (const url of ["/media/x", "/media/a/b/c", "/api/nope", "/_vercel/nope", "/wp-login.php", "/xx/zones", `/zh/news/${"a".repeat(2000)}`, "/zh/news/%E7%A4%BA", "/zh/news/a%20b"])
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
    // better-auth checks the origin of its own endpoints (and says so).
    expect(post("/api/auth/sign-in/email", { origin: "http://evil.example", "content-length": "3" })).toBeUndefined();
  });
});
