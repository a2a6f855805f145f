import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { labelsFor } from "@/lib/labels";
import type { Locale } from "@/i18n/routing";
import { getNewsFacets, listNews } from "@/lib/data/news";
import { getZones } from "@/lib/data/zones";
import { parseNewsFilter } from "@/lib/validation/filters";
import { Pagination } from "@/components/ui/pagination";
import { FollowLink } from "@/components/follow/last-updated";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { FilterForm } from "@/components/ui/filter-form";
import { NewsList } from "@/components/news/news-list";
import { pageMetadata } from "@/lib/seo";
import { listHref, localized, paths } from "@/lib/routes";

export async function newsMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "news" });
  return pageMetadata({ locale, path: paths.news, title: t("title"), description: t("lead") });
}

async function Results({ locale, query }: { locale: Locale; query: Record<string, string | string[] | undefined> }) {
  const filter = parseNewsFilter(query);
  const [t, tc, tagLabel, facets, zones, result] = await Promise.all([
    getTranslations({ locale, namespace: "news" }),
    getTranslations({ locale, namespace: "common" }),
    labelsFor(locale, "tags"),
    getNewsFacets(),
    getZones(locale),
    listNews(locale, filter),
  ]);
  return (
    <>
      <p className="mt-4">
        <FollowLink locale={locale} query={{ follow: "news", zone: filter.zone, newsKind: filter.kind }} />
      </p>
      <FilterForm
        legend={tc("filter")}
        allLabel={tc("all")}
        applyLabel={tc("apply")}
        resetLabel={tc("reset")}
        resetHref={localized(locale, paths.news)}
        fields={[
          {
            name: "zone",
            label: t("zone"),
            value: filter.zone ?? "",
            options: zones.map((z) => ({ value: z.slug, label: z.shortName })),
          },
          {
            name: "kind",
            label: t("kind"),
            value: filter.kind ?? "",
            options: facets.kinds.map((k) => ({ value: k, label: t(`kinds.${k}`) })),
          },
          {
            name: "tag",
            label: t("tag"),
            value: filter.tag ?? "",
            options: facets.tags.map((v) => ({ value: v, label: tagLabel(v) })),
          },
          {
            name: "year",
            label: t("year"),
            value: filter.year ? String(filter.year) : "",
            options: facets.years.map((v) => ({ value: String(v), label: String(v) })),
          },
        ]}
      />
      <p className="mt-6 text-sm text-slate-600" role="status">
        {t("count", { count: result.total })}
      </p>
      {result.items.length === 0 ? (
        <p className="mt-4">{tc("noResults")}</p>
      ) : (
        <NewsList locale={locale} items={result.items} headingLevel={2} />
      )}
      <Pagination
        locale={locale}
        page={result.page}
        pages={result.pages}
        hrefFor={(page) => listHref(locale, paths.news, { ...filter, page })}
      />
    </>
  );
}

/** The news list for `query` (the page's query string, or a canonical one from its Q route). */
export async function NewsPage({
  locale,
  query,
}: {
  locale: Locale;
  query: Record<string, string | string[] | undefined>;
}) {
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "news" });
  return (
    <>
      <Breadcrumbs locale={locale} items={[{ label: t("title") }]} />
      <PageHeader title={t("title")} lead={t("lead")}>
        <p className="mt-3 flex gap-4 text-sm">
          <span className="text-slate-600">{t("feeds")}:</span>
          <a href={`/${locale}/feed.xml`} className="text-brand-700 underline">
            {t("rss")}
          </a>
          <a href={`/${locale}/atom.xml`} className="text-brand-700 underline">
            {t("atom")}
          </a>
        </p>
      </PageHeader>
      <Results locale={locale} query={query} />
    </>
  );
}
