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

/**
 * Where a served translation comes from: the original's revision it was made from (and when that
 * revision went live), the original's live revision now, and whether the original changed since.
 * Null for the original itself and for a fallback (the page shows the original).
 */
export interface Provenance {
  original: Locale;
  sourceRevision: number | null;
  /** ISO date, when known. */
  sourceDate: string | null;
  originalRevision: number;
  originalDate: string;
  /** The original has a newer live revision than the one this translation was made from. */
  outdated: boolean;
}

interface ProvenanceRow extends TranslationRow {
  revision: number;
  sourceRevision: number | null;
  revisionAt: Date;
  sourceRevisionAt: Date | null;
}

export function provenanceOf<T extends ProvenanceRow>(
  rows: readonly T[],
  served: Served<T>,
  original: Locale,
): Provenance | null {
  if (served.fallback || served.locale === original) return null;
  const o = rows.find((r) => r.locale === original && (r.status === undefined || r.status === "published"));
  if (!o) return null;
  const src = served.text.sourceRevision;
  const sourceDate = served.text.sourceRevisionAt ?? (src !== null && src === o.revision ? o.revisionAt : null);
  return {
    original,
    sourceRevision: src,
    sourceDate: isoDate(sourceDate),
    originalRevision: o.revision,
    originalDate: isoDate(o.revisionAt)!,
    outdated: src !== null && src < o.revision,
  };
}

/** The later of two instants, as ISO (a page's dateModified: its details or its text, whichever changed last). */
export const laterIso = (a: Date, b: Date | undefined) => (b && b > a ? b : a).toISOString();
