// No slug is ever shown to a reader: every news tag, topic, industry, zone kind and layout kind used by
// the content has a label in every language, and the label is not the slug itself.
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { industryCodes, locales, topicCodes } from "@/lib/content/schema";
import { messagesFor } from "@/i18n/messages";

const content = loadContent();
const tagsUsed = [...new Set(content.news.flatMap((n) => n.tags))].sort();

describe("labels for everything shown", () => {
  for (const l of locales) {
    const m = messagesFor(l) as unknown as Record<string, Record<string, unknown>>;
    const check = (group: string, codes: readonly string[], get: (code: string) => unknown) => {
      for (const code of codes) {
        const label = get(code);
        expect(typeof label === "string" && label.trim() !== "", `${l}: ${group}.${code} has no label`).toBe(true);
        expect(label, `${l}: ${group}.${code} shows the slug`).not.toBe(code);
      }
    };
    it(`${l}: news tags`, () => check("tags", tagsUsed, (c) => m.tags?.[c]));
    it(`${l}: topics and industries`, () => {
      check("topics", topicCodes, (c) => m.topics?.[c]);
      check("industries", industryCodes, (c) => m.industries?.[c]);
    });
    it(`${l}: zone kinds and layout kinds`, () => {
      check(
        "zone.kind",
        [...new Set(content.zones.map((z) => z.kind))],
        (c) => (m.zone?.kind as Record<string, string>)[c],
      );
      check(
        "layout.kinds",
        [...new Set(content.layout.map((e) => e.kind))],
        (c) => (m.layout?.kinds as Record<string, string>)[c],
      );
    });
  }

  it("catches a tag without a label", () => {
    const m = messagesFor("ko") as unknown as { tags: Record<string, string> };
    expect(m.tags["no-such-tag"]).toBeUndefined();
  });
});
