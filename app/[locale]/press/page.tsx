import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { getAllNews } from "@/lib/data/news";
import { getFigures } from "@/lib/data/figures";
import { listPolicies } from "@/lib/data/policies";
import { formatDate } from "@/lib/format";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { langAttr } from "@/components/ui/lang";
import { NewsList } from "@/components/news/news-list";
import { FigureList } from "@/components/figures/figure-list";
import { pageMetadata } from "@/lib/seo";

export async function generateMetadata({ params }: PageProps<"/[locale]/press">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "press" });
  return pageMetadata({ locale, path: "/press", title: t("title"), description: t("lead") });
}

export default async function PressPage({ params }: PageProps<"/[locale]/press">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const [t, tc, tn, tg, news, figures, policies] = await Promise.all([
    getTranslations({ locale, namespace: "press" }),
    getTranslations({ locale, namespace: "common" }),
    getTranslations({ locale, namespace: "news" }),
    getTranslations({ locale, namespace: "glossary" }),
    getAllNews(locale),
    getFigures(locale),
    listPolicies(locale),
  ]);
  const releases = news.filter((n) => n.kind === "press_release" || n.kind === "briefing");
  return (
    <>
      <Breadcrumbs locale={locale} items={[{ label: t("title") }]} />
      <PageHeader title={t("title")} lead={t("lead")} />
      <div className="mt-8 grid gap-10 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <section aria-labelledby="releases">
            <h2 id="releases" className="text-2xl font-bold text-brand-900">
              {t("releases")}
            </h2>
            {releases.length ? (
              <NewsList locale={locale} items={releases} />
            ) : (
              <p className="mt-3">{tc("noResults")}</p>
            )}
          </section>
          <section aria-labelledby="factsheet" className="mt-10">
            <h2 id="factsheet" className="text-2xl font-bold text-brand-900">
              {t("factSheet")}
            </h2>
            <p className="mt-2 text-slate-700">{t("factSheetLead")}</p>
            <p className="mt-3">
              <a
                href={`/${locale}/press/fact-sheet.csv`}
                download
                className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
              >
                {t("downloadCsv")}
              </a>
            </p>
            <FigureList locale={locale} figures={figures.slice(0, 6)} />
            <p className="mt-4">
              <Link href="/figures" className="text-brand-700 underline">
                {tc("viewAll")}
              </Link>
            </p>
          </section>
        </div>
        <aside className="space-y-8">
          <section aria-labelledby="contacts" className="rounded-lg border border-slate-200 bg-slate-50 p-5">
            <h2 id="contacts" className="text-lg font-bold text-brand-900">
              {t("contacts")}
            </h2>
            <p className="mt-2 text-sm leading-relaxed text-slate-700">{t("contactsBody")}</p>
          </section>
          <section aria-labelledby="glossary" className="rounded-lg border border-slate-200 bg-slate-50 p-5">
            <h2 id="glossary" className="text-lg font-bold text-brand-900">
              {tg("title")}
            </h2>
            <p className="mt-2 text-sm leading-relaxed text-slate-700">{tg("pressLead")}</p>
            <p className="mt-3 text-sm">
              <Link href="/glossary" className="font-semibold text-brand-700 underline">
                {tg("pressLink")}
              </Link>
            </p>
          </section>
          <section aria-labelledby="sources">
            <h2 id="sources" className="text-lg font-bold text-brand-900">
              {t("sourcesHeading")}
            </h2>
            <ul className="mt-3 space-y-3 text-sm">
              {policies.map((p) => (
                <li key={p.slug} lang={langAttr(locale, p.lang)}>
                  <Link href={`/policies/${p.slug}`} className="text-brand-700 underline">
                    {p.title}
                  </Link>
                  <span className="block text-slate-600">
                    {p.issuer}, {formatDate(locale, p.issuedOn)}
                  </span>
                </li>
              ))}
              {news.map((n) => (
                <li key={n.slug} lang={langAttr(locale, n.lang)}>
                  <Link href={`/news/${n.slug}`} className="text-brand-700 underline">
                    {n.title}
                  </Link>
                  <span className="block text-slate-600">
                    {n.sourceName || tc("sourceNotNamed")}
                    {", "}
                    {n.publishedOn ? formatDate(locale, n.publishedOn) : tc("dateNotStated")}
                    {" · "}
                    {tn(`kinds.${n.kind}`)}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        </aside>
      </div>
    </>
  );
}
