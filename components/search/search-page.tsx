import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { parseSearchQuery, searchContent } from "@/lib/data/search";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";
import { pageMetadata } from "@/lib/seo";
import { paths } from "@/lib/routes";

export async function searchMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "search" });
  const tm = await getTranslations({ locale: locale as Locale, namespace: "meta" });
  // Result pages are endless variations of the site's own content: keep them out of search engines. The
  // page still names its canonical and language versions (the sitemap lists them with hreflang).
  return {
    ...(await pageMetadata({
      locale: locale as Locale,
      path: paths.search,
      title: t("title"),
      description: tm("description"),
    })),
    robots: { index: false, follow: true },
  };
}

/** The search page for `query` (the page's query string, or a canonical one from its Q route). */
export async function SearchPage({
  locale,
  query,
}: {
  locale: Locale;
  query: Record<string, string | string[] | undefined>;
}) {
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "search" });

  return (
    <>
      <header className="border-b border-slate-200 pb-6">
        <h1 className="text-3xl font-bold leading-tight text-brand-900 md:text-4xl">{t("title")}</h1>
      </header>
      <SearchBody locale={locale} query={query} />
    </>
  );
}

async function SearchBody({
  locale,
  query: sp,
}: {
  locale: Locale;
  query: Record<string, string | string[] | undefined>;
}) {
  const allLocales = [sp.all].flat().includes("1");
  // No `q` at all: an empty form. An empty or too long `q`: the form with the error, still a 200 page.
  if (sp.q === undefined) return <SearchForm locale={locale} allLocales={allLocales} />;
  const parsed = parseSearchQuery(sp.q);
  if (!parsed.ok)
    return <SearchForm locale={locale} query={parsed.query} allLocales={allLocales} error={parsed.error} />;

  const outcome = await searchContent(locale, parsed.query, { allLocales });
  if (!outcome.ok)
    return <SearchForm locale={locale} query={outcome.query} allLocales={allLocales} error={outcome.error} />;
  return (
    <>
      <SearchForm locale={locale} query={outcome.query} allLocales={allLocales} />
      <SearchResults
        locale={locale}
        query={outcome.query}
        total={outcome.total}
        more={outcome.more}
        results={outcome.results}
      />
    </>
  );
}
