import { describe, expect, it } from "vitest";
import { documentCache, documentKey, keptHeaders, mayStore, mayUseCache, wantsFresh } from "@/lib/http/document-cache";

describe("the front door's document cache", () => {
  it("keys by generation, encoding and URL", () => {
    const a = documentKey("b.1", "/ko", false);
    expect(documentKey("b.2", "/ko", false)).not.toBe(a);
    expect(documentKey("b.1", "/ko", true)).not.toBe(a);
    expect(documentKey("b.1", "/ko?x=1", false)).not.toBe(a);
  });

  it("is never used for a signed-in editor or Next.js's own client requests", () => {
    expect(mayUseCache({})).toBe(true);
    expect(mayUseCache({ cookie: "PORTAL_LOCALE=ko; portal-text-size=large" })).toBe(true);
    expect(mayUseCache({ cookie: "a=b; better-auth.session_token=x" })).toBe(false);
    expect(mayUseCache({ cookie: "__Secure-better-auth.session_token=x" })).toBe(false);
    expect(mayUseCache({ rsc: "1" })).toBe(false);
    expect(mayUseCache({ "next-router-prefetch": "1" })).toBe(false);
  });

  it("stores an answer that sets no cookie but its language's", () => {
    expect(mayStore({})).toBe(true);
    expect(mayStore({ "set-cookie": ["PORTAL_LOCALE=ko; Path=/; SameSite=lax"] })).toBe(true);
    expect(mayStore({ "set-cookie": ["PORTAL_LOCALE=ko; Path=/", "session=1; HttpOnly"] })).toBe(false);
    expect(mayStore({ "set-cookie": "portal-flash=saved; Path=/" })).toBe(false);
    expect(mayStore({ "cache-control": "s-maxage=2592000, stale-while-revalidate=28944000" })).toBe(true);
    expect(mayStore({ "cache-control": "private, no-store" })).toBe(false);
    expect(mayStore({ "cache-control": "no-store" })).toBe(false);
  });

  it("keeps no header of one connection, one moment or one generation", () => {
    const kept = keptHeaders({
      date: "x",
      connection: "keep-alive",
      "keep-alive": "timeout=65",
      "x-portal-generation": "b.1",
      "content-type": "text/html",
      etag: '"e"',
    });
    expect(kept).toEqual({ "content-type": "text/html", etag: '"e"' });
  });

  it("is bounded by bytes", () => {
    const cache = documentCache(1);
    for (let i = 0; i < 20; i++) cache.set(`k${i}`, { headers: {}, body: Buffer.alloc(100_000) });
    expect(cache.calculatedSize).toBeLessThanOrEqual(1024 * 1024);
    expect(cache.size).toBeLessThan(20);
    expect(cache.get("k19")).toBeDefined();
  });
});

describe("wantsFresh", () => {
  it("is a request that says no-cache", () => {
    expect(wantsFresh({})).toBe(false);
    expect(wantsFresh({ "cache-control": "max-age=0" })).toBe(false);
    expect(wantsFresh({ "cache-control": "no-cache" })).toBe(true);
    expect(wantsFresh({ pragma: "no-cache" })).toBe(true);
  });
});
