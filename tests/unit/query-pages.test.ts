// lib/http/query-pages.ts: how proxy.ts turns a page's query string into the one route parameter its
// fully rendered variant is cached under.
import { describe, expect, it } from "vitest";
import {
  PER_READER,
  canonicalQuery,
  queryFromSegment,
  queryPageOf,
  sampleQuery,
  type QueryPage,
} from "@/lib/http/query-pages";
import { parseNewsFilter } from "@/lib/validation/filters";

describe("query pages", () => {
  it("knows which paths read their query string", () => {
    expect(queryPageOf("/news")).toBe("news");
    expect(queryPageOf("/policies")).toBe("policies");
    expect(queryPageOf("/incentives")).toBe("incentives");
    expect(queryPageOf("/search")).toBe("search");
    expect(queryPageOf("/policies/changjitu-2014-work-points/compare")).toBe("compare");
    expect(queryPageOf("/policies/changjitu-2014-work-points/changes")).toBe("changes");
    expect(queryPageOf("/questions")).toBe("questions");
    expect(queryPageOf("/subscribe/confirm")).toBe("confirm");
    expect(queryPageOf("/subscribe/preferences")).toBe("preferences");
    for (const other of ["/news/china-rok-zone-launched", "/zones", "/", "/policies/x", "/admin/audit"])
      expect(queryPageOf(other), other).toBeUndefined();
  });

  it("keeps the known keys with valid values, sorted, without defaults", () => {
    expect(canonicalQuery("news", { page: "2", zone: "china-rok-changchun", junk: "1" })).toBe(
      "page=2&zone=china-rok-changchun",
    );
    expect(canonicalQuery("news", { zone: "china-rok-changchun", page: "1" })).toBe("zone=china-rok-changchun");
    expect(canonicalQuery("news", { zone: ["a", "b"] })).toBe("zone=a");
    expect(canonicalQuery("policies", { validity: "in_force", topic: "nonsense" })).toBe("validity=in_force");
    expect(canonicalQuery("compare", { with: "ko" })).toBe("with=ko");
  });

  it("drops what does not validate, so junk is the plain prerendered page", () => {
    expect(canonicalQuery("news", { zone: "<script>", page: "-4", kind: "x" })).toBe("");
    expect(canonicalQuery("incentives", { industry: "{}", zone: "a b" })).toBe("");
    expect(canonicalQuery("compare", { with: "fr" })).toBe("");
  });

  it("keeps a search query as typed (the page reports empty or too long), bounded", () => {
    expect(canonicalQuery("search", { q: "示范区" })).toBe(`q=${encodeURIComponent("示范区")}`);
    expect(canonicalQuery("search", { q: "" })).toBe("q=");
    expect(canonicalQuery("search", { q: "a", all: "1" })).toBe("all=1&q=a");
    expect(canonicalQuery("search", { all: "yes" })).toBe("");
    expect(decodeURIComponent(canonicalQuery("search", { q: "x".repeat(5000) })).length).toBeLessThanOrEqual(402);
  });

  it("reads the parameter back whether or not it is still percent-encoded", () => {
    const canonical = canonicalQuery("news", { zone: "china-rok-changchun", page: "3" });
    expect(queryFromSegment(encodeURIComponent(canonical))).toEqual({ page: "3", zone: "china-rok-changchun" });
    expect(queryFromSegment(canonical)).toEqual({ page: "3", zone: "china-rok-changchun" });
    expect(queryFromSegment(encodeURIComponent("q=a&b"))).toEqual({ q: "a", b: "" });
    expect(queryFromSegment("%E0%A4%A")).toEqual({});
    expect(parseNewsFilter(queryFromSegment(encodeURIComponent(canonical)))).toMatchObject({
      zone: "china-rok-changchun",
      page: 3,
    });
  });

  it("prerenders a sample that is its own canonical form", () => {
    expect(canonicalQuery("news", queryFromSegment(sampleQuery.news))).toBe(sampleQuery.news);
    expect(canonicalQuery("policies", queryFromSegment(sampleQuery.policies))).toBe(sampleQuery.policies);
    expect(canonicalQuery("incentives", queryFromSegment(sampleQuery.incentives))).toBe(sampleQuery.incentives);
    expect(canonicalQuery("search", queryFromSegment(sampleQuery.search))).toBe(sampleQuery.search);
    expect(canonicalQuery("compare", queryFromSegment(sampleQuery.compare))).toBe(sampleQuery.compare);
    for (const page of Object.keys(sampleQuery) as QueryPage[])
      expect(canonicalQuery(page, queryFromSegment(sampleQuery[page])), page).toBe(sampleQuery[page]);
  });

  it("keeps a signed link's token only when well formed, and marks those pages per reader", () => {
    const token = "abcdefgh12.0123456789abcdefghijABCDEFGHIJ_-";
    expect(canonicalQuery("confirm", { token: token.slice(0, 43) })).toBe(`token=${token.slice(0, 43)}`);
    expect(canonicalQuery("confirm", { token: "x" })).toBe("");
    expect(canonicalQuery("preferences", { token: token.slice(0, 43), notice: "saved", junk: "1" })).toBe(
      `notice=saved&token=${token.slice(0, 43)}`,
    );
    expect(canonicalQuery("preferences", { notice: "<b>" })).toBe("");
    expect([...PER_READER].sort()).toEqual(["confirm", "preferences"]);
  });

  it("keeps a policy diff's two version ids and the questions page's filters", () => {
    expect(canonicalQuery("changes", { to: "cm0b", from: "cm0a" })).toBe("from=cm0a&to=cm0b");
    expect(canonicalQuery("changes", { from: "../x" })).toBe("");
    expect(canonicalQuery("questions", { zone: "china-rok-changchun", topic: "industry", page: "1" })).toBe(
      "topic=industry&zone=china-rok-changchun",
    );
    expect(canonicalQuery("questions", { topic: "nonsense" })).toBe("");
  });
});
