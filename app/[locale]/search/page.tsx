import { Suspense } from "react";
import type { Metadata } from "next";
import { govMetaTags } from "@/lib/site-identity";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { parseSearchQuery, searchContent } from "@/lib/data/search";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";

export async function generateMetadata({ params }: PageProps<"/[locale]/search">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "search" });
  // Result pages are endless variations of the site's own content: keep them out of search engines.
  return { title: t("title"), robots: { index: false, follow: true }, other: await govMetaTags(locale as Locale, "/search") };
}

export default async function SearchPage({ params, searchParams }: PageProps<"/[locale]/search">) {
  const { locale: raw } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "search" });

  return (
    <>
      <header className="border-b border-slate-200 pb-6">
        <h1 className="text-3xl font-bold leading-tight text-brand-900 md:text-4xl">{t("title")}</h1>
      </header>
      {/* The query is in the URL, so everything below the heading is rendered per request. */}
      <Suspense
        fallback={
          <>
            <SearchForm locale={locale} />
            <p className="mt-8 text-slate-600" role="status">
              {t("loading")}
            </p>
          </>
        }
      >
        <SearchBody locale={locale} searchParams={searchParams} />
      </Suspense>
    </>
  );
}

async function SearchBody({
  locale,
  searchParams,
}: {
  locale: Locale;
  searchParams: PageProps<"/[locale]/search">["searchParams"];
}) {
  const sp = await searchParams;
  const allLocales = [sp.all].flat().includes("1");
  // No `q` at all: an empty form. An empty or too long `q`: the form with the error, still a 200 page.
  if (sp.q === undefined) return <SearchForm locale={locale} allLocales={allLocales} />;
  const parsed = parseSearchQuery(sp.q);
  if (!parsed.ok) return <SearchForm locale={locale} query={parsed.query} allLocales={allLocales} error={parsed.error} />;

  const outcome = await searchContent(locale, parsed.query, { allLocales });
  if (!outcome.ok) return <SearchForm locale={locale} query={outcome.query} allLocales={allLocales} error={outcome.error} />;
  return (
    <>
      <SearchForm locale={locale} query={outcome.query} allLocales={allLocales} />
      <SearchResults locale={locale} query={outcome.query} total={outcome.total} results={outcome.results} />
    </>
  );
}
