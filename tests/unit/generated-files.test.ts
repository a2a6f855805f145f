// The CJK fonts of generated files (lib/fonts/cjk.ts): one face cut out of Debian's Noto Sans CJK
// collection, PDF briefs that carry Korean text a PDF reader can extract, and OpenGraph cards whose
// Korean title is really drawn (compared with the same card drawn with a font that lacks Hangul).
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import subsetFont from "subset-font";
import { describe, expect, it, vi } from "vitest";
import { cjkFace, cjkFaceName, extractFace, cjkFontPath } from "@/lib/fonts/cjk";
import { plainText, renderBriefPdf } from "@/lib/briefs/pdf";
import { renderOgPng } from "@/lib/og/image";
import { pdfFonts, pdfText } from "../support/pdf";

const geist = fs.readFileSync(path.join(process.cwd(), "node_modules/next/dist/compiled/@vercel/og/Geist-Regular.ttf"));

describe("CJK faces", () => {
  it("cuts the locale's face out of the collection as a standalone OpenType font", async () => {
    expect(cjkFaceName("ko", "bold")).toBe("NotoSansCJKkr-Bold");
    expect(cjkFaceName("zh", "regular")).toBe("NotoSansCJKsc-Regular");
    const face = cjkFace("ko", "regular");
    expect(face.readUInt32BE(0)).toBe(0x4f54544f); // "OTTO": CFF-flavoured OpenType
    expect(
      face.includes(Buffer.from("NotoSansCJKkr-Regular", "latin1")) ||
        face.includes(Buffer.from("NotoSansCJKkr-Regular", "utf16le").swap16()),
    ).toBe(true);
    const subset = await subsetFont(face, "한중창춘", { targetFormat: "sfnt" });
    expect(subset.length).toBeGreaterThan(500);
    expect(subset.length).toBeLessThan(20_000);
    expect(() => extractFace(fs.readFileSync(cjkFontPath("regular")), "NoSuchFace-Regular")).toThrow(
      /not in the collection/,
    );
    expect(() => extractFace(Buffer.from("OTTO0000000000000000"), "x")).toThrow(/not an OpenType collection/);
  });
});

describe("PDF brief", () => {
  it("embeds the Korean face and its text can be extracted", async () => {
    const pdf = await renderBriefPdf({
      locale: "ko",
      kicker: "포털 · 구역 브리프",
      title: "한중(창춘) 국제협력시범구",
      provenance: ["중국어 원문(개정 1)에서 번역했습니다."],
      summary: "**요약** 문장입니다.",
      sections: [
        {
          heading: "주요 통계",
          items: [
            { label: "단기 개발 면적", text: "약 36㎢", note: "출처: 예시" },
            { text: "제3항", link: "http://localhost/ko/policies/x#article-3" },
          ],
        },
      ],
      url: "http://localhost/ko/zones/china-rok-changchun",
      footer: "이 브리프는 게시된 내용으로 작성했습니다.",
      updatedAt: "2026-01-02T00:00:00.000Z",
      author: "포털",
    });
    const text = pdfText(pdf);
    const fonts = pdfFonts(pdf);
    expect(text).toContain("한중(창춘) 국제협력시범구");
    expect(text).toContain("약 36㎢");
    expect(text).toContain("요약 문장입니다.");
    expect(text).toContain("http://localhost/ko/policies/x#article-3");
    expect(fonts).toMatch(/\+NotoSansCJKkr-Bold/);
    expect(fonts).toMatch(/\+NotoSansCJKkr-Regular/);
    expect(pdf.length).toBeLessThan(200_000);
  });

  it("turns stored Markdown into plain lines", () => {
    expect(plainText("- **가** [링크](http://x)\n\n\n\n# 제목")).toBe("• 가 링크\n\n제목");
  });
});

/** Bright (text) pixels in the title band of a card: the background is dark blue, the title white. */
async function inkInTitle(png: Uint8Array): Promise<{ ink: number; raw: Buffer }> {
  const raw = await sharp(png).extract({ left: 60, top: 260, width: 1080, height: 250 }).removeAlpha().raw().toBuffer();
  let ink = 0;
  for (let i = 0; i < raw.length; i += 3) if (raw[i]! > 180 && raw[i + 1]! > 180 && raw[i + 2]! > 180) ink++;
  return { ink, raw };
}

describe("OpenGraph card", () => {
  const card = {
    site: "창지투 · 한중 구역",
    kicker: "국제협력시범구",
    title: "한중(창춘) 국제협력시범구",
    date: "2020년 7월 1일 승인",
  };
  const noHangul = [
    { name: "Geist", data: geist, weight: 400 as const },
    { name: "Geist", data: geist, weight: 700 as const },
  ];

  // Drawing with the Hangul-less font, satori tries to fetch a fallback font from the network, which is
  // unreachable here: it logs "Failed to load dynamic font" (asserted) and draws boxes — the point of the comparison.
  async function renderWithoutHangul(input: Parameters<typeof renderOgPng>[0]) {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      return await renderOgPng(input, noHangul);
    } finally {
      const logged = errors.mock.calls.map((c) => String(c[0]));
      errors.mockRestore();
      expect(logged.join("\n")).toMatch(/^Failed to load dynamic font/);
    }
  }

  it("is a 1200×630 PNG whose Korean title is drawn: far more ink than with a font lacking Hangul", async () => {
    const real = await renderOgPng({ locale: "ko", ...card });
    const meta = await sharp(real).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["png", 1200, 630]);
    const missing = await renderWithoutHangul({ locale: "ko", ...card });
    const a = await inkInTitle(real);
    const b = await inkInTitle(missing);
    let differing = 0;
    for (let i = 0; i < a.raw.length; i += 3) if (Math.abs(a.raw[i]! - b.raw[i]!) > 64) differing++;
    expect(a.ink).toBeGreaterThan(4000);
    expect(differing).toBeGreaterThan(3000);
    // Without Hangul the title is boxes (.notdef) or nothing: a large share of its pixels differ.
    expect(differing).toBeGreaterThan(a.ink / 3);
  });

  it("the comparison itself can tell: a Latin title has ink with either font", async () => {
    const latin = { ...card, title: "Changchun ABCDEFG" };
    const real = await inkInTitle(await renderOgPng({ locale: "en", ...latin }));
    const geistOnly = await inkInTitle(await renderWithoutHangul({ locale: "en", ...latin }));
    expect(real.ink).toBeGreaterThan(4000);
    expect(geistOnly.ink).toBeGreaterThan(real.ink / 3);
  });

  it("draws each locale in its own face: the same Han title differs between zh (SC) and ko (KR)", async () => {
    const han = { ...card, site: "x", kicker: "x", date: null, title: "直骨化" };
    const zh = await inkInTitle(await renderOgPng({ locale: "zh", ...han }));
    const ko = await inkInTitle(await renderOgPng({ locale: "ko", ...han }));
    expect(Buffer.compare(zh.raw, ko.raw)).not.toBe(0);
  });
});
