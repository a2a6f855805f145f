// The list of search hits: each labelled with its type (and its language when that differs from the
// page), linked, with the matches in <mark>. Highlighting comes as text segments from the data layer,
// so nothing here renders HTML from the database.
import { Fragment } from "react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { htmlLang, type Locale } from "@/i18n/routing";
import type { SearchResult, Segment } from "@/lib/data/search";

function Highlighted({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.hit ? (
          <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-inherit">
            {s.text}
          </mark>
        ) : (
          <Fragment key={i}>{s.text}</Fragment>
        ),
      )}
    </>
  );
}

export async function SearchResults({
  locale,
  query,
  total,
  more,
  results,
}: {
  locale: Locale;
  query: string;
  total: number;
  /** More items match than were ranked: `total` is a lower bound. */
  more: boolean;
  results: SearchResult[];
}) {
  const [t, tp, tn] = await Promise.all([
    getTranslations({ locale, namespace: "search" }),
    getTranslations({ locale, namespace: "policies" }),
    getTranslations({ locale, namespace: "nav" }),
  ]);
  const lang = (l: Locale) => (l === locale ? undefined : htmlLang[l]);
  return (
    <section aria-labelledby="search-results-heading" className="mt-8">
      <h2 id="search-results-heading" className="text-xl font-bold text-brand-900">
        {more ? t("resultsMore", { count: total, query }) : t("results", { count: total, query })}
      </h2>
      {total > results.length && (
        <p className="mt-1 text-sm text-slate-600">{t("truncated", { shown: results.length })}</p>
      )}
      {results.length > 0 && (
        <ol className="mt-6 space-y-4" data-testid="search-results">
          {results.map((r) => (
            <li
              key={`${r.type}:${r.href}:${r.lang}`}
              className="rounded-lg border border-slate-200 p-4 shadow-sm"
              data-type={r.type}
              data-lang={r.lang}
            >
              <p className="text-xs font-semibold uppercase tracking-wide text-accent-600">
                {t(`types.${r.type}`)}
                {r.lang !== locale && (
                  <span className="font-normal normal-case text-slate-600">
                    {" · "}
                    <span lang={htmlLang[r.lang]}>{tn(`languageNames.${r.lang}`)}</span>
                  </span>
                )}
              </p>
              <h3 className="mt-1 text-lg font-semibold leading-snug">
                {/* A hit in another language links to the page in that language, where the match is. */}
                <Link
                  href={r.href}
                  locale={r.lang}
                  hrefLang={r.lang === locale ? undefined : htmlLang[r.lang]}
                  lang={lang(r.lang)}
                  className="text-brand-900 underline-offset-4 hover:underline"
                >
                  <Highlighted segments={r.titleSegments} />
                </Link>
              </h3>
              {r.article && (
                <p className="mt-1 text-sm text-slate-600">
                  <span lang={lang(r.lang)}>{r.article.policyTitle}</span>
                  {" · "}
                  {tp("article", { number: r.article.number })}
                </p>
              )}
              {r.snippet.length > 0 && (
                <p className="mt-2 text-sm leading-relaxed text-slate-700" lang={lang(r.lang)}>
                  {r.clipped.start && "…"}
                  <Highlighted segments={r.snippet} />
                  {r.clipped.end && "…"}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
