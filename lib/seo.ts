// Search-engine and social metadata: `pageMetadata()` for every page's generateMetadata, and JSON-LD
// builders that return plain schema.org objects (render them with <JsonLd> from components/seo/json-ld).
//
// The builders state only what they are given: a field that is null, undefined or empty is left out,
// never guessed. Dates are passed as the data layer gives them (YYYY-MM-DD or ISO timestamps).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { defaultLocale, htmlLang, isLocale, locales, type Locale } from "@/i18n/routing";
import { env, siteUrl, type ServerEnv } from "@/lib/env";
import { govMetaTags, type ArticleMeta } from "@/lib/site-identity";
import type { PolicyValidity } from "@/lib/content-model/enums";

/** OpenGraph locale tags (og:locale) per site locale. */
export const ogLocale: Record<Locale, string> = { zh: "zh_CN", ko: "ko_KR", en: "en_GB" };

/** Normalises a locale-less path: "" and "/" are the locale's home; otherwise a leading slash, no trailing one. */
function normalizePath(path: string): string {
  if (path === "" || path === "/") return "";
  const withSlash = path.startsWith("/") ? path : `/${path}`;
  return withSlash.length > 1 ? withSlash.replace(/\/+$/, "") : withSlash;
}

/** The absolute URL of `path` (without locale prefix) in `locale`: `${SITE_URL}/${locale}${path}`. */
export function localeUrl(locale: Locale, path = ""): string {
  return `${siteUrl()}/${locale}${normalizePath(path)}`;
}

/**
 * hreflang alternates of a page: every locale under its BCP 47 tag (zh-CN, ko-KR, en) plus x-default
 * (the default locale, zh). Used by pageMetadata and the sitemap.
 */
export function languageAlternates(path = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const l of locales) out[htmlLang[l]] = localeUrl(l, path);
  out["x-default"] = localeUrl(defaultLocale, path);
  return out;
}

export interface PageImage {
  url: string;
  width?: number;
  height?: number;
  alt?: string;
}

export interface PageMetadataInput {
  locale: Locale;
  /** The page's path after the locale prefix, e.g. "/zones/china-rok-changchun"; "" for the home page. */
  path: string;
  title: string;
  description: string;
  type?: "website" | "article";
  /** Only for type "article", and only when the publication date is known. */
  publishedTime?: string | null;
  /** For type "article": when the record last changed. */
  modifiedTime?: string | null;
  images?: (string | PageImage)[];
  /** Use the title as is, without the layout's "%s · site" template (e.g. the home page). */
  absoluteTitle?: boolean;
  /** An article or document page: its government-site tags (ArticleTitle, PubDate, ContentSource). */
  article?: ArticleMeta;
}

/**
 * The locale's news feeds, announced as <link rel="alternate"> in every page's head. The one place that
 * names them: pages pass this as `alternates.types` (pageMetadata does), the root locale layout for the rest.
 */
export async function feedAlternates(locale: Locale): Promise<NonNullable<Metadata["alternates"]>["types"]> {
  const t = await getTranslations({ locale, namespace: "site" });
  return {
    "application/rss+xml": [{ url: localeUrl(locale, "/feed.xml"), title: t("feeds.rss") }],
    "application/atom+xml": [{ url: localeUrl(locale, "/atom.xml"), title: t("feeds.atom") }],
  };
}

/** Search-engine site verification tags (Google, Naver, Baidu) from the environment; only those set. */
export function siteVerification(e: ServerEnv = env()): Metadata["verification"] {
  const other: Record<string, string> = {};
  if (e.NAVER_SITE_VERIFICATION) other["naver-site-verification"] = e.NAVER_SITE_VERIFICATION;
  if (e.BAIDU_SITE_VERIFICATION) other["baidu-site-verification"] = e.BAIDU_SITE_VERIFICATION;
  return {
    ...(e.GOOGLE_SITE_VERIFICATION ? { google: e.GOOGLE_SITE_VERIFICATION } : {}),
    ...(Object.keys(other).length ? { other } : {}),
  };
}

/** Next.js Metadata for a public page: canonical, hreflang alternates, OpenGraph and a Twitter card. */
export async function pageMetadata(input: PageMetadataInput): Promise<Metadata> {
  const { locale, title, description, type = "website" } = input;
  const t = await getTranslations({ locale, namespace: "meta" });
  const url = localeUrl(locale, input.path);
  const images = input.images?.map((i) =>
    typeof i === "string" ? { url: absolute(i) } : { ...i, url: absolute(i.url) },
  );
  const common = {
    url,
    title,
    description,
    siteName: t("siteName"),
    locale: ogLocale[locale],
    alternateLocale: locales.filter((l) => l !== locale).map((l) => ogLocale[l]),
    ...(images?.length ? { images } : {}),
  };
  const openGraph: Metadata["openGraph"] =
    type === "article"
      ? {
          ...common,
          type: "article",
          ...(input.publishedTime ? { publishedTime: input.publishedTime } : {}),
          ...(input.modifiedTime ? { modifiedTime: input.modifiedTime } : {}),
        }
      : { ...common, type: "website" };
  return {
    title: input.absoluteTitle ? { absolute: title } : title,
    description,
    alternates: { canonical: url, languages: languageAlternates(input.path), types: await feedAlternates(locale) },
    openGraph,
    other: await govMetaTags(locale, input.path, input.article),
    twitter: {
      card: "summary_large_image",
      title,
      description,
      ...(images?.length ? { images: images.map((i) => i.url) } : {}),
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// JSON-LD

export type JsonLdObject = { "@context"?: string; "@type": string | string[] } & Record<string, unknown>;

const context = "https://schema.org";

function absolute(url: string): string {
  return url.startsWith("/") ? `${siteUrl()}${url}` : url;
}

function present<T>(v: T | null | undefined | ""): v is T {
  return v !== null && v !== undefined && v !== "";
}

/** Keeps only the keys whose value is known (drops null, undefined, "" and empty arrays). */
function compact<T extends Record<string, unknown>>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (!present(v)) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    out[k] = v;
  }
  return out as T;
}

/** A site locale becomes its BCP 47 tag; anything else passes through. */
function languageTag(lang: string): string {
  return isLocale(lang) ? htmlLang[lang] : lang;
}

export interface NewsArticleJsonLdInput {
  /** Absolute URL, or a path starting with "/" (resolved against SITE_URL). */
  url: string;
  headline: string;
  description?: string | null;
  /** Only when the source states it; an undated article gets no datePublished. */
  datePublished?: string | null;
  dateModified?: string | null;
  /** The language the text is actually in (the data layer's `lang`, which may be a fallback). */
  inLanguage: Locale | string;
  /** The portal, as publisher of this page (messages meta.siteName). */
  publisherName?: string | null;
  /** The organisation the article comes from (the data layer's `sourceName`). */
  sourceName?: string | null;
  /** The original article, when stored. */
  sourceUrl?: string | null;
  /** The byline, when stated. */
  author?: string | null;
  /** For a translation: the original page it was made from (translationOfWork). */
  translationOf?: TranslationOf | null;
}

/** The original of a translated page: its URL (or path), language and the revision translated. */
export interface TranslationOf {
  url: string;
  inLanguage: Locale | string;
  revision?: number | null;
}

const translationOfWork = (t: TranslationOf | null | undefined) =>
  t
    ? compact({
        "@type": "CreativeWork",
        url: absolute(t.url),
        inLanguage: languageTag(t.inLanguage),
        version: t.revision ?? undefined,
      })
    : undefined;

export function newsArticleJsonLd(input: NewsArticleJsonLdInput): JsonLdObject {
  return compact({
    "@context": context,
    "@type": "NewsArticle",
    headline: input.headline,
    description: input.description,
    url: absolute(input.url),
    mainEntityOfPage: absolute(input.url),
    inLanguage: languageTag(input.inLanguage),
    datePublished: input.datePublished,
    dateModified: input.dateModified,
    author: present(input.author) ? { "@type": "Person", name: input.author } : undefined,
    publisher: present(input.publisherName) ? { "@type": "Organization", name: input.publisherName } : undefined,
    sourceOrganization: present(input.sourceName) ? { "@type": "Organization", name: input.sourceName } : undefined,
    isBasedOn: present(input.sourceUrl) ? input.sourceUrl : undefined,
    translationOfWork: translationOfWork(input.translationOf),
  });
}

export type LegislationValidity = PolicyValidity;

const legalForce: Partial<Record<LegislationValidity, string>> = {
  in_force: "https://schema.org/InForce",
  amended: "https://schema.org/PartiallyInForce",
  repealed: "https://schema.org/NotInForce",
  expired: "https://schema.org/NotInForce",
  superseded: "https://schema.org/NotInForce",
};

export interface LegislationJsonLdInput {
  url: string;
  name: string;
  description?: string | null;
  /** The document number (文号), when the source gives one. */
  documentNumber?: string | null;
  /** Date of issue (legislationDate). */
  issuedOn?: string | null;
  /** Date of entry into force (legislationDateOfApplicability). */
  effectiveFrom?: string | null;
  /** Last day of validity (expires). */
  validUntil?: string | null;
  /** in_force → InForce, amended → PartiallyInForce, repealed/expired/superseded → NotInForce; unknown states nothing. */
  validity?: LegislationValidity | null;
  /** e.g. messages seo.jurisdiction.jilin — pass it only when the issuer's jurisdiction is known. */
  jurisdiction?: string | null;
  /** The issuing body (the data layer's `issuer`). */
  issuer?: string | null;
  inLanguage: Locale | string;
  /** Numbered articles, each with its permanent URL (optional). */
  articles?: { url: string; name: string; number?: number }[];
  /** For a translation: the original document page (translationOfWork). */
  translationOf?: TranslationOf | null;
  /** When the page's text or details last changed. */
  dateModified?: string | null;
}

export function legislationJsonLd(input: LegislationJsonLdInput): JsonLdObject {
  return compact({
    "@context": context,
    "@type": "Legislation",
    name: input.name,
    description: input.description,
    url: absolute(input.url),
    inLanguage: languageTag(input.inLanguage),
    legislationIdentifier: input.documentNumber,
    legislationDate: input.issuedOn,
    legislationDateOfApplicability: input.effectiveFrom,
    legislationJurisdiction: input.jurisdiction,
    legislationPassedBy: present(input.issuer) ? { "@type": "GovernmentOrganization", name: input.issuer } : undefined,
    legislationLegalForce: input.validity ? legalForce[input.validity] : undefined,
    translationOfWork: translationOfWork(input.translationOf),
    dateModified: input.dateModified,
    expires: input.validUntil,
    hasPart: input.articles?.map((a) =>
      compact({
        "@type": "Legislation",
        name: a.name,
        url: absolute(a.url),
        position: a.number,
      }),
    ),
  });
}

export interface ZoneJsonLdInput {
  url: string;
  name: string;
  alternateName?: string | null;
  description?: string | null;
  /** Zones this one is part of (relation "part_of"). */
  containedIn?: { name: string; url: string }[];
  /** Areas as stated by the source, each with its label, e.g. "Near-term development area". */
  areas?: { name: string; km2: number | null | undefined; description?: string | null }[];
  /** Other stated facts (approval date, …) as label/value pairs. */
  properties?: { name: string; value: string | number | null | undefined }[];
  /** The managing body, only when a source names it. */
  managedBy?: { name: string; url?: string | null } | null;
}

/** A zone as a schema.org Place. The managing body, when known, is linked as a GovernmentOrganization serving it. */
export function zoneJsonLd(input: ZoneJsonLdInput): JsonLdObject {
  const areas = (input.areas ?? []).filter((a) => typeof a.km2 === "number" && Number.isFinite(a.km2));
  const properties = (input.properties ?? []).filter((p) => present(p.value));
  return compact({
    "@context": context,
    "@type": ["Place"],
    "@id": `${absolute(input.url)}#place`,
    name: input.name,
    alternateName: input.alternateName,
    description: input.description,
    url: absolute(input.url),
    containedInPlace: input.containedIn?.map((z) => ({ "@type": "Place", name: z.name, url: absolute(z.url) })),
    additionalProperty: [
      ...areas.map((a) =>
        compact({
          "@type": "PropertyValue",
          name: a.name,
          description: a.description,
          value: { "@type": "QuantitativeValue", value: a.km2, unitCode: "KMK", unitText: "km²" },
        }),
      ),
      ...properties.map((p) => ({ "@type": "PropertyValue", name: p.name, value: p.value })),
    ],
    // Place has no "managed by" property; the inverse GovernmentOrganization.areaServed says it.
    "@reverse": input.managedBy
      ? {
          areaServed: compact({
            "@type": "GovernmentOrganization",
            name: input.managedBy.name,
            url: present(input.managedBy.url) ? absolute(input.managedBy.url) : undefined,
          }),
        }
      : undefined,
  });
}

/** BreadcrumbList from the page's trail, home first. URLs may be paths ("/zh/zones"). */
export function breadcrumbJsonLd(items: { name: string; url: string }[]): JsonLdObject {
  return {
    "@context": context,
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: item.name,
      item: absolute(item.url),
    })),
  };
}

/** WebSite with a SearchAction to /{locale}/search?q=…, for the home page. */
export async function websiteJsonLd(locale: Locale): Promise<JsonLdObject> {
  const t = await getTranslations({ locale, namespace: "meta" });
  return {
    "@context": context,
    "@type": "WebSite",
    name: t("siteName"),
    alternateName: t("siteShortName"),
    description: t("description"),
    url: localeUrl(locale),
    inLanguage: htmlLang[locale],
    potentialAction: {
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: `${localeUrl(locale, "/search")}?q={search_term_string}` },
      "query-input": "required name=search_term_string",
    },
  };
}
