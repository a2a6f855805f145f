// Extracts the numeric values a text states, so tests can check that a translation keeps every number
// of its original: "1.1万标箱" (zh), "1만 1000TEU" (ko) and "11,000 TEU" (en) all state 11000.
import type { ContentLocale } from "./schema";

const monthsEn = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** Values stated in `text`, with CJK and English scale words applied. */
export function statedNumbers(text: string, locale: ContentLocale): Set<number> {
  const out = new Set<number>();
  const add = (n: number) => Number.isFinite(n) && out.add(round(n));
  const t = text.normalize("NFKC");

  if (locale === "en") {
    for (const m of t.matchAll(/(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(\s*(billion|million|thousand))?/gi)) {
      const v = Number(m[1]!.replace(/,/g, ""));
      add(v);
      const scale = m[3]?.toLowerCase();
      if (scale) add(v * (scale === "billion" ? 1e9 : scale === "million" ? 1e6 : 1e3));
    }
    monthsEn.forEach((name, i) => {
      if (new RegExp(`\\b${name}\\b`, "i").test(t)) add(i + 1);
    });
    return out;
  }

  // zh and ko: 亿/억 = 1e8, 万/만 = 1e4, possibly compound ("3억 7400만", "1만 1000").
  const re =
    /(\d+(?:\.\d+)?)\s*(亿|억)(?:\s*(\d+(?:\.\d+)?)\s*(万|만))?|(\d+(?:\.\d+)?)\s*(万|만)(?:\s*(\d{1,4})(?!\d|\.\d|\s*[万만亿억]))?|(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)/g;
  for (const m of t.matchAll(re)) {
    if (m[1]) {
      const v = Number(m[1]) * 1e8 + (m[3] ? Number(m[3]) * 1e4 : 0);
      add(v);
      add(Number(m[1]));
      if (m[3]) add(Number(m[3]));
    } else if (m[5]) {
      const v = Number(m[5]) * 1e4 + (m[7] ? Number(m[7]) : 0);
      add(v);
      add(Number(m[5]));
      if (m[7]) add(Number(m[7]));
    } else if (m[8]) {
      add(Number(m[8].replace(/,/g, "")));
    }
  }
  return out;
}

/** The canonical values of the original (scaled when a scale word follows) missing from a translation. */
export function missingNumbers(
  original: string,
  from: ContentLocale,
  translation: string,
  to: ContentLocale,
): number[] {
  const have = statedNumbers(translation, to);
  const canonical = new Set<number>();
  const t = original.normalize("NFKC");
  if (from === "en") {
    for (const m of t.matchAll(/(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(\s*(billion|million|thousand))?/gi)) {
      const v = Number(m[1]!.replace(/,/g, ""));
      const scale = m[3]?.toLowerCase();
      canonical.add(round(scale ? v * (scale === "billion" ? 1e9 : scale === "million" ? 1e6 : 1e3) : v));
    }
  } else {
    for (const m of t.matchAll(
      /(\d+(?:\.\d+)?)\s*(亿|억)(?:\s*(\d+(?:\.\d+)?)\s*(万|만))?|(\d+(?:\.\d+)?)\s*(万|만)|(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)/g,
    )) {
      if (m[1]) canonical.add(round(Number(m[1]) * 1e8 + (m[3] ? Number(m[3]) * 1e4 : 0)));
      else if (m[5]) canonical.add(round(Number(m[5]) * 1e4));
      else if (m[7]) canonical.add(round(Number(m[7].replace(/,/g, ""))));
    }
  }
  return [...canonical].filter((v) => !have.has(v));
}
