import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "@/lib/csv";

describe("csv", () => {
  it("quotes commas, quotes and line breaks (RFC 4180)", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('Hanbit, "Cold" Chain')).toBe('"Hanbit, ""Cold"" Chain"');
    expect(csvField("첫 줄\r\n두 번째 줄")).toBe('"첫 줄\r\n두 번째 줄"');
  });

  it("defuses cells a spreadsheet would run as a formula", () => {
    for (const v of ['=HYPERLINK("x")', "+1", "-2+3", "@SUM(A1)", "\tx"])
      expect(csvField(v).replace(/^"/, "").startsWith("'")).toBe(true);
    expect(csvField("2014年")).toBe("2014年");
  });

  it("writes a BOM, CRLF line ends and a final newline", () => {
    expect(
      toCsv([
        ["a", "b"],
        ["中文", "=1"],
      ]),
    ).toBe("\uFEFFa,b\r\n中文,'=1\r\n");
  });
});
