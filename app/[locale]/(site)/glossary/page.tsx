// The glossary: the portal's fixed Chinese, Korean and English renderings of names and terms, with a
// definition in the page's language (or the original, marked). Each row is linkable as #<slug>.
//
// Wide screens get an ordinary table. Below `md` the rows become stacked cards (every cell shows its
// column name, the header row is visually hidden); since changing `display` on table elements makes
// some browsers (Safari) drop table semantics, the elements also carry their table roles explicitly.
/* eslint-disable jsx-a11y/no-redundant-roles, jsx-a11y/no-interactive-element-to-noninteractive-role -- the explicit table roles above */
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { htmlLang, locales, type Locale } from "@/i18n/routing";
import { getGlossary } from "@/lib/data/glossary";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { pageMetadata } from "@/lib/seo";
import { localized, paths } from "@/lib/routes";

export async function generateMetadata({ params }: PageProps<"/[locale]/glossary">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "glossary" });
  return pageMetadata({ locale, path: paths.glossary(), title: t("title"), description: t("lead") });
}

const columnWidth: Record<Locale, string> = { zh: "md:w-[17%]", ko: "md:w-[19%]", en: "md:w-[23%]" };

export default async function GlossaryPage({ params }: PageProps<"/[locale]/glossary">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const [t, tl, terms] = await Promise.all([
    getTranslations({ locale, namespace: "glossary" }),
    getTranslations({ locale, namespace: "translation" }),
    getGlossary(locale),
  ]);
  const pageLang = htmlLang[locale];
  // The Korean page's `word-break: keep-all` (globals.css) is inherited by Chinese text too, where it would
  // only break lines at punctuation: Chinese and English cells break normally.
  const breaks = (l: Locale) => (l === "ko" ? "" : "[word-break:normal]");
  /** A column's name repeated inside each cell, shown only on small screens (the header is read out anyway). */
  const cellLabel = (text: string) => (
    <span aria-hidden="true" lang={pageLang} className="text-xs font-semibold text-slate-600 md:hidden">
      {text}
    </span>
  );

  return (
    <>
      <Breadcrumbs locale={locale} items={[{ label: t("title") }]} />
      <PageHeader title={t("title")} lead={t("lead")}>
        <p className="mt-4">
          <a
            href={localized(locale, paths.glossaryCsv)}
            download
            className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            {t("downloadCsv")}
          </a>
        </p>
      </PageHeader>

      <table role="table" className="mt-8 w-full border-collapse text-left max-md:block" data-testid="glossary">
        <caption className="pb-3 text-left text-sm text-slate-700 max-md:block">
          {t("caption", { count: terms.length })}
        </caption>
        <thead role="rowgroup" className="max-md:sr-only">
          <tr role="row" className="border-b-2 border-brand-800">
            {locales.map((l) => (
              <th key={l} role="columnheader" scope="col" className={`py-2 pr-4 ${columnWidth[l]}`}>
                {t(`columns.${l}`)}
              </th>
            ))}
            <th role="columnheader" scope="col" className="py-2">
              {t("columns.definition")}
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup" className="max-md:block max-md:space-y-3">
          {terms.map((g) => (
            <tr
              key={g.slug}
              id={g.slug}
              role="row"
              className="scroll-mt-4 border-b border-slate-200 align-top target:bg-amber-50 max-md:block max-md:rounded-lg max-md:border max-md:border-slate-300 max-md:p-3"
            >
              {locales.map((l) => {
                const term = g.terms[l];
                const Cell = l === locale ? "th" : "td";
                return (
                  <Cell
                    key={l}
                    role={l === locale ? "rowheader" : "cell"}
                    scope={l === locale ? "row" : undefined}
                    lang={term ? htmlLang[l] : undefined}
                    className={`py-2 pr-4 text-base [overflow-wrap:anywhere] max-md:grid max-md:grid-cols-[5.5rem_1fr] max-md:gap-x-3 max-md:py-1 max-md:pr-0 ${breaks(l)} ${
                      l === locale ? "font-semibold text-brand-900" : "font-normal"
                    }`}
                  >
                    {cellLabel(t(`columns.${l}`))}
                    <span>
                      {term && l === locale ? (
                        // The row's own address (#slug), for linking to a term.
                        <a
                          href={`#${g.slug}`}
                          className="text-brand-900 underline decoration-slate-300 underline-offset-4 hover:decoration-brand-700"
                        >
                          {term}
                        </a>
                      ) : (
                        (term ?? (
                          <>
                            <span aria-hidden="true">—</span>
                            <span className="sr-only" lang={pageLang}>
                              {t("missing")}
                            </span>
                          </>
                        ))
                      )}
                    </span>
                  </Cell>
                );
              })}
              <td
                role="cell"
                lang={g.definition ? htmlLang[g.definition.lang] : undefined}
                className={`py-2 text-sm leading-relaxed text-slate-800 max-md:block max-md:pt-2 ${breaks(g.definition?.lang ?? locale)}`}
              >
                {cellLabel(t("columns.definition"))}
                {g.definition ? (
                  <>
                    <span className="max-md:block">{g.definition.text}</span>
                    {g.definition.fallback && (
                      <span
                        lang={pageLang}
                        className="mt-1 block text-xs text-amber-900"
                        data-testid="glossary-fallback"
                      >
                        {t("fallbackMarker", { language: tl(`languageName.${g.definition.lang}`) })}
                      </span>
                    )}
                  </>
                ) : (
                  <>
                    <span aria-hidden="true" className="max-md:block">
                      —
                    </span>
                    <span className="sr-only" lang={pageLang}>
                      {t("noDefinition")}
                    </span>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
