// A cited source: the news article or policy a fact comes from, as a link target with its title.
import type { Locale } from "@/i18n/routing";
import { isoDate, pickTranslation } from "./translation";

export interface SourceRef {
  type: "news" | "policy";
  slug: string;
  title: string;
  lang: Locale;
  /** Publisher as named by the source (news) or issuer (policy); may be empty. */
  publisher: string;
  date: string | null;
  url: string | null;
}

type NewsLike = {
  slug: string;
  originalLocale: Locale;
  publishedOn: Date | null;
  sourceUrl: string | null;
  translations: { locale: Locale; status: "draft" | "published"; title: string; sourceName: string }[];
};
type PolicyLike = {
  slug: string;
  originalLocale: Locale;
  issuedOn: Date;
  translations: { locale: Locale; status: "draft" | "published"; title: string; issuer: string }[];
};

export function sourceRef(type: "news", row: NewsLike, locale: Locale): SourceRef | null;
export function sourceRef(type: "policy", row: PolicyLike, locale: Locale): SourceRef | null;
export function sourceRef(type: "news" | "policy", row: NewsLike | PolicyLike, locale: Locale): SourceRef | null {
  if (type === "news") {
    const n = row as NewsLike;
    const t = pickTranslation(n.translations, locale, n.originalLocale);
    if (!t) return null;
    return {
      type,
      slug: n.slug,
      title: t.text.title,
      lang: t.locale,
      publisher: t.text.sourceName,
      date: isoDate(n.publishedOn),
      url: n.sourceUrl,
    };
  }
  const p = row as PolicyLike;
  const t = pickTranslation(p.translations, locale, p.originalLocale);
  if (!t) return null;
  return {
    type,
    slug: p.slug,
    title: t.text.title,
    lang: t.locale,
    publisher: t.text.issuer,
    date: isoDate(p.issuedOn),
    url: null,
  };
}
