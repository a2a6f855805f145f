// Writes a brief (a zone's or a policy's facts, figures and incentives) as a PDF with PDFKit, in the
// reader's language, with the locale's face of Noto Sans CJK embedded (PDFKit subsets it to the glyphs
// used, so a brief weighs tens of kB). docs/decisions/009-cjk-fonts-for-generated-files.md.
import PDFDocument from "pdfkit";
import { htmlLang, type Locale } from "@/i18n/routing";
import { cjkFace } from "@/lib/fonts/cjk";

export interface BriefItem {
  /** A label before the text ("Approved: …"). */
  label?: string;
  text: string;
  /** An absolute URL the text links to (a permalink). */
  link?: string;
  /** A smaller line under the item: its source. */
  note?: string;
}

export interface BriefSection {
  heading: string;
  items: BriefItem[];
  /** A paragraph instead of (or before) the items. */
  paragraph?: string;
}

export interface Brief {
  locale: Locale;
  /** Small line above the title: the site and the kind of item. */
  kicker: string;
  title: string;
  /** The provenance line of a translation, or the notice that the original is shown. */
  provenance: string[];
  summary: string;
  sections: BriefSection[];
  /** The page this brief was made from (absolute URL) and the footer line naming it. */
  url: string;
  footer: string;
  /** When its content last changed (the PDF's dates, so the same content gives the same file). */
  updatedAt: string;
  author: string;
}

const colors = { brand: "#0b3a66", text: "#1e293b", muted: "#475569", link: "#1d4ed8", rule: "#cbd5e1" };

/** Stored Markdown as plain lines: list items get a bullet, emphasis and link markup are dropped. */
export function plainText(markdown: string): string {
  return markdown
    .split("\n")
    .map((line) =>
      line
        .replace(/^\s*[-*]\s+/, "• ")
        .replace(/^#+\s*/, "")
        .replace(/^>\s?/, "")
        .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
        .replace(/(\*\*|__|`)/g, "")
        .replace(/(^|\s)[*_]([^*_]+)[*_]/g, "$1$2"),
    )
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export async function renderBriefPdf(brief: Brief): Promise<Uint8Array> {
  const date = new Date(brief.updatedAt);
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 56, bottom: 56, left: 56, right: 56 },
    lang: htmlLang[brief.locale],
    displayTitle: true,
    info: { Title: brief.title, Author: brief.author, Subject: brief.kicker, CreationDate: date, ModDate: date },
    bufferPages: true,
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });
  doc.registerFont("regular", cjkFace(brief.locale, "regular"));
  doc.registerFont("bold", cjkFace(brief.locale, "bold"));
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;

  doc.font("regular").fontSize(9).fillColor(colors.muted).text(brief.kicker, { width });
  doc.moveDown(0.4);
  doc.font("bold").fontSize(20).fillColor(colors.brand).text(brief.title, { width, lineGap: 2 });
  doc.moveDown(0.4);
  for (const line of brief.provenance) doc.font("regular").fontSize(9).fillColor(colors.muted).text(line, { width });
  if (brief.summary) {
    doc.moveDown(0.6);
    doc.font("regular").fontSize(11).fillColor(colors.text).text(plainText(brief.summary), { width, lineGap: 2 });
  }

  for (const section of brief.sections) {
    if (!section.paragraph && section.items.length === 0) continue;
    doc.moveDown(1);
    if (doc.y > doc.page.height - doc.page.margins.bottom - 80) doc.addPage();
    doc.font("bold").fontSize(13).fillColor(colors.brand).text(section.heading, { width });
    const y = doc.y + 2;
    doc
      .moveTo(doc.page.margins.left, y)
      .lineTo(doc.page.margins.left + width, y)
      .lineWidth(0.5)
      .strokeColor(colors.rule)
      .stroke();
    doc.moveDown(0.5);
    if (section.paragraph) {
      doc.font("regular").fontSize(10).fillColor(colors.text).text(plainText(section.paragraph), { width, lineGap: 2 });
      doc.moveDown(0.3);
    }
    for (const item of section.items) {
      if (item.label) {
        doc
          .font("bold")
          .fontSize(10)
          .fillColor(colors.text)
          .text(`${item.label}${brief.locale === "zh" ? "：" : ": "}`, { width, continued: true });
      }
      doc
        .font("regular")
        .fontSize(10)
        .fillColor(item.link ? colors.link : colors.text)
        .text(item.text, { width, lineGap: 1.5, link: item.link ?? null, underline: Boolean(item.link) });
      if (item.link)
        doc.font("regular").fontSize(8).fillColor(colors.muted).text(item.link, { width, link: item.link });
      if (item.note) doc.font("regular").fontSize(8).fillColor(colors.muted).text(item.note, { width, lineGap: 1 });
      doc.moveDown(0.35);
    }
  }

  // Footer on every page: where the brief comes from, and the page number.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.height - doc.page.margins.bottom + 16;
    const keep = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font("regular").fontSize(7.5).fillColor(colors.muted);
    doc.text(`${brief.footer} ${brief.url}`, doc.page.margins.left, bottom, {
      width: width - 40,
      link: brief.url,
      lineBreak: true,
      height: 24,
    });
    doc.text(`${i + 1} / ${range.count}`, doc.page.margins.left + width - 40, bottom, { width: 40, align: "right" });
    doc.page.margins.bottom = keep;
  }
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
