import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db";
import { tags } from "@/lib/cache-tags";
import type { Locale } from "@/i18n/routing";
import type { PolicyValidity, Prisma } from "@/lib/generated/prisma/client";
import { isoDate, laterIso, pickTranslation, provenanceOf, type Provenance } from "./translation";
import { argIncentiveFilter, argLocale, argPolicyFilter, argSlug } from "@/lib/validation/data-args";

export type Validity = PolicyValidity;

/** Legal statuses under which a policy no longer grants anything (its articles leave the incentive finder). */
export const notInForce = ["repealed", "expired", "superseded"] as const satisfies readonly Validity[];

export interface PolicySummary {
  slug: string;
  lang: Locale;
  fallback: boolean;
  originalLocale: Locale;
  title: string;
  issuer: string;
  summary: string;
  documentNumber: string | null;
  issuedOn: string;
  effectiveFrom: string | null;
  validUntil: string | null;
  validity: Validity;
  /** When the current legal status took effect, and the amending or repealing document, when known. */
  validitySince: string | null;
  validityBy: string | null;
  topics: string[];
  zones: string[];
  articleCount: number;
  /** For a translation: what it was made from (the provenance line, JSON-LD). */
  provenance: Provenance | null;
}

export interface PolicyArticleView {
  number: number;
  anchor: string;
  heading: string;
  body: string;
  lang: Locale;
  grants: boolean;
  topics: string[];
  industries: string[];
  zones: string[];
}

export interface PolicySectionView {
  number: number;
  anchor: string;
  heading: string;
  lang: Locale;
  articles: PolicyArticleView[];
}

export interface PolicyDocument extends PolicySummary {
  preamble: string;
  sections: PolicySectionView[];
  updatedAt: string;
  /** When the live text shown went live on this site (its revision's publication), ISO. */
  liveAt: string;
}

export interface PolicyFilter {
  zone?: string;
  topic?: string;
  issuer?: string;
  year?: number;
  validity?: Validity;
}

const summaryInclude = {
  translations: true,
  zones: { select: { slug: true } },
  _count: { select: { articles: true } },
} as const;
type SummaryRow = Prisma.PolicyGetPayload<{ include: typeof summaryInclude }>;

function summarize(p: SummaryRow, locale: Locale): PolicySummary | null {
  const t = pickTranslation(p.translations, locale, p.originalLocale);
  if (!t) return null;
  return {
    slug: p.slug,
    lang: t.locale,
    fallback: t.fallback,
    originalLocale: p.originalLocale,
    title: t.text.title,
    issuer: t.text.issuer,
    summary: t.text.summary,
    documentNumber: p.documentNumber,
    issuedOn: isoDate(p.issuedOn)!,
    effectiveFrom: isoDate(p.effectiveFrom),
    validUntil: isoDate(p.validUntil),
    validity: p.validity,
    validitySince: isoDate(p.validitySince),
    validityBy: p.validityBy,
    topics: p.topics,
    zones: p.zones.map((z) => z.slug),
    articleCount: p._count.articles,
    provenance: provenanceOf(p.translations, t, p.originalLocale),
  };
}

export async function listPolicies(locale: Locale, filter: PolicyFilter = {}): Promise<PolicySummary[]> {
  "use cache";
  locale = argLocale(locale);
  filter = argPolicyFilter(filter);
  cacheTag(tags.policies);
  cacheLife("max");
  const rows = await db.policy.findMany({
    where: {
      status: "published",
      ...(filter.zone ? { zones: { some: { slug: filter.zone } } } : {}),
      ...(filter.topic ? { topics: { has: filter.topic } } : {}),
      ...(filter.validity ? { validity: filter.validity } : {}),
      ...(filter.year
        ? { issuedOn: { gte: new Date(Date.UTC(filter.year, 0, 1)), lt: new Date(Date.UTC(filter.year + 1, 0, 1)) } }
        : {}),
    },
    include: summaryInclude,
    orderBy: { issuedOn: "desc" },
  });
  const all = rows.flatMap((r) => summarize(r, locale) ?? []);
  // The issuer is text per locale: filter on the served text.
  return filter.issuer ? all.filter((p) => p.issuer === filter.issuer) : all;
}

export async function getPolicyFacets(locale: Locale) {
  "use cache";
  locale = argLocale(locale);
  cacheTag(tags.policies);
  cacheLife("max");
  const all = await listPolicies(locale);
  return {
    topics: [...new Set(all.flatMap((p) => p.topics))].sort(),
    issuers: [...new Set(all.map((p) => p.issuer))].sort(),
    years: [...new Set(all.map((p) => Number(p.issuedOn.slice(0, 4))))].sort((a, b) => b - a),
    validities: [...new Set(all.map((p) => p.validity))].sort(),
    zones: [...new Set(all.flatMap((p) => p.zones))].sort(),
  };
}

export async function getPolicy(locale: Locale, slug: string): Promise<PolicyDocument | null> {
  "use cache";
  locale = argLocale(locale);
  if (!argSlug(slug)) return null;
  cacheTag(tags.policies, tags.policy(slug));
  cacheLife("max");
  const p = await db.policy.findFirst({
    where: { slug, status: "published" },
    include: {
      ...summaryInclude,
      sections: {
        orderBy: { sortOrder: "asc" },
        include: { translations: true, articles: { orderBy: { sortOrder: "asc" }, include: { translations: true } } },
      },
    },
  });
  if (!p) return null;
  const s = summarize(p, locale);
  if (!s) return null;
  const pt = p.translations.find((t) => t.locale === s.lang)!;
  // Sections and articles follow the document's served language, so a page never mixes languages
  // silently; a missing row falls back to the original with its own `lang`.
  // Only published text: a section or article not (yet) published in that language shows the original.
  const pick = <T extends { locale: Locale; status: "draft" | "published" }>(rows: T[]) => {
    const live = rows.filter((r) => r.status === "published");
    return (
      live.find((r) => r.locale === s.lang) ??
      live.find((r) => r.locale === p.originalLocale) ??
      rows.find((r) => r.locale === p.originalLocale)!
    );
  };
  return {
    ...s,
    preamble: pt.preamble,
    updatedAt: laterIso(p.updatedAt, pt.revisionAt),
    liveAt: pt.revisionAt.toISOString(),
    sections: p.sections.map((sec) => {
      const st = pick(sec.translations);
      return {
        number: sec.number,
        anchor: sec.anchor,
        heading: st.heading,
        lang: st.locale,
        articles: sec.articles.map((a) => {
          const at = pick(a.translations);
          return {
            number: a.number,
            anchor: a.anchor,
            heading: at.heading,
            body: at.body,
            lang: at.locale,
            grants: a.grants,
            topics: a.topics,
            industries: a.industries,
            zones: a.zoneSlugs,
          };
        }),
      };
    }),
  };
}

export interface IncentiveFilter {
  zone?: string;
  industry?: string;
  topic?: string;
}

export interface IncentiveResult extends PolicyArticleView {
  policySlug: string;
  policyTitle: string;
  policyLang: Locale;
  /** The document's date (YYYY-MM-DD) and validity, so the finder can say how current each result is. */
  policyIssuedOn: string;
  policyValidity: PolicyValidity;
}

/** Policy articles that grant something, matching the investor's zone, industry and topic. */
export async function findIncentives(locale: Locale, filter: IncentiveFilter): Promise<IncentiveResult[]> {
  "use cache";
  locale = argLocale(locale);
  filter = argIncentiveFilter(filter);
  cacheTag(tags.policies);
  cacheLife("max");
  const rows = await db.policyArticle.findMany({
    where: {
      grants: true,
      // A policy no longer in force grants nothing.
      policy: { status: "published", validity: { notIn: [...notInForce] } },
      ...(filter.industry ? { industries: { has: filter.industry } } : {}),
      ...(filter.topic ? { topics: { has: filter.topic } } : {}),
      // A zone matches articles about that zone, and general articles of policies covering it.
      ...(filter.zone
        ? {
            OR: [
              { zoneSlugs: { has: filter.zone } },
              { zoneSlugs: { isEmpty: true }, policy: { zones: { some: { slug: filter.zone } } } },
            ],
          }
        : {}),
    },
    include: { translations: true, policy: { include: { translations: true } } },
    orderBy: [{ policy: { issuedOn: "desc" } }, { sortOrder: "asc" }],
  });
  return rows.flatMap((a) => {
    const pt = pickTranslation(a.policy.translations, locale, a.policy.originalLocale);
    if (!pt) return [];
    const live = a.translations.filter((t) => t.status === "published");
    const at = live.find((t) => t.locale === pt.locale) ?? live.find((t) => t.locale === a.policy.originalLocale);
    if (!at) return [];
    return [
      {
        number: a.number,
        anchor: a.anchor,
        heading: at.heading,
        body: at.body,
        lang: at.locale,
        grants: a.grants,
        topics: a.topics,
        industries: a.industries,
        zones: a.zoneSlugs,
        policySlug: a.policy.slug,
        policyTitle: pt.text.title,
        policyLang: pt.locale,
        policyIssuedOn: isoDate(a.policy.issuedOn)!,
        policyValidity: a.policy.validity,
      },
    ];
  });
}

/** Values the incentive finder offers: industries and topics that occur on granting articles. */
export async function getIncentiveFacets() {
  "use cache";
  cacheTag(tags.policies);
  cacheLife("max");
  const rows = await db.policyArticle.findMany({
    where: { grants: true, policy: { status: "published", validity: { notIn: [...notInForce] } } },
    select: { industries: true, topics: true },
  });
  return {
    industries: [...new Set(rows.flatMap((r) => r.industries))].sort(),
    topics: [...new Set(rows.flatMap((r) => r.topics))].sort(),
  };
}

export async function getPolicySlugs(): Promise<string[]> {
  "use cache";
  cacheTag(tags.policies);
  cacheLife("max");
  return (await db.policy.findMany({ where: { status: "published" }, select: { slug: true } })).map((p) => p.slug);
}
