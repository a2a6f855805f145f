import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { getPolicyFacets, listPolicies } from "@/lib/data/policies";
import { getZones } from "@/lib/data/zones";
import { parsePolicyFilter } from "@/lib/validation/filters";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { FilterForm } from "@/components/ui/filter-form";
import { PolicyList } from "@/components/policies/policy-list";
import { pageMetadata } from "@/lib/seo";

export async function policiesMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "policies" });
  return pageMetadata({ locale, path: "/policies", title: t("title"), description: t("lead") });
}

async function Results({ locale, query }: { locale: Locale; query: Record<string, string | string[] | undefined> }) {
  const filter = parsePolicyFilter(query);
  const [t, tc, tt, facets, zones, policies] = await Promise.all([
    getTranslations({ locale, namespace: "policies" }),
    getTranslations({ locale, namespace: "common" }),
    getTranslations({ locale, namespace: "topics" }),
    getPolicyFacets(locale),
    getZones(locale),
    listPolicies(locale, filter),
  ]);
  const zoneName = new Map(zones.map((z) => [z.slug, z.shortName]));
  return (
    <>
      <FilterForm
        legend={t("filters")}
        allLabel={tc("all")}
        applyLabel={tc("apply")}
        resetLabel={tc("reset")}
        resetHref={`/${locale}/policies`}
        fields={[
          {
            name: "zone",
            label: t("zone"),
            value: filter.zone ?? "",
            options: facets.zones.map((z) => ({ value: z, label: zoneName.get(z) ?? z })),
          },
          {
            name: "topic",
            label: t("topic"),
            value: filter.topic ?? "",
            options: facets.topics.map((v) => ({ value: v, label: tt(v as "planning") })),
          },
          {
            name: "issuer",
            label: t("issuer"),
            value: filter.issuer ?? "",
            options: facets.issuers.map((v) => ({ value: v, label: v })),
          },
          {
            name: "year",
            label: t("year"),
            value: filter.year ? String(filter.year) : "",
            options: facets.years.map((v) => ({ value: String(v), label: String(v) })),
          },
          {
            name: "validity",
            label: t("validity"),
            value: filter.validity ?? "",
            options: facets.validities.map((v) => ({ value: v, label: t(`validityValues.${v}`) })),
          },
        ]}
      />
      <p className="mt-6 text-sm text-slate-600" role="status">
        {t("count", { count: policies.length })}
      </p>
      {policies.length === 0 ? (
        <p className="mt-4 text-slate-700">{tc("noResults")}</p>
      ) : (
        <PolicyList locale={locale} policies={policies} headingLevel={2} />
      )}
    </>
  );
}

/** The policy library for `query` (the page's query string, or a canonical one from its Q route). */
export async function PoliciesPage({
  locale,
  query,
}: {
  locale: Locale;
  query: Record<string, string | string[] | undefined>;
}) {
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "policies" });
  return (
    <>
      <Breadcrumbs locale={locale} items={[{ label: t("title") }]} />
      <PageHeader title={t("title")} lead={t("lead")} />
      <Results locale={locale} query={query} />
    </>
  );
}
