// Reads a PDF back the way a person's PDF reader would: its text (poppler's pdftotext) and its fonts
// (pdffonts). Debian's poppler-utils; scripts/test.ts and .ci/run install it.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

function withFile<T>(bytes: Uint8Array, read: (file: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "brief-"));
  const file = path.join(dir, "brief.pdf");
  fs.writeFileSync(file, bytes);
  try {
    return read(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const pdfText = (bytes: Uint8Array) =>
  withFile(bytes, (f) => execFileSync("pdftotext", ["-enc", "UTF-8", f, "-"], { encoding: "utf8" }));
export const pdfFonts = (bytes: Uint8Array) =>
  withFile(bytes, (f) => execFileSync("pdffonts", [f], { encoding: "utf8" }));
