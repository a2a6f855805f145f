import { afterEach, describe, expect, it } from "vitest";
import { tagsManifest } from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";
import { contentGeneration } from "@/lib/cache/generation";

describe("contentGeneration", () => {
  afterEach(() => tagsManifest.clear());

  it("is the build with no invalidation yet", () => {
    expect(contentGeneration("b1")).toBe("b1.0");
    expect(contentGeneration("b2")).not.toBe(contentGeneration("b1"));
  });

  it("moves to the latest invalidation, whichever tag it was and however it was made", () => {
    // revalidateTag(tag, { expire: 0 }) (lib/revalidate.ts): stale and expired at the same moment.
    tagsManifest.set("news", { stale: 1_000, expired: 1_000 });
    expect(contentGeneration("b")).toBe("b.1000");
    // Without a profile Next.js records only `expired`.
    tagsManifest.set("zones", { expired: 2_500 });
    expect(contentGeneration("b")).toBe("b.2500");
    // A profile with a later expiry: the invalidation happened when the tag went stale, not when it expires.
    tagsManifest.set("policies", { stale: 3_000, expired: 90_000 });
    expect(contentGeneration("b")).toBe("b.3000");
    // An older invalidation of another tag changes nothing.
    tagsManifest.set("figures", { expired: 500 });
    expect(contentGeneration("b")).toBe("b.3000");
  });
});
