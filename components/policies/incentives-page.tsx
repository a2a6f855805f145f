import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { findIncentives, getIncentiveFacets } from "@/lib/data/policies";
import { getZones } from "@/lib/data/zones";
import { parseIncentiveFilter } from "@/lib/validation/filters";
import { FollowLink } from "@/components/follow/last-updated";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { FilterForm } from "@/components/ui/filter-form";
import { langAttr } from "@/components/ui/lang";
import { pageMetadata } from "@/lib/seo";
import { formatDate } from "@/lib/format";
import { labelsFor } from "@/lib/labels";

export async function incentivesMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "incentives" });
  return pageMetadata({ locale, path: "/incentives", title: t("title"), description: t("lead") });
}

async function Finder({ locale, query }: { locale: Locale; query: Record<string, string | string[] | undefined> }) {
  const filter = parseIncentiveFilter(query);
  const [t, tc, tp, ti, tt, facets, zones, results] = await Promise.all([
    getTranslations({ locale, namespace: "incentives" }),
    getTranslations({ locale, namespace: "common" }),
    getTranslations({ locale, namespace: "policies" }),
    labelsFor(locale, "industries"),
    labelsFor(locale, "topics"),
    getIncentiveFacets(),
    getZones(locale),
    findIncentives(locale, filter),
  ]);
  // Which documents the results come from, how old they are and whether they are known to be in force.
  const documents = [
    ...new Map(
      results.map((a) => [
        a.policySlug,
        {
          slug: a.policySlug,
          title: a.policyTitle,
          lang: a.policyLang,
          issuedOn: a.policyIssuedOn,
          validity: a.policyValidity,
        },
      ]),
    ).values(),
  ];
  return (
    <>
      <p className="mt-4">
        <FollowLink
          locale={locale}
          query={{ follow: "incentives", zone: filter.zone, industry: filter.industry, topic: filter.topic }}
        />
      </p>
      <FilterForm
        legend={t("title")}
        allLabel={t("any")}
        applyLabel={t("find")}
        resetLabel={tc("reset")}
        resetHref={`/${locale}/incentives`}
        fields={[
          {
            name: "zone",
            label: t("zone"),
            value: filter.zone ?? "",
            options: zones.map((z) => ({ value: z.slug, label: z.shortName })),
          },
          {
            name: "industry",
            label: t("industry"),
            value: filter.industry ?? "",
            options: facets.industries.map((v) => ({ value: v, label: ti(v) })),
          },
          {
            name: "topic",
            label: t("topic"),
            value: filter.topic ?? "",
            options: facets.topics.map((v) => ({ value: v, label: tt(v) })),
          },
        ]}
      />
      <div role="status">
        <h2 className="mt-8 text-xl font-bold text-brand-900">{t("results", { count: results.length })}</h2>
      </div>
      <p className="mt-2 text-sm text-slate-600">{tp("legalStatus.noIncentives")}</p>
      {documents.length > 0 && (
        <aside
          aria-labelledby="incentive-sources"
          className="mt-4 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-slate-800"
          data-testid="incentive-sources"
        >
          <h3 id="incentive-sources" className="font-semibold">
            {t("sourcesHeading")}
          </h3>
          <ul className="mt-1 list-disc pl-5">
            {documents.map((d) => (
              <li key={d.slug} lang={langAttr(locale, d.lang)}>
                {t("sourceLine", {
                  title: d.title,
                  date: formatDate(locale, d.issuedOn),
                  validity: tp(`validityValues.${d.validity}` as "validityValues.unknown"),
                })}
              </li>
            ))}
          </ul>
          {documents.some((d) => d.validity !== "in_force") && <p className="mt-2">{t("caveat")}</p>}
        </aside>
      )}
      <ul className="mt-4 space-y-4" data-testid="incentive-results">
        {results.map((a) => (
          <li
            key={`${a.policySlug}-${a.anchor}`}
            className="rounded-lg border border-slate-200 p-4"
            lang={langAttr(locale, a.lang)}
          >
            <h3 className="text-lg font-semibold">
              <Link
                href={`/policies/${a.policySlug}#${a.anchor}`}
                className="text-brand-800 underline-offset-4 hover:underline"
              >
                <span lang={langAttr(locale, a.lang) ? locale : undefined}>{tp("article", { number: a.number })}</span>{" "}
                {a.heading}
              </Link>
            </h3>
            <p className="mt-1 text-sm text-slate-600">{t("from", { title: a.policyTitle })}</p>
            <p className="mt-2 line-clamp-4 leading-relaxed text-slate-800">{a.body}</p>
            <p className="mt-2 flex flex-wrap gap-2 text-xs" lang={langAttr(locale, a.lang) ? locale : undefined}>
              {a.industries.map((i) => (
                <span key={i} className="rounded-full bg-slate-100 px-2 py-0.5 text-slate-700">
                  {ti(i)}
                </span>
              ))}
              {a.topics.map((x) => (
                <span key={x} className="rounded-full bg-brand-50 px-2 py-0.5 text-brand-800">
                  {tt(x)}
                </span>
              ))}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The incentive finder for `query` (the page's query string, or a canonical one from its Q route). */
export async function IncentivesPage({
  locale,
  query,
}: {
  locale: Locale;
  query: Record<string, string | string[] | undefined>;
}) {
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "incentives" });
  return (
    <>
      <Breadcrumbs locale={locale} items={[{ label: t("title") }]} />
      <PageHeader title={t("title")} lead={t("lead")} />
      <Finder locale={locale} query={query} />
    </>
  );
}
