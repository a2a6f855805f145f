// The site's identity under the Chinese government-website conventions (国务院办公厅《政府网站发展指引》):
// the meta tags every page carries (SiteName, SiteDomain, SiteIDCode, ColumnName, ColumnType and, on an
// article, ArticleTitle, PubDate, ContentSource) and the footer's organizing/operating units, identifier code
// and filing numbers. Everything comes from the environment (lib/env.ts); a setting that is absent is not
// shown. The meta tags appear only when SITE_ID_CODE is set: they are what a registered government site
// carries, and a site without its code has none to state.
import { getTranslations } from "next-intl/server";
import { defaultLocale, htmlLang, type Locale } from "@/i18n/routing";
import { env, siteUrl, type ServerEnv } from "@/lib/env";

export const ICP_REGISTRY = "https://beian.miit.gov.cn/";
export const PSB_REGISTRY = "https://beian.mps.gov.cn/";

/** A text and the language it is in (a name without its own translation is shown in Chinese). */
export interface LangText {
  text: string;
  lang: string;
}

export interface SiteIdentity {
  organizer?: LangText;
  operator?: LangText;
  siteIdCode?: string;
  icp?: string;
  psb?: string;
  contactEmail?: string;
  contactPhone?: string;
}

const suffix: Record<Locale, "ZH" | "KO" | "EN"> = { zh: "ZH", ko: "KO", en: "EN" };

function perLanguage(e: ServerEnv, prefix: "SITE_ORGANIZER" | "SITE_OPERATOR", locale: Locale): LangText | undefined {
  const own = e[`${prefix}_${suffix[locale]}`];
  if (own) return { text: own, lang: htmlLang[locale] };
  const zh = e[`${prefix}_ZH`];
  return zh ? { text: zh, lang: htmlLang[defaultLocale] } : undefined;
}

/** What the footer states about the site in `locale`; only the configured parts. */
export function siteIdentity(locale: Locale, e: ServerEnv = env()): SiteIdentity {
  const out: SiteIdentity = {
    organizer: perLanguage(e, "SITE_ORGANIZER", locale),
    operator: perLanguage(e, "SITE_OPERATOR", locale),
    siteIdCode: e.SITE_ID_CODE,
    icp: e.ICP_NUMBER,
    psb: e.PSB_NUMBER,
    contactEmail: e.SITE_CONTACT_EMAIL,
    contactPhone: e.SITE_CONTACT_PHONE,
  };
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== undefined)) as SiteIdentity;
}

/** The sections (栏目) of the site, by the first path segment after the locale. */
export const columns = {
  "": { name: "nav.home", type: "home" },
  zones: { name: "nav.zones", type: "profile" },
  "spatial-layout": { name: "nav.layout", type: "profile" },
  policies: { name: "nav.policies", type: "documents" },
  incentives: { name: "nav.incentives", type: "service" },
  news: { name: "nav.news", type: "news" },
  press: { name: "nav.press", type: "news" },
  figures: { name: "nav.figures", type: "data" },
  glossary: { name: "glossary.title", type: "service" },
  search: { name: "nav.search", type: "service" },
  inquiry: { name: "nav.inquiry", type: "interaction" },
  "report-error": { name: "site.reportError.title", type: "interaction" },
} as const;

export type ColumnKey = keyof typeof columns;

export function columnOf(path: string): ColumnKey | undefined {
  const first = path.replace(/^\/+/, "").split("/")[0] ?? "";
  return Object.hasOwn(columns, first) ? (first as ColumnKey) : undefined;
}

/** An article or document page's own tags. */
export interface ArticleMeta {
  title: string;
  /** When the page went live on this site (an ISO timestamp); shown as YYYY-MM-DD HH:MM, Beijing time. */
  publishedAt?: string | null;
  /** Where the content comes from (the news source, the issuing body). */
  source?: string | null;
}

/** YYYY-MM-DD HH:MM in Beijing time (UTC+8, no daylight saving), as the conventions write publish times. */
export function beijingMinute(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace("T", " ");
}

/**
 * The government-site meta tags of a page: site-wide ones plus its column and, for an article, its title,
 * publish time and source (`path` null: the site-wide ones only). Empty unless SITE_ID_CODE is set.
 */
export async function govMetaTags(
  locale: Locale,
  path: string | null,
  article?: ArticleMeta,
  e: ServerEnv = env(),
): Promise<Record<string, string>> {
  if (!e.SITE_ID_CODE) return {};
  const t = await getTranslations({ locale });
  const tags: Record<string, string> = {
    SiteName: t("meta.siteName"),
    SiteDomain: new URL(siteUrl()).host,
    SiteIDCode: e.SITE_ID_CODE,
  };
  const column = path === null ? undefined : columnOf(path);
  if (column !== undefined) {
    tags.ColumnName = t(columns[column].name);
    tags.ColumnType = t(`site.columnType.${columns[column].type}`);
  }
  if (article) {
    tags.ArticleTitle = article.title;
    const pub = article.publishedAt ? beijingMinute(article.publishedAt) : "";
    if (pub) tags.PubDate = pub;
    if (article.source) tags.ContentSource = article.source;
  }
  return tags;
}
