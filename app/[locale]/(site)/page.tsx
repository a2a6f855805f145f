import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { getZones } from "@/lib/data/zones";
import { getFigures } from "@/lib/data/figures";
import { listNews } from "@/lib/data/news";
import { formatDate, formatQuantity } from "@/lib/format";
import { langAttr } from "@/components/ui/lang";
import { FigureList } from "@/components/figures/figure-list";
import { NewsList } from "@/components/news/news-list";
import { JsonLd } from "@/components/seo/json-ld";
import { pageMetadata, websiteJsonLd } from "@/lib/seo";
import { paths } from "@/lib/routes";

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "meta" });
  return pageMetadata({ locale, path: "", title: t("siteName"), description: t("description"), absoluteTitle: true });
}

const homeFigures = [
  "china-rok-area-near-term",
  "china-rok-area-long-term",
  "china-rok-projects-over-100m-yuan",
  "changmanou-cumulative-teu",
  "xinglong-cbec-countries",
  "xinglong-trade-value-h1",
];

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const [t, tz, tn, zones, figures, news] = await Promise.all([
    getTranslations({ locale, namespace: "home" }),
    getTranslations({ locale, namespace: "zone" }),
    getTranslations({ locale, namespace: "nav" }),
    getZones(locale),
    getFigures(locale),
    listNews(locale, { page: 1 }),
  ]);
  const picked = homeFigures.flatMap((s) => figures.filter((f) => f.slug === s));
  const ways = [
    { href: paths.spatialLayout(), label: t("waysInLayout") },
    { href: paths.policies, label: t("waysInPolicies") },
    { href: paths.incentives, label: t("waysInIncentives") },
    { href: paths.inquiry, label: t("waysInInquiry") },
  ];

  return (
    <>
      <JsonLd data={await websiteJsonLd(locale)} />
      <section className="-mx-4 -mt-8 bg-gradient-to-b from-brand-50 to-white px-4 pb-10 pt-10">
        <h1 className="max-w-4xl text-3xl font-bold leading-tight text-brand-900 md:text-4xl">{t("title")}</h1>
        <p className="mt-4 max-w-3xl text-lg leading-relaxed text-slate-700">{t("intro")}</p>
        <p className="mt-3 max-w-3xl leading-relaxed text-slate-700">{t("lead")}</p>
        <nav aria-labelledby="ways-in" className="mt-8">
          <h2 id="ways-in" className="text-sm font-semibold uppercase tracking-wide text-slate-600">
            {t("waysIn")}
          </h2>
          <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            {ways.map((w) => (
              <li key={w.href}>
                <Link
                  href={w.href}
                  className="flex h-full items-center justify-between gap-3 rounded-lg border border-brand-100 bg-white px-4 py-4 font-semibold text-brand-800 shadow-sm hover:border-brand-600 hover:bg-brand-50"
                >
                  <span>{w.label}</span>
                  <span aria-hidden="true">→</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </section>

      <section aria-labelledby="zones-heading" className="mt-10">
        <div className="flex items-baseline justify-between gap-4">
          <h2 id="zones-heading" className="text-2xl font-bold text-brand-900">
            {t("zonesHeading")}
          </h2>
          <p className="text-sm text-slate-600">{t("zonesCount", { count: zones.length })}</p>
        </div>
        <ul className="mt-6 grid gap-6 md:grid-cols-2 lg:grid-cols-3" data-testid="zone-list">
          {zones.map((z) => (
            <li
              key={z.slug}
              className="flex flex-col rounded-lg border border-slate-200 p-5 shadow-sm"
              lang={langAttr(locale, z.lang)}
              data-zone={z.slug}
            >
              <p className="text-xs font-semibold uppercase tracking-wide text-accent-600">{tz(`kind.${z.kind}`)}</p>
              <h3 className="mt-2 text-lg font-semibold">
                <Link href={paths.zone(z.slug)} className="text-brand-900 underline-offset-4 hover:underline">
                  {z.name}
                </Link>
              </h3>
              <div className="flex-1">
                <p className="mt-2 line-clamp-5 text-sm leading-relaxed text-slate-700">{z.summary}</p>
              </div>
              <ul className="mt-4 space-y-1 text-sm text-slate-600">
                {z.approvedOn && <li>{t("approved", { date: formatDate(locale, z.approvedOn) })}</li>}
                {z.establishedOn && <li>{t("established", { date: formatDate(locale, z.establishedOn) })}</li>}
                {z.areaNearKm2 !== null && z.areaTotalKm2 !== null && (
                  <li>
                    {t("area", {
                      near: formatQuantity(locale, z.areaNearKm2),
                      total: formatQuantity(locale, z.areaTotalKm2),
                    })}
                  </li>
                )}
              </ul>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="figures-heading" className="mt-12">
        <div className="flex items-baseline justify-between gap-4">
          <h2 id="figures-heading" className="text-2xl font-bold text-brand-900">
            {t("figuresHeading")}
          </h2>
          <Link href={paths.figures()} className="text-sm text-brand-700 underline">
            {tn("figures")} →
          </Link>
        </div>
        <FigureList locale={locale} figures={picked} />
      </section>

      <section aria-labelledby="news-heading" className="mt-12">
        <div className="flex items-baseline justify-between gap-4">
          <h2 id="news-heading" className="text-2xl font-bold text-brand-900">
            {t("newsHeading")}
          </h2>
          <Link href={paths.news} className="text-sm text-brand-700 underline">
            {tn("news")} →
          </Link>
        </div>
        <NewsList locale={locale} items={news.items.slice(0, 3)} />
      </section>
    </>
  );
}
