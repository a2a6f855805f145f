// Word-level diffs (lib/admin/diff.ts): CJK text is cut by Intl.Segmenter and compared token by token,
// other text word by word with its spacing; the parts always give back both texts exactly.
import { describe, expect, it } from "vitest";
import { diffFields, diffText, fieldText, hasCjk, sideOf, tokenize } from "@/lib/admin/diff";

const changed = (parts: ReturnType<typeof diffText>, kind: "added" | "removed") =>
  parts.filter((p) => p.kind === kind).map((p) => p.text);

describe("tokenize", () => {
  it("cuts Chinese into words, not characters, and keeps punctuation as tokens", () => {
    const tokens = tokenize("长春经开区通过收储僵尸企业，引入新的产业。", "zh");
    expect(tokens.join("")).toBe("长春经开区通过收储僵尸企业，引入新的产业。");
    expect(tokens).toContain("长春");
    expect(tokens).toContain("企业");
    expect(tokens).toContain("，");
    expect(tokens.length).toBeLessThan("长春经开区通过收储僵尸企业，引入新的产业。".length);
  });

  it("cuts Korean at spaces, keeping the spaces", () => {
    expect(tokenize("새로운 산업과 공간", "ko")).toEqual(["새로운", " ", "산업과", " ", "공간"]);
  });

  it("gives nothing for empty text", () => {
    expect(tokenize("")).toEqual([]);
  });
});

describe("diffText", () => {
  it("finds the changed Chinese words, not the whole sentence", () => {
    const before = "国务院于2020年4月21日批复其总体方案，选址在长春市区东北部。";
    const after = "国务院于2020年4月21日正式批复其总体方案，选址在长春市区东北部。";
    const parts = diffText(before, after, "zh");
    expect(changed(parts, "added")).toEqual(["正式"]);
    expect(changed(parts, "removed")).toEqual([]);
    expect(sideOf(parts, "before")).toBe(before);
    expect(sideOf(parts, "after")).toBe(after);
  });

  it("shows a replaced Chinese word as removed then added", () => {
    const parts = diffText("引入新的产业和项目", "引入新的企业和项目", "zh");
    expect(parts).toEqual([
      { kind: "same", text: "引入新的" },
      { kind: "removed", text: "产业" },
      { kind: "added", text: "企业" },
      { kind: "same", text: "和项目" },
    ]);
  });

  it("diffs Korean by word", () => {
    const parts = diffText("창춘 시내 동북부에 있다.", "창춘 시내 서북부에 있다.", "ko");
    expect(changed(parts, "removed")).toEqual(["동북부에"]);
    expect(changed(parts, "added")).toEqual(["서북부에"]);
  });

  it("diffs other text word by word, keeping whitespace and line breaks", () => {
    const before = "The State Council approved the plan.\n\nIt covers  two wings.";
    const after = "The State Council formally approved the plan.\n\nIt covers  two wings and parks.";
    const parts = diffText(before, after, "en");
    expect(changed(parts, "added").map((s) => s.trim())).toEqual(["formally", "and parks"]);
    expect(changed(parts, "removed")).toEqual([]);
    expect(sideOf(parts, "before")).toBe(before);
    expect(sideOf(parts, "after")).toBe(after);
  });

  it("segments CJK words inside text of another language", () => {
    expect(hasCjk("Changjitu (长吉图)")).toBe(true);
    expect(hasCjk("Changjitu")).toBe(false);
    const parts = diffText("Changjitu (长吉图先导区)", "Changjitu (长吉图开放区)", "en");
    expect(sideOf(parts, "after")).toBe("Changjitu (长吉图开放区)");
    expect(changed(parts, "added").join("")).not.toContain("长吉图");
  });

  it("handles equal, empty and wholly new text", () => {
    expect(diffText("同一", "同一", "zh")).toEqual([{ kind: "same", text: "同一" }]);
    expect(diffText("", "", "zh")).toEqual([]);
    expect(diffText("", "新文本", "zh")).toEqual([{ kind: "added", text: "新文本" }]);
    expect(diffText("old text", "", "en")).toEqual([{ kind: "removed", text: "old text" }]);
  });

  it("merges adjacent parts of the same kind", () => {
    const parts = diffText("a b c d", "a x y d", "en");
    for (let i = 1; i < parts.length; i++) expect(parts[i]!.kind).not.toBe(parts[i - 1]!.kind);
  });

  it("still gives both sides of very different long texts", () => {
    const before = Array.from({ length: 3000 }, (_, i) => `word${i}`).join(" ");
    const after = Array.from({ length: 3000 }, (_, i) => `other${i}`).join(" ");
    const parts = diffText(before, after, "en");
    expect(sideOf(parts, "before")).toBe(before);
    expect(sideOf(parts, "after")).toBe(after);
  });
});

describe("diffFields", () => {
  const fields = [{ name: "term" }, { name: "definition" }, { name: "industries" }];

  it("compares every field in order; lists as one entry per line", () => {
    const result = diffFields(
      fields,
      { term: "标箱", definition: "二十英尺标准集装箱单位", industries: ["物流", "制造"] },
      { term: "标箱", definition: "二十英尺标准集装箱计量单位", industries: ["物流", "贸易"] },
      "zh",
    );
    expect(result.map((f) => [f.name, f.changed])).toEqual([
      ["term", false],
      ["definition", true],
      ["industries", true],
    ]);
    expect(changed(result[1]!.parts, "added")).toEqual(["计量"]);
    expect(changed(result[2]!.parts, "removed")).toEqual(["制造"]);
    expect(changed(result[2]!.parts, "added")).toEqual(["贸易"]);
  });

  it("treats a missing field as empty", () => {
    expect(fieldText(undefined)).toBe("");
    expect(fieldText(["a", "b"])).toBe("a\nb");
    const [term] = diffFields([{ name: "term" }], {}, { term: "新" }, "zh");
    expect(term).toEqual({ name: "term", changed: true, parts: [{ kind: "added", text: "新" }] });
  });
});
