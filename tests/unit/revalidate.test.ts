import { describe, expect, it } from "vitest";
import { tagsFor } from "@/lib/revalidate";

describe("tagsFor", () => {
  it("names exactly the lists and the item a change touches", () => {
    expect(tagsFor({ type: "news", slug: "a" })).toEqual(["news", "news:a"]);
    expect(tagsFor({ type: "zone", slug: "x" })).toEqual(["zones", "zone:x"]);
    expect(tagsFor({ type: "figure" })).toEqual(["figures"]);
  });
  it("includes the old slug of a renamed item", () => {
    expect(tagsFor({ type: "policy", slug: "new", oldSlug: "old" })).toEqual(["policies", "policy:new", "policy:old"]);
    expect(tagsFor({ type: "policy", slug: "same", oldSlug: "same" })).toEqual(["policies", "policy:same"]);
  });
});
