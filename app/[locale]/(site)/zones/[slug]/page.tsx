import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { getZone, getZoneSlugs } from "@/lib/data/zones";
import { getFigures } from "@/lib/data/figures";
import { listPolicies } from "@/lib/data/policies";
import { listNews } from "@/lib/data/news";
import { formatDate, formatQuantity } from "@/lib/format";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { FallbackNotice } from "@/components/ui/fallback-notice";
import { ProvenanceLine } from "@/components/ui/provenance-line";
import { langAttr } from "@/components/ui/lang";
import { FigureList } from "@/components/figures/figure-list";
import { NewsList } from "@/components/news/news-list";
import { PolicyList } from "@/components/policies/policy-list";
import { JsonLd } from "@/components/seo/json-ld";
import { LastUpdated } from "@/components/follow/last-updated";
import { pageMetadata, zoneJsonLd } from "@/lib/seo";
import { localized, paths } from "@/lib/routes";
import { ZoneAside, ZoneText } from "./parts";

export async function generateStaticParams() {
  return (await getZoneSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<"/[locale]/zones/[slug]">): Promise<Metadata> {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  const zone = await getZone(locale, slug);
  if (!zone) return {};
  return pageMetadata({ locale, path: paths.zone(slug), title: zone.name, description: zone.summary });
}

export default async function ZonePage({ params }: PageProps<"/[locale]/zones/[slug]">) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  const zone = await getZone(locale, slug);
  if (!zone) notFound();
  const [t, tb, tu, figures, policies, news] = await Promise.all([
    getTranslations({ locale, namespace: "zone" }),
    getTranslations({ locale, namespace: "brief" }),
    getTranslations({ locale, namespace: "units" }),
    getFigures(locale, slug),
    listPolicies(locale, { zone: slug }),
    listNews(locale, { zone: slug }),
  ]);
  const lang = langAttr(locale, zone.lang);
  const km2 = (v: number) => t("about", { value: tu("km2", { value: formatQuantity(locale, v) }) });
  const facts = [
    zone.areaNearKm2 !== null && { label: t("areaNear"), value: km2(zone.areaNearKm2) },
    zone.areaTotalKm2 !== null && { label: t("areaTotal"), value: km2(zone.areaTotalKm2) },
    zone.approvedOn && { label: t("approvedOn"), value: formatDate(locale, zone.approvedOn) },
    zone.establishedOn && { label: t("establishedOn"), value: formatDate(locale, zone.establishedOn) },
  ].filter((f): f is { label: string; value: string } => Boolean(f));

  return (
    <>
      <JsonLd
        data={zoneJsonLd({
          url: localized(locale, paths.zone(slug)),
          name: zone.name,
          alternateName: zone.shortName,
          description: zone.summary,
          containedIn: zone.relations
            .filter((r) => r.kind === "part_of" && r.direction === "to")
            .map((r) => ({ name: r.name, url: localized(locale, paths.zone(r.slug)) })),
          areas: [
            { name: t("areaNear"), km2: zone.areaNearKm2 },
            { name: t("areaTotal"), km2: zone.areaTotalKm2 },
          ],
          properties: [
            { name: t("approvedOn"), value: zone.approvedOn },
            { name: t("establishedOn"), value: zone.establishedOn },
          ],
        })}
      />
      <Breadcrumbs
        locale={locale}
        items={[
          { href: paths.zones, label: t("indexTitle") },
          { label: zone.shortName, lang },
        ]}
      />
      <article lang={lang}>
        <header className="border-b border-slate-200 pb-6">
          <p className="text-sm font-semibold uppercase tracking-wide text-accent-600" lang={lang ? locale : undefined}>
            {t(`kind.${zone.kind}`)}
          </p>
          <h1 className="mt-2 text-3xl font-bold leading-tight text-brand-900 md:text-4xl">{zone.name}</h1>
          <ProvenanceLine locale={locale} provenance={zone.provenance} href={paths.zone(slug)} />
          <LastUpdated locale={locale} subject="zone" slug={slug} fallback={zone.updatedAt ?? null} />
          <p className="mt-3 max-w-3xl text-lg leading-relaxed text-slate-700">{zone.summary}</p>
          <p className="no-print mt-4" lang={lang ? locale : undefined}>
            <a
              href={localized(locale, paths.zoneBrief(slug))}
              type="application/pdf"
              data-testid="brief-link"
              className="inline-block rounded border border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-700 hover:bg-brand-50"
            >
              {tb("download")}
            </a>
          </p>
        </header>
        <FallbackNotice locale={locale} shownIn={zone.lang} />

        <div className="mt-8 grid gap-10 lg:grid-cols-3">
          <ZoneText locale={locale} zone={zone} />
          <ZoneAside locale={locale} zone={zone} facts={facts} />
        </div>
      </article>

      {figures.length > 0 && (
        <section aria-labelledby="figures" className="mt-12">
          <h2 id="figures" className="text-2xl font-bold text-brand-900">
            {t("figures")}
          </h2>
          <FigureList locale={locale} figures={figures} />
        </section>
      )}
      {policies.length > 0 && (
        <section aria-labelledby="policies" className="mt-12">
          <h2 id="policies" className="text-2xl font-bold text-brand-900">
            {t("relatedPolicies")}
          </h2>
          <PolicyList locale={locale} policies={policies} />
        </section>
      )}
      {news.items.length > 0 && (
        <section aria-labelledby="news" className="mt-12">
          <h2 id="news" className="text-2xl font-bold text-brand-900">
            {t("relatedNews")}
          </h2>
          <NewsList locale={locale} items={news.items} />
        </section>
      )}
    </>
  );
}
