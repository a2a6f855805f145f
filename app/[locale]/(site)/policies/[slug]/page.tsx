import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { locales, type Locale } from "@/i18n/routing";
import { getPolicy, getPolicySlugs } from "@/lib/data/policies";
import { formatDate } from "@/lib/format";
import { beijingMinute } from "@/lib/site-identity";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { FallbackNotice } from "@/components/ui/fallback-notice";
import { ProvenanceLine } from "@/components/ui/provenance-line";
import { LegalStatusBanner } from "@/components/policies/legal-status-banner";
import { langAttr } from "@/components/ui/lang";
import { PrintButton } from "@/components/ui/print-button";
import { LastUpdated } from "@/components/follow/last-updated";
import { JsonLd } from "@/components/seo/json-ld";
import { legislationJsonLd, pageMetadata } from "@/lib/seo";
import { localized, paths } from "@/lib/routes";
import { PolicyAside, PolicyText } from "./parts";

export async function generateStaticParams() {
  return (await getPolicySlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<"/[locale]/policies/[slug]">): Promise<Metadata> {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  const p = await getPolicy(locale, slug);
  if (!p) return {};
  return pageMetadata({
    locale,
    path: paths.policy(slug),
    title: p.title,
    description: p.summary,
    article: { title: p.title, publishedAt: p.liveAt, source: p.issuer },
  });
}

export default async function PolicyPage({ params }: PageProps<"/[locale]/policies/[slug]">) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  const policy = await getPolicy(locale, slug);
  if (!policy) notFound();
  const [t, tb, tc, ts] = await Promise.all([
    getTranslations({ locale, namespace: "policies" }),
    getTranslations({ locale, namespace: "brief" }),
    getTranslations({ locale, namespace: "common" }),
    getTranslations({ locale, namespace: "seo" }),
  ]);
  const tsite = await getTranslations({ locale, namespace: "site" });
  const lang = langAttr(locale, policy.lang);
  const other = locales.find((l) => l !== locale && l !== policy.lang) ?? policy.originalLocale;
  const meta: { label: string; value: string }[] = [
    { label: t("issuer"), value: policy.issuer },
    { label: t("documentNumber"), value: policy.documentNumber ?? t("noDocumentNumber") },
    { label: t("issuedOn"), value: formatDate(locale, policy.issuedOn) },
    ...(policy.effectiveFrom ? [{ label: t("effectiveFrom"), value: formatDate(locale, policy.effectiveFrom) }] : []),
    ...(policy.validUntil ? [{ label: t("validUntil"), value: formatDate(locale, policy.validUntil) }] : []),
    { label: t("validity"), value: t(`validityValues.${policy.validity}`) },
    { label: tsite("postedAt"), value: beijingMinute(policy.liveAt) },
  ];

  return (
    <>
      <JsonLd
        data={legislationJsonLd({
          url: localized(locale, paths.policy(slug)),
          name: policy.title,
          description: policy.summary,
          documentNumber: policy.documentNumber,
          issuedOn: policy.issuedOn,
          effectiveFrom: policy.effectiveFrom,
          validUntil: policy.validUntil,
          validity: policy.validity,
          issuer: policy.issuer,
          dateModified: policy.updatedAt,
          translationOf: policy.provenance && {
            url: localized(policy.provenance.original, paths.policy(slug)),
            inLanguage: policy.provenance.original,
            revision: policy.provenance.sourceRevision,
          },
          // Every policy in the store is issued in Jilin Province (the seeds hold no other).
          jurisdiction: ts("jurisdiction.jilin"),
          inLanguage: policy.lang,
          articles: policy.sections.flatMap((s) =>
            s.articles.map((a) => ({
              url: localized(locale, paths.policy(slug, a.anchor)),
              name: a.heading,
              number: a.number,
            })),
          ),
        })}
      />
      <Breadcrumbs
        locale={locale}
        items={[
          { href: paths.policies, label: t("title") },
          { label: policy.title, lang },
        ]}
      />
      <article lang={lang}>
        <header className="border-b border-slate-200 pb-6">
          <h1 className="text-3xl font-bold leading-tight text-brand-900 md:text-4xl">{policy.title}</h1>
          <ProvenanceLine locale={locale} provenance={policy.provenance} href={paths.policy(slug)} />
          <LastUpdated locale={locale} subject="policy" slug={slug} fallback={policy.updatedAt} />
          <p className="mt-3 max-w-3xl text-lg leading-relaxed text-slate-700">{policy.summary}</p>
          <div className="no-print mt-4 flex flex-wrap gap-3" lang={lang ? locale : undefined}>
            <Link
              href={`${paths.policyCompare(slug)}?with=${other}`}
              className="rounded border border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-700 hover:bg-brand-50"
            >
              {t("sideBySide")}
            </Link>
            <PrintButton label={tc("print")} />
            <a
              href={localized(locale, paths.policyBrief(slug))}
              type="application/pdf"
              data-testid="brief-link"
              className="rounded border border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-700 hover:bg-brand-50"
            >
              {tb("download")}
            </a>
          </div>
        </header>
        <LegalStatusBanner
          locale={locale}
          validity={policy.validity}
          since={policy.validitySince}
          by={policy.validityBy}
        />
        <FallbackNotice locale={locale} shownIn={policy.lang} />

        <div className="mt-8 grid gap-10 lg:grid-cols-[18rem_1fr]">
          <PolicyAside locale={locale} policy={policy} meta={meta} />

          <PolicyText locale={locale} policy={policy} />
        </div>
      </article>
    </>
  );
}
