// Locale-aware formatting of dates, numbers and measured values, shared by every page.
import type { Locale } from "@/i18n/routing";

/** Intl locales used for formatting (British English dates read "1 July 2020", as the translations do). */
export const intlLocale: Record<Locale, string> = { zh: "zh-CN", ko: "ko-KR", en: "en-GB" };

/** Formats an ISO date (YYYY-MM-DD) as a long date in the locale: 2020年7月1日, 2020년 7월 1일, 1 July 2020. */
export function formatDate(locale: Locale, iso: string): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${iso.slice(0, 10)}T00:00:00Z`),
  );
}

/** Units whose stored value is in a multiple (亿 = 1e8, 万 = 1e4). */
export const unitScale: Record<string, number> = {
  "eur-100m": 1e8,
  "cny-100m": 1e8,
  "usd-100m": 1e8,
  "cny-10k": 1e4,
  "parcel-10k": 1e4,
};

/**
 * A number as people write it in the locale: CJK readers count in 万/만 and 亿/억 (1.1万, 3.74억),
 * English readers in thousands, millions and billions (11,000; 374 million).
 */
export function formatQuantity(locale: Locale, n: number): string {
  const compact = locale === "en" ? Math.abs(n) >= 1e6 : Math.abs(n) >= 1e4;
  return new Intl.NumberFormat(intlLocale[locale], {
    maximumFractionDigits: 2,
    ...(compact ? { notation: "compact", compactDisplay: "long" } : {}),
  }).format(n);
}

/** The full value of a figure stored in a scaled unit (3.74 "eur-100m" → 374000000). */
export function absoluteValue(value: number, unit: string): number {
  return value * (unitScale[unit] ?? 1);
}

/** Joins list items the way each language writes an inline list: 甲、乙、丙 / A, B, C. */
export function joinList(locale: Locale, items: string[]): string {
  return items.join(locale === "zh" ? "、" : ", ");
}
