// The PDF briefs of a zone and of a policy, built from the same published content (and cached under the
// same tags) as their pages: an edit that revalidates the page's tags regenerates the brief too.
//
// Bounded: the cache key is (locale, slug) of a published item (routes check the slug against the
// published list before asking), so the entries number at most 3 × (zones + policies), each tens of kB,
// held by Next's LRU-bounded 'use cache' handler in memory; nothing is written to disk per request.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { tags } from "@/lib/cache-tags";
import { siteUrl } from "@/lib/env";
import { formatDate, formatQuantity, joinList } from "@/lib/format";
import { argLocale, argSlug } from "@/lib/validation/data-args";
import { getZone } from "@/lib/data/zones";
import { getFigures, type KeyFigureView } from "@/lib/data/figures";
import { findIncentives, getPolicy, listPolicies } from "@/lib/data/policies";
import type { SourceRef } from "@/lib/data/sources";
import type { Provenance } from "@/lib/data/translation";
import { formatFigure } from "@/components/figures/figure-value";
import { plainText, renderBriefPdf, type Brief, type BriefItem } from "./pdf";

const pageUrl = (locale: Locale, path: string) => `${siteUrl()}/${locale}${path}`;

async function sourceLine(locale: Locale, source: SourceRef | null): Promise<string> {
  const t = await getTranslations({ locale, namespace: "common" });
  if (!source) return `${t("source")}: ${t("sourceNotNamed")}`;
  const details = [
    source.publisher || t("sourceNotNamed"),
    source.date ? formatDate(locale, source.date) : null,
  ].filter(Boolean);
  const url = pageUrl(locale, source.type === "news" ? `/news/${source.slug}` : `/policies/${source.slug}`);
  return `${t("source")}: ${source.title} (${details.join(", ")}) ${url}`;
}

/** The provenance line the translated page shows, or the notice that the original is shown instead. */
async function provenanceLines(
  locale: Locale,
  provenance: Provenance | null,
  shownIn: Locale,
  path: string,
): Promise<string[]> {
  const t = await getTranslations({ locale, namespace: "translation" });
  if (shownIn !== locale) return [t("fallbackNotice", { language: t(`languageName.${shownIn}`) })];
  if (!provenance) return [];
  const language = t(`languageName.${provenance.original}`);
  const { sourceRevision: revision, sourceDate } = provenance;
  const line =
    revision === null
      ? t("provenanceUnknown", { language })
      : sourceDate
        ? t("provenance", { language, revision, date: formatDate(locale, sourceDate) })
        : t("provenanceNoDate", { language, revision });
  const lines = [`${line} ${t("readOriginal", { language })}: ${pageUrl(provenance.original, path)}`];
  if (provenance.outdated)
    lines.push(t("originalUpdated", { language, date: formatDate(locale, provenance.originalDate) }));
  return lines;
}

async function figureItems(locale: Locale, figures: KeyFigureView[]): Promise<BriefItem[]> {
  return Promise.all(
    figures.map(async (f) => ({
      label: f.label,
      text: `${await formatFigure(locale, f)}${f.asOf ? ` (${formatDate(locale, f.asOf)})` : f.period ? ` (${f.period})` : ""}`,
      note: await sourceLine(locale, f.source),
    })),
  );
}

async function frame(locale: Locale, kind: string) {
  const [tm, tb] = await Promise.all([
    getTranslations({ locale, namespace: "meta" }),
    getTranslations({ locale, namespace: "brief" }),
  ]);
  return {
    site: tm("siteName"),
    kicker: `${tm("siteName")} · ${tb(kind as "zoneKicker")}`,
    footer: tb("footer", { site: tm("siteName") }),
    tb,
  };
}

/** A published zone's brief as PDF bytes, or null when there is no such zone. */
export async function zoneBriefPdf(locale: Locale, slug: string): Promise<Uint8Array | null> {
  "use cache";
  locale = argLocale(locale);
  if (!argSlug(slug)) return null;
  cacheTag(tags.zones, tags.zone(slug), tags.figures, tags.policies);
  cacheLife("max");
  const zone = await getZone(locale, slug);
  if (!zone) return null;
  const [tz, tu, tc, { kicker, footer, tb, site }, figures, incentives, policies] = await Promise.all([
    getTranslations({ locale, namespace: "zone" }),
    getTranslations({ locale, namespace: "units" }),
    getTranslations({ locale, namespace: "compare" }),
    frame(locale, "zoneKicker"),
    getFigures(locale, slug),
    findIncentives(locale, { zone: slug }),
    listPolicies(locale, { zone: slug }),
  ]);
  const tp = await getTranslations({ locale, namespace: "policies" });
  const km2 = (v: number) => tz("about", { value: tu("km2", { value: formatQuantity(locale, v) }) });
  const facts: BriefItem[] = [
    { label: tc("kind"), text: tz(`kind.${zone.kind}`) },
    ...(zone.areaNearKm2 !== null ? [{ label: tz("areaNear"), text: km2(zone.areaNearKm2) }] : []),
    ...(zone.areaTotalKm2 !== null ? [{ label: tz("areaTotal"), text: km2(zone.areaTotalKm2) }] : []),
    ...(zone.approvedOn ? [{ label: tz("approvedOn"), text: formatDate(locale, zone.approvedOn) }] : []),
    ...(zone.establishedOn ? [{ label: tz("establishedOn"), text: formatDate(locale, zone.establishedOn) }] : []),
  ];
  const zoneSource = await sourceLine(locale, zone.source);
  const path = `/zones/${slug}`;
  const brief: Brief = {
    locale,
    kicker,
    title: zone.name,
    provenance: await provenanceLines(locale, zone.provenance, zone.lang, path),
    summary: zone.summary,
    sections: [
      { heading: tz("keyFacts"), items: [...facts, { text: zoneSource }] },
      {
        heading: tz("positioning"),
        paragraph: zone.positioning,
        items: zone.positioning ? [{ text: zoneSource }] : [],
      },
      {
        heading: tz("industries"),
        paragraph: zone.industries.length ? joinList(locale, zone.industries) : undefined,
        items: [],
      },
      { heading: tz("figures"), items: await figureItems(locale, figures) },
      {
        heading: tb("incentives"),
        items: incentives.map((a) => ({
          label: `${a.policyTitle} · ${tp("article", { number: a.number })}`,
          text: a.heading || plainText(a.body).slice(0, 120),
          link: pageUrl(locale, `/policies/${a.policySlug}#${a.anchor}`),
        })),
      },
      {
        heading: tz("relatedPolicies"),
        items: policies.map((p) => ({
          text: `${p.title} (${formatDate(locale, p.issuedOn)})`,
          link: pageUrl(locale, `/policies/${p.slug}`),
        })),
      },
    ],
    url: pageUrl(locale, path),
    footer,
    updatedAt: zone.updatedAt,
    author: site,
  };
  return renderBriefPdf(brief);
}

/** A published policy's brief as PDF bytes, or null when there is no such policy. */
export async function policyBriefPdf(locale: Locale, slug: string): Promise<Uint8Array | null> {
  "use cache";
  locale = argLocale(locale);
  if (!argSlug(slug)) return null;
  cacheTag(tags.policies, tags.policy(slug), tags.figures);
  cacheLife("max");
  const policy = await getPolicy(locale, slug);
  if (!policy) return null;
  const [tp, { kicker, footer, tb, site }, allFigures] = await Promise.all([
    getTranslations({ locale, namespace: "policies" }),
    frame(locale, "policyKicker"),
    getFigures(locale),
  ]);
  const figures = allFigures.filter((f) => f.source?.type === "policy" && f.source.slug === slug);
  const path = `/policies/${slug}`;
  const granting = policy.sections.flatMap((s) => s.articles).filter((a) => a.grants);
  const details: BriefItem[] = [
    { label: tp("issuer"), text: policy.issuer },
    { label: tp("documentNumber"), text: policy.documentNumber ?? tp("noDocumentNumber") },
    { label: tp("issuedOn"), text: formatDate(locale, policy.issuedOn) },
    ...(policy.effectiveFrom ? [{ label: tp("effectiveFrom"), text: formatDate(locale, policy.effectiveFrom) }] : []),
    ...(policy.validUntil ? [{ label: tp("validUntil"), text: formatDate(locale, policy.validUntil) }] : []),
    { label: tp("validity"), text: tp(`validityValues.${policy.validity}`) },
  ];
  const brief: Brief = {
    locale,
    kicker,
    title: policy.title,
    provenance: await provenanceLines(locale, policy.provenance, policy.lang, path),
    summary: policy.summary,
    sections: [
      { heading: tp("metadata"), items: details },
      {
        heading: tb("incentives"),
        items: granting.map((a) => ({
          label: tp("article", { number: a.number }),
          text: a.heading || plainText(a.body).slice(0, 120),
          link: pageUrl(locale, `${path}#${a.anchor}`),
          note: truncate(plainText(a.body), 400),
        })),
      },
      { heading: tb("figures"), items: await figureItems(locale, figures) },
      {
        heading: tp("contents"),
        items: policy.sections.map((s) => ({
          text: `${s.heading} (${tp("articles", { count: s.articles.length })})`,
          link: pageUrl(locale, `${path}#${s.anchor}`),
        })),
      },
    ],
    url: pageUrl(locale, path),
    footer,
    updatedAt: policy.updatedAt,
    author: site,
  };
  return renderBriefPdf(brief);
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
