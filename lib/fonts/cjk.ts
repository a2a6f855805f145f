// CJK fonts for generated files (PDF briefs, OpenGraph images): Debian's fonts-noto-cjk, one source for
// both (docs/decisions/009-cjk-fonts-for-generated-files.md). The pages' own web fonts are not these.
//
// The package ships OpenType collections (.ttc) holding one face per region (JP, KR, SC, TC, HK). PDFKit
// reads a collection face by its PostScript name and subsets it itself; satori (next/og) reads only single
// TTF/OTF/WOFF files, so `ogFont` cuts the locale's face out of the collection and subsets it with HarfBuzz
// to the characters of the one image (a few kB instead of 16 MB).
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Locale } from "@/i18n/routing";

/** Where Debian installs the fonts; CJK_FONT_DIR overrides it (another distribution, a copied folder). */
export function cjkFontDir(): string {
  return process.env.CJK_FONT_DIR || "/usr/share/fonts/opentype/noto";
}

export type Weight = "regular" | "bold";

const file: Record<Weight, string> = { regular: "NotoSansCJK-Regular.ttc", bold: "NotoSansCJK-Bold.ttc" };

/** The face of the collection that draws each locale's text in its own regional forms. */
const region: Record<Locale, string> = { zh: "sc", ko: "kr", en: "sc" };

export function cjkFontPath(weight: Weight): string {
  // A system folder read at run time: kept out of the build's file tracing (see lib/env.ts localSecret).
  return path.join(/*turbopackIgnore: true*/ cjkFontDir(), file[weight]);
}

/** PostScript name of the locale's face in the collection, e.g. NotoSansCJKkr-Bold. */
export function cjkFaceName(locale: Locale, weight: Weight): string {
  return `NotoSansCJK${region[locale]}-${weight === "bold" ? "Bold" : "Regular"}`;
}

export class MissingFontError extends Error {
  constructor(file: string) {
    super(
      `CJK font ${file} is missing: install Debian's fonts-noto-cjk (apt-get install fonts-noto-cjk) or set CJK_FONT_DIR`,
    );
  }
}

export function assertFonts(): void {
  for (const w of ["regular", "bold"] as const)
    if (!existsSync(/*turbopackIgnore: true*/ cjkFontPath(w))) throw new MissingFontError(cjkFontPath(w));
}

// ---------------------------------------------------------------------------------------------------
// One face out of an OpenType collection
//
// Nothing is kept in memory between calls: the files generated with these fonts are cached instead
// (lib/briefs, the OpenGraph images), so a face is cut out only when one of them is (re)generated.

function collection(weight: Weight): Buffer {
  const p = cjkFontPath(weight);
  if (!existsSync(/*turbopackIgnore: true*/ p)) throw new MissingFontError(p);
  return readFileSync(/*turbopackIgnore: true*/ p);
}

/** The PostScript name (name ID 6) of the face whose table directory starts at `dir`. */
function postscriptName(buf: Buffer, dir: number): string | undefined {
  const numTables = buf.readUInt16BE(dir + 4);
  for (let i = 0; i < numTables; i++) {
    const rec = dir + 12 + i * 16;
    if (buf.toString("latin1", rec, rec + 4) !== "name") continue;
    const table = buf.readUInt32BE(rec + 8);
    const count = buf.readUInt16BE(table + 2);
    const strings = table + buf.readUInt16BE(table + 4);
    for (let j = 0; j < count; j++) {
      const r = table + 6 + j * 12;
      const [platform, , , nameId, length, offset] = [0, 2, 4, 6, 8, 10].map((o) =>
        buf.readUInt16BE(r + o),
      ) as number[];
      if (nameId !== 6) continue;
      const bytes = buf.subarray(strings + offset!, strings + offset! + length!);
      if (platform === 1) return bytes.toString("latin1");
      if (platform === 3 || platform === 0) return Buffer.from(bytes).swap16().toString("utf16le");
    }
  }
  return undefined;
}

/**
 * A standalone OpenType font holding one face of a collection: its table directory with the tables it
 * references copied after it (faces of a collection share tables; a standalone file needs its own copy).
 */
export function extractFace(ttc: Buffer, name: string): Buffer {
  if (ttc.toString("latin1", 0, 4) !== "ttcf") throw new Error("not an OpenType collection");
  const numFonts = ttc.readUInt32BE(8);
  for (let f = 0; f < numFonts; f++) {
    const dir = ttc.readUInt32BE(12 + f * 4);
    if (postscriptName(ttc, dir) !== name) continue;
    const numTables = ttc.readUInt16BE(dir + 4);
    const headerSize = 12 + numTables * 16;
    const tables = Array.from({ length: numTables }, (_, i) => {
      const rec = dir + 12 + i * 16;
      return { rec, offset: ttc.readUInt32BE(rec + 8), length: ttc.readUInt32BE(rec + 12) };
    });
    const padded = (n: number) => (n + 3) & ~3;
    const out = Buffer.alloc(headerSize + tables.reduce((s, t) => s + padded(t.length), 0));
    ttc.copy(out, 0, dir, dir + headerSize);
    let at = headerSize;
    tables.forEach((t, i) => {
      out.writeUInt32BE(at, 12 + i * 16 + 8);
      ttc.copy(out, at, t.offset, t.offset + t.length);
      at += padded(t.length);
    });
    return out;
  }
  throw new Error(`face ${name} not in the collection`);
}

/** The locale's face as a standalone OpenType (CFF) font. */
export function cjkFace(locale: Locale, weight: Weight): Buffer {
  return extractFace(collection(weight), cjkFaceName(locale, weight));
}
