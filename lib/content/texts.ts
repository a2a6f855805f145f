// Every text of the seed content as (item, locale, field, text), for the language checks
// (lib/content/lint.ts, tests/unit/language-*.test.ts). `own` marks the portal's own prose (zone
// profiles, layout, glossary, key figures), which is held to the 합니다/됩니다 register; news and policy
// text are translations of a source and keep its style.
import type { Content } from "./load";
import { locales, type ContentLocale, type LintException } from "./schema";

export interface ContentText {
  /** "zone:changchun-etdz", "news:china-rok-zone-launched", … (as in content/lint-exceptions.json). */
  item: string;
  locale: ContentLocale;
  field: string;
  text: string;
  own: boolean;
  /** Whether this text is the item's original (a source text is quoted, never corrected). */
  original: boolean;
}

const fieldsOf = (
  item: string,
  locale: ContentLocale,
  values: Record<string, unknown>,
  own: boolean,
  original: boolean,
): ContentText[] =>
  Object.entries(values).flatMap(([field, v]) => {
    const list = Array.isArray(v)
      ? v.filter((x): x is string => typeof x === "string")
      : typeof v === "string"
        ? [v]
        : [];
    return list.filter((t) => t.trim() !== "").map((text) => ({ item, locale, field, text, own, original }));
  });

export function contentTexts(c: Content): ContentText[] {
  const out: ContentText[] = [];
  const each = (
    kind: string,
    items: { slug: string; originalLocale: ContentLocale; translations: Record<ContentLocale, object> }[],
    own: boolean,
  ) => {
    for (const it of items)
      for (const l of locales)
        out.push(
          ...fieldsOf(
            `${kind}:${it.slug}`,
            l,
            it.translations[l] as Record<string, unknown>,
            own,
            l === it.originalLocale,
          ),
        );
  };
  each("zone", c.zones, true);
  each("layout", c.layout, true);
  each("figure", c.figures, true);
  each("glossary", c.glossary, true);
  each("news", c.news, false);
  for (const p of c.policies)
    for (const l of locales) {
      const t = p.text[l];
      const item = `policy:${p.meta.slug}`;
      const original = l === p.meta.originalLocale;
      out.push(...fieldsOf(item, l, { title: t.title, issuer: t.issuer, preamble: t.preamble }, false, original));
      // The summary is the portal's own description of the document, not part of its text.
      out.push(...fieldsOf(item, l, { summary: t.summary }, true, original));
      for (const s of t.sections)
        out.push(...fieldsOf(item, l, { [`section-${s.number}`]: s.heading }, false, original));
      for (const a of t.articles)
        out.push(...fieldsOf(item, l, { [`article-${a.number}`]: `${a.heading} ${a.body}` }, false, original));
    }
  return out;
}

/** Removes the excepted passages (content/lint-exceptions.json) of one check from a text. */
export function withoutExceptions(
  t: ContentText,
  check: LintException["check"],
  exceptions: readonly LintException[],
): string {
  let text = t.text;
  for (const e of exceptions)
    if (e.item === t.item && e.locale === t.locale && e.check === check) text = text.split(e.text).join(" ");
  return text;
}
