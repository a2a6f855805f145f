import { describe, expect, it } from "vitest";
import { parseIncentiveFilter, parseNewsFilter, parsePolicyFilter } from "@/lib/validation/filters";

describe("query-string filters", () => {
  it("keeps valid values", () => {
    expect(
      parsePolicyFilter({ zone: "hunchun-cooperation-zone", topic: "finance", year: "2014", validity: "unknown" }),
    ).toEqual({
      zone: "hunchun-cooperation-zone",
      topic: "finance",
      year: 2014,
      validity: "unknown",
      issuer: undefined,
    });
    expect(parseNewsFilter({ page: "2", kind: "feature" })).toMatchObject({ page: 2, kind: "feature" });
  });
  it("drops malformed values instead of failing", () => {
    expect(parsePolicyFilter({ zone: "<script>", topic: "nope", year: "abc" })).toEqual({
      zone: undefined,
      topic: undefined,
      year: undefined,
      validity: undefined,
      issuer: undefined,
    });
    expect(parseNewsFilter({ page: "-3" }).page).toBe(1);
    expect(parseNewsFilter({ page: ["2", "3"] }).page).toBe(2);
    expect(parseIncentiveFilter({ industry: "space-mining" }).industry).toBeUndefined();
  });
});
