// Picking the text to show for a locale. A published translation in the requested locale wins;
// otherwise the original-language text is served and the page says so (with the right `lang`).
import type { Locale } from "@/i18n/routing";

export interface Served<T> {
  text: T;
  /** The locale the text is actually in. */
  locale: Locale;
  /** True when the requested locale had no published translation. */
  fallback: boolean;
}

interface TranslationRow {
  locale: Locale;
  status?: "draft" | "published";
}

export function pickTranslation<T extends TranslationRow>(
  rows: readonly T[],
  requested: Locale,
  original: Locale,
): Served<T> | null {
  const usable = rows.filter((r) => r.status === undefined || r.status === "published");
  const exact = usable.find((r) => r.locale === requested);
  if (exact) return { text: exact, locale: exact.locale, fallback: false };
  const orig = usable.find((r) => r.locale === original) ?? usable[0];
  return orig ? { text: orig, locale: orig.locale, fallback: true } : null;
}

/** ISO date (YYYY-MM-DD) of a @db.Date value, or null. */
export function isoDate(d: Date | null | undefined): string | null {
  return d ? d.toISOString().slice(0, 10) : null;
}
