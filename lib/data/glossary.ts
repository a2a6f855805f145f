import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db";
import { tags } from "@/lib/cache-tags";
import { htmlLang, locales, type Locale } from "@/i18n/routing";
import { pickTranslation } from "./translation";
import { argLocale } from "@/lib/validation/data-args";

/** A glossary entry: the fixed rendering of one name or term in every locale, defined in the page's. */
export interface GlossaryTermView {
  slug: string;
  /** The term in each locale; null when that locale has no (non-empty) rendering yet. */
  terms: Record<Locale, string | null>;
  /** The definition in the page locale, else in the original language (`fallback`); null when none has one. */
  definition: { text: string; lang: Locale; fallback: boolean } | null;
  originalLocale: Locale;
}

/** Published glossary terms, sorted by their rendering in `locale` (the original term when it has none). */
export async function getGlossary(locale: Locale): Promise<GlossaryTermView[]> {
  "use cache";
  locale = argLocale(locale);
  cacheTag(tags.glossary);
  cacheLife("max");
  const rows = await db.glossaryTerm.findMany({
    where: { status: "published" },
    orderBy: { slug: "asc" },
    include: { translations: true },
  });
  const items = rows.flatMap((row): GlossaryTermView[] => {
    const g = { ...row, translations: row.translations.filter((t) => t.status === "published") };
    const terms = Object.fromEntries(
      locales.map((l) => [l, g.translations.find((t) => t.locale === l)?.term.trim() || null]),
    ) as Record<Locale, string | null>;
    if (!locales.some((l) => terms[l])) return [];
    const d = pickTranslation(
      g.translations.filter((t) => t.definition.trim() !== ""),
      locale,
      g.originalLocale,
    );
    return [
      {
        slug: g.slug,
        terms,
        definition: d ? { text: d.text.definition, lang: d.locale, fallback: d.fallback } : null,
        originalLocale: g.originalLocale,
      },
    ];
  });
  // Quotation marks around a term (“十三五”, '새장 비우고…') must not decide its place.
  const collator = new Intl.Collator(htmlLang[locale], { sensitivity: "base", numeric: true, ignorePunctuation: true });
  const key = (g: GlossaryTermView) =>
    g.terms[locale] ?? g.terms[g.originalLocale] ?? locales.map((l) => g.terms[l]).find(Boolean) ?? "";
  return items.sort((a, b) => collator.compare(key(a), key(b)) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}
