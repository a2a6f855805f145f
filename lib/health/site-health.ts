// The site-health check: what a government-site inspection (and a careful editor) would flag, per
// language. Read by `npm run check:site` (scripts/check-site.ts, exits non-zero on a failure) and the admin
// page /admin/site-health (lib/admin/site-health.ts). It takes the Prisma client as an argument, so
// the script runs it without the app's server-only modules.
//
// Failures (each a 单项否决-style fault of the inspection rules or a promise broken to a reader):
//   stale        the newest news item is older than 2 weeks, the newest policy older than 6 months
//   empty        a section with nothing published in a language
//   missing      a published item without a published translation in a language
//   brokenLink   a Markdown link to a page of the site that does not exist
//   brokenAnchor a link to /{locale}/policies/<slug>#article-N (or #section-N) that the policy lacks
//   missingAlt   a news lead image without alt text in a language
//   overdueInquiry      an inquiry still unanswered after 10 working days
//   overdueErrorReport  an error report still open after its 3 working days
// Warnings:
//   outdated     a translation made from an older revision of the original than the live one
import { locales, type Locale } from "@/i18n/routing";
import type { Db } from "@/lib/prisma-client";
import { pastWorkingDays } from "@/lib/working-days";

export const checks = [
  "stale",
  "empty",
  "missing",
  "outdated",
  "brokenLink",
  "brokenAnchor",
  "missingAlt",
  "overdueInquiry",
  "overdueErrorReport",
] as const;
export type Check = (typeof checks)[number];
export type Severity = "fail" | "warn";

export const severityOf: Record<Check, Severity> = {
  stale: "fail",
  empty: "fail",
  missing: "fail",
  outdated: "warn",
  brokenLink: "fail",
  brokenAnchor: "fail",
  missingAlt: "fail",
  overdueInquiry: "fail",
  overdueErrorReport: "fail",
};

export const NEWS_STALE_DAYS = 14;
export const POLICY_STALE_DAYS = 183;
export const INQUIRY_REPLY_WORKING_DAYS = 10;
export const ERROR_REPORT_REPLY_WORKING_DAYS = 3;

/** One finding; `params` fill the check's message (admin.siteHealth.checks.<check>). */
export interface Finding {
  check: Check;
  severity: Severity;
  /** The language concerned; null when it is not a matter of language (inquiries, error reports). */
  locale: Locale | null;
  params: Record<string, string | number>;
}

export interface HealthReport {
  generatedAt: string;
  findings: Finding[];
  failures: number;
  warnings: number;
}

export const contentTypes = ["zone", "layout", "policy", "news", "figure", "glossary"] as const;
export type ContentType = (typeof contentTypes)[number];

interface Tr {
  locale: Locale;
  status: "draft" | "published";
  revision: number;
  sourceRevision: number | null;
}
interface Item {
  type: ContentType;
  key: string;
  originalLocale: Locale;
  translations: Tr[];
}

const trSelect = { select: { locale: true, status: true, revision: true, sourceRevision: true } } as const;
const published = { status: "published" } as const;

async function publishedItems(db: Db): Promise<Item[]> {
  const [zones, layout, policies, news, figures, glossary] = await Promise.all([
    db.zone.findMany({ where: published, select: { slug: true, originalLocale: true, translations: trSelect } }),
    db.layoutElement.findMany({
      where: published,
      select: { slug: true, originalLocale: true, translations: trSelect },
    }),
    db.policy.findMany({ where: published, select: { slug: true, originalLocale: true, translations: trSelect } }),
    db.newsArticle.findMany({ where: published, select: { slug: true, originalLocale: true, translations: trSelect } }),
    db.keyFigure.findMany({ where: published, select: { slug: true, originalLocale: true, translations: trSelect } }),
    db.glossaryTerm.findMany({
      where: published,
      select: { slug: true, originalLocale: true, translations: trSelect },
    }),
  ]);
  const as = (type: ContentType, rows: { slug: string; originalLocale: Locale; translations: Tr[] }[]) =>
    rows.map((r): Item => ({ type, key: r.slug, originalLocale: r.originalLocale, translations: r.translations }));
  return [
    ...as("zone", zones),
    ...as("layout", layout),
    ...as("policy", policies),
    ...as("news", news),
    ...as("figure", figures),
    ...as("glossary", glossary),
  ];
}

const DAY = 24 * 3600_000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Internal links in Markdown: `[text](/zh/policies/x#article-2)` (or the site's own absolute URL). */
export function internalLinks(markdown: string, origin?: string): string[] {
  const out: string[] = [];
  for (const m of markdown.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    let href = m[1]!;
    if (origin && href.startsWith(origin)) href = href.slice(origin.length) || "/";
    if (href.startsWith("/") && !href.startsWith("//")) out.push(href);
  }
  return out;
}

/** The site's fixed pages after the locale (app/[locale]/…). */
const staticPages = new Set([
  "",
  "zones",
  "spatial-layout",
  "policies",
  "incentives",
  "news",
  "press",
  "figures",
  "glossary",
  "search",
  "inquiry",
  "questions",
  "report-error",
  "feed.xml",
  "atom.xml",
  "press/fact-sheet.csv",
  "glossary/glossary.csv",
]);

interface LinkTargets {
  zones: Set<string>;
  news: Set<string>;
  /** policy slug → its article and section anchors */
  policies: Map<string, Set<string>>;
}

/** Why an internal link is broken ("brokenLink" / "brokenAnchor" with the anchor), or null when it works. */
export function linkProblem(
  href: string,
  targets: LinkTargets,
): { check: "brokenLink" } | { check: "brokenAnchor"; anchor: string } | null {
  const [pathAndQuery = "", hash] = href.split("#", 2);
  const path = pathAndQuery.split("?")[0]!.replace(/\/+$/, "");
  if (path.startsWith("/media/")) return null;
  const segments = path
    .split("/")
    .slice(1)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
  const [locale, ...rest] = segments;
  if (!locale || !(locales as readonly string[]).includes(locale)) return { check: "brokenLink" };
  const sub = rest.join("/");
  if (staticPages.has(sub)) return null;
  const [section, slug, extra] = rest;
  if (section === "zones" && slug && !extra && targets.zones.has(slug)) return null;
  if (section === "news" && slug && !extra && targets.news.has(slug)) return null;
  if (section === "policies" && slug && (!extra || (extra === "compare" && rest.length === 3))) {
    const anchors = targets.policies.get(slug);
    if (!anchors) return { check: "brokenLink" };
    if (hash && !extra && !anchors.has(hash)) return { check: "brokenAnchor", anchor: hash };
    return null;
  }
  return { check: "brokenLink" };
}

export interface HealthOptions {
  now?: Date;
  /** The public origin (SITE_URL): absolute links to it count as internal. */
  origin?: string;
}

export async function siteHealth(db: Db, options: HealthOptions = {}): Promise<HealthReport> {
  const now = options.now ?? new Date();
  const findings: Finding[] = [];
  const add = (check: Check, locale: Locale | null, params: Finding["params"]) =>
    findings.push({ check, severity: severityOf[check], locale, params });

  // Translations: missing and outdated, per item and language.
  const items = await publishedItems(db);
  for (const item of items) {
    const original = item.translations.find((t) => t.locale === item.originalLocale);
    for (const locale of locales) {
      const t = item.translations.find((x) => x.locale === locale);
      if (!t || t.status !== "published") add("missing", locale, { type: item.type, key: item.key });
      else if (
        locale !== item.originalLocale &&
        original &&
        t.sourceRevision !== null &&
        t.sourceRevision < original.revision
      )
        add("outdated", locale, { type: item.type, key: item.key, from: t.sourceRevision, to: original.revision });
    }
  }

  // Empty sections per language: nothing of that type published in it.
  const columnOfType: Partial<Record<ContentType, string>> = {
    zone: "zones",
    layout: "spatial-layout",
    policy: "policies",
    news: "news",
    figure: "figures",
    glossary: "glossary",
  };
  for (const [type, column] of Object.entries(columnOfType) as [ContentType, string][])
    for (const locale of locales)
      if (
        !items.some(
          (i) => i.type === type && i.translations.some((t) => t.locale === locale && t.status === "published"),
        )
      )
        add("empty", locale, { column });

  // Freshness per language: the newest news item (its date, else when it went live) and the newest policy.
  const [newsRows, policyRows] = await Promise.all([
    db.newsTranslation.findMany({
      where: { status: "published", article: published },
      select: { locale: true, revisionAt: true, article: { select: { publishedOn: true } } },
    }),
    db.policyTranslation.findMany({
      where: { status: "published", policy: published },
      select: { locale: true, policy: { select: { issuedOn: true } } },
    }),
  ]);
  for (const locale of locales) {
    const newest = (dates: Date[]) => (dates.length ? new Date(Math.max(...dates.map((d) => d.getTime()))) : null);
    const news = newest(newsRows.filter((r) => r.locale === locale).map((r) => r.article.publishedOn ?? r.revisionAt));
    if (news && now.getTime() - news.getTime() > NEWS_STALE_DAYS * DAY)
      add("stale", locale, {
        column: "news",
        newest: isoDay(news),
        days: Math.floor((now.getTime() - news.getTime()) / DAY),
        limit: NEWS_STALE_DAYS,
      });
    const policy = newest(policyRows.filter((r) => r.locale === locale).map((r) => r.policy.issuedOn));
    if (policy && now.getTime() - policy.getTime() > POLICY_STALE_DAYS * DAY)
      add("stale", locale, {
        column: "policies",
        newest: isoDay(policy),
        days: Math.floor((now.getTime() - policy.getTime()) / DAY),
        limit: POLICY_STALE_DAYS,
      });
  }

  // Internal links and anchors in the Markdown of every published text.
  const policyAnchors = await db.policy.findMany({
    where: published,
    select: { slug: true, articles: { select: { anchor: true } }, sections: { select: { anchor: true } } },
  });
  const targets: LinkTargets = {
    zones: new Set(items.filter((i) => i.type === "zone").map((i) => i.key)),
    news: new Set(items.filter((i) => i.type === "news").map((i) => i.key)),
    policies: new Map(
      policyAnchors.map((p) => [
        p.slug,
        new Set([...p.articles.map((a) => a.anchor), ...p.sections.map((s) => s.anchor)]),
      ]),
    ),
  };
  const [newsBodies, policyTexts, articleBodies, zoneBodies] = await Promise.all([
    db.newsTranslation.findMany({
      where: { status: "published", article: published },
      select: { locale: true, body: true, article: { select: { slug: true } } },
    }),
    db.policyTranslation.findMany({
      where: { status: "published", policy: published },
      select: { locale: true, preamble: true, policy: { select: { slug: true } } },
    }),
    db.policyArticleTranslation.findMany({
      where: { status: "published", article: { policy: published } },
      select: { locale: true, body: true, article: { select: { anchor: true, policy: { select: { slug: true } } } } },
    }),
    db.zoneTranslation.findMany({
      where: { status: "published", zone: published },
      select: {
        locale: true,
        body: true,
        positioning: true,
        goals2025: true,
        goals2035: true,
        zone: { select: { slug: true } },
      },
    }),
  ]);
  const texts: { type: ContentType; key: string; locale: Locale; text: string }[] = [
    ...newsBodies.map((r) => ({ type: "news" as const, key: r.article.slug, locale: r.locale, text: r.body })),
    ...policyTexts.map((r) => ({ type: "policy" as const, key: r.policy.slug, locale: r.locale, text: r.preamble })),
    ...articleBodies.map((r) => ({
      type: "policy" as const,
      key: `${r.article.policy.slug}#${r.article.anchor}`,
      locale: r.locale,
      text: r.body,
    })),
    ...zoneBodies.map((r) => ({
      type: "zone" as const,
      key: r.zone.slug,
      locale: r.locale,
      text: [r.body, r.positioning, r.goals2025, r.goals2035].join("\n"),
    })),
  ];
  for (const t of texts)
    for (const href of internalLinks(t.text, options.origin)) {
      const problem = linkProblem(href, targets);
      if (problem?.check === "brokenAnchor")
        add("brokenAnchor", t.locale, { type: t.type, key: t.key, href, anchor: problem.anchor });
      else if (problem) add("brokenLink", t.locale, { type: t.type, key: t.key, href });
    }

  // Lead images of published news without alt text in a language.
  const images = await db.media.findMany({
    where: { news: { some: published } },
    select: { filename: true, translations: { select: { locale: true, alt: true } } },
  });
  for (const image of images)
    for (const locale of locales)
      if (!image.translations.some((t) => t.locale === locale && t.alt.trim() !== ""))
        add("missingAlt", locale, { file: image.filename });

  // Correspondence past its reply clock.
  const [inquiries, reports] = await Promise.all([
    db.inquiry.findMany({
      where: { status: { in: ["new", "in_progress"] } },
      select: { reference: true, createdAt: true },
      orderBy: { createdAt: "asc" },
      take: 1000,
    }),
    db.errorReport.findMany({
      where: { status: "open" },
      select: { reference: true, createdAt: true },
      orderBy: { createdAt: "asc" },
      take: 1000,
    }),
  ]);
  for (const q of inquiries)
    if (pastWorkingDays(q.createdAt, INQUIRY_REPLY_WORKING_DAYS, now))
      add("overdueInquiry", null, { reference: q.reference, received: isoDay(q.createdAt) });
  for (const r of reports)
    if (pastWorkingDays(r.createdAt, ERROR_REPORT_REPLY_WORKING_DAYS, now))
      add("overdueErrorReport", null, { reference: r.reference, received: isoDay(r.createdAt) });

  return {
    generatedAt: now.toISOString(),
    findings,
    failures: findings.filter((f) => f.severity === "fail").length,
    warnings: findings.filter((f) => f.severity === "warn").length,
  };
}
