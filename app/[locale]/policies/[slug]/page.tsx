import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { locales, type Locale } from "@/i18n/routing";
import { getPolicy, getPolicySlugs } from "@/lib/data/policies";
import { getZones } from "@/lib/data/zones";
import { formatDate, joinList } from "@/lib/format";
import { beijingMinute } from "@/lib/site-identity";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { FallbackNotice } from "@/components/ui/fallback-notice";
import { ProvenanceLine } from "@/components/ui/provenance-line";
import { LegalStatusBanner } from "@/components/policies/legal-status-banner";
import { Markdown } from "@/components/ui/markdown";
import { langAttr } from "@/components/ui/lang";
import { PrintButton } from "@/components/ui/print-button";
import { LastUpdated } from "@/components/follow/last-updated";
import { CopyLink } from "@/components/policies/copy-link";
import { JsonLd } from "@/components/seo/json-ld";
import { legislationJsonLd, pageMetadata } from "@/lib/seo";

export async function generateStaticParams() {
  return (await getPolicySlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<"/[locale]/policies/[slug]">): Promise<Metadata> {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  const p = await getPolicy(locale, slug);
  if (!p) return {};
  return pageMetadata({
    locale,
    path: `/policies/${slug}`,
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
  const [t, tb, tc, tt, ts, zones] = await Promise.all([
    getTranslations({ locale, namespace: "policies" }),
    getTranslations({ locale, namespace: "brief" }),
    getTranslations({ locale, namespace: "common" }),
    getTranslations({ locale, namespace: "topics" }),
    getTranslations({ locale, namespace: "seo" }),
    getZones(locale),
  ]);
  const tsite = await getTranslations({ locale, namespace: "site" });
  const lang = langAttr(locale, policy.lang);
  const zoneName = new Map(zones.map((z) => [z.slug, z]));
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
          url: `/${locale}/policies/${slug}`,
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
            url: `/${policy.provenance.original}/policies/${slug}`,
            inLanguage: policy.provenance.original,
            revision: policy.provenance.sourceRevision,
          },
          // Every policy in the store is issued in Jilin Province (the seeds hold no other).
          jurisdiction: ts("jurisdiction.jilin"),
          inLanguage: policy.lang,
          articles: policy.sections.flatMap((s) =>
            s.articles.map((a) => ({
              url: `/${locale}/policies/${slug}#${a.anchor}`,
              name: a.heading,
              number: a.number,
            })),
          ),
        })}
      />
      <Breadcrumbs
        locale={locale}
        items={[
          { href: "/policies", label: t("title") },
          { label: policy.title, lang },
        ]}
      />
      <article lang={lang}>
        <header className="border-b border-slate-200 pb-6">
          <h1 className="text-3xl font-bold leading-tight text-brand-900 md:text-4xl">{policy.title}</h1>
          <ProvenanceLine locale={locale} provenance={policy.provenance} href={`/policies/${slug}`} />
          <LastUpdated locale={locale} subject="policy" slug={slug} fallback={policy.updatedAt} />
          <p className="mt-3 max-w-3xl text-lg leading-relaxed text-slate-700">{policy.summary}</p>
          <div className="no-print mt-4 flex flex-wrap gap-3" lang={lang ? locale : undefined}>
            <Link
              href={`/policies/${slug}/compare?with=${other}`}
              className="rounded border border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-700 hover:bg-brand-50"
            >
              {t("sideBySide")}
            </Link>
            <PrintButton label={tc("print")} />
            <a
              href={`/${locale}/policies/${slug}/brief.pdf`}
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
          <aside className="space-y-8 lg:sticky lg:top-4 lg:self-start" lang={lang ? locale : undefined}>
            <section aria-labelledby="doc-meta" className="rounded-lg border border-slate-200 bg-brand-50 p-4">
              <h2 id="doc-meta" className="font-bold text-brand-900">
                {t("metadata")}
              </h2>
              <dl className="mt-3 space-y-2 text-sm">
                {meta.map((m) => (
                  <div key={m.label}>
                    <dt className="text-slate-600">{m.label}</dt>
                    <dd className="font-semibold text-slate-900" lang={lang}>
                      {m.value}
                    </dd>
                  </div>
                ))}
                <div>
                  <dt className="text-slate-600">{t("topics")}</dt>
                  <dd>
                    {joinList(
                      locale,
                      policy.topics.map((x) => tt(x as "planning")),
                    )}
                  </dd>
                </div>
                <div>
                  <dt className="text-slate-600">{t("zones")}</dt>
                  <dd>
                    <ul className="space-y-1">
                      {policy.zones.map((z) => (
                        <li key={z}>
                          <Link href={`/zones/${z}`} className="inline-block py-1 text-brand-700 underline">
                            {zoneName.get(z)?.shortName ?? z}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  </dd>
                </div>
              </dl>
            </section>
            <nav aria-labelledby="toc" className="no-print max-h-[70vh] overflow-y-auto text-sm">
              <h2 id="toc" className="font-bold text-brand-900">
                {t("contents")}
              </h2>
              <ol className="mt-2 space-y-1">
                {policy.sections.map((s) => (
                  <li key={s.anchor}>
                    <a
                      href={`#${s.anchor}`}
                      className="text-brand-700 underline-offset-2 hover:underline"
                      lang={langAttr(locale, s.lang)}
                    >
                      {s.heading}
                    </a>
                  </li>
                ))}
              </ol>
            </nav>
          </aside>

          <div>
            {policy.preamble && (
              <section aria-labelledby="preamble" className="mb-10">
                <h2 id="preamble" className="sr-only">
                  {t("preamble")}
                </h2>
                <Markdown>{policy.preamble}</Markdown>
              </section>
            )}
            {policy.sections.map((s) => (
              <section
                key={s.anchor}
                id={s.anchor}
                aria-labelledby={`${s.anchor}-h`}
                className="mb-10 scroll-mt-4"
                lang={langAttr(locale, s.lang)}
              >
                <h2 id={`${s.anchor}-h`} className="border-b-2 border-brand-800 pb-2 text-2xl font-bold text-brand-900">
                  <span className="mr-2 text-brand-600">{t("section", { number: s.number })}</span>
                  {s.heading}
                </h2>
                {s.articles.map((a) => (
                  <div
                    key={a.anchor}
                    id={a.anchor}
                    className="policy-article scroll-mt-4 border-b border-slate-100 py-5"
                    lang={langAttr(locale, a.lang)}
                  >
                    <h3 className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-lg font-semibold text-brand-900">
                      <a
                        href={`#${a.anchor}`}
                        className="text-brand-600 no-underline hover:underline"
                        aria-label={t("permalink", { number: a.number })}
                      >
                        {t("article", { number: a.number })}
                      </a>
                      <span>{a.heading}</span>
                      {a.grants && (
                        <span className="rounded bg-emerald-50 px-2 py-0.5 text-xs font-semibold text-emerald-800">
                          {t("grants")}
                        </span>
                      )}
                      <CopyLink anchor={a.anchor} label={tc("copyLink")} copiedLabel={tc("linkCopied")} />
                    </h3>
                    <p className="mt-2 leading-relaxed text-slate-800">{a.body}</p>
                  </div>
                ))}
              </section>
            ))}
          </div>
        </div>
      </article>
    </>
  );
}
