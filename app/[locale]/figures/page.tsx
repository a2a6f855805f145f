import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { getFigures, type KeyFigureView } from "@/lib/data/figures";
import { getZones } from "@/lib/data/zones";
import { absoluteValue, formatDate } from "@/lib/format";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { SourceNote } from "@/components/ui/source-note";
import { langAttr } from "@/components/ui/lang";
import { BarChart } from "@/components/figures/bar-chart";
import { formatFigure } from "@/components/figures/figure-value";
import { pageMetadata } from "@/lib/seo";

export async function generateMetadata({ params }: PageProps<"/[locale]/figures">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "figures" });
  return pageMetadata({ locale, path: "/figures", title: t("title"), description: t("lead") });
}

/** Charts: figures of one unit that belong together. */
const charts = [
  { id: "chart-area", title: "chartAreaTitle", slugs: ["china-rok-area-near-term", "china-rok-area-long-term"] },
  { id: "chart-train", title: "chartTrainTitle", slugs: ["changmanou-cumulative-teu", "changmanou-h1-2017-teu"] },
] as const;

export default async function FiguresPage({ params }: PageProps<"/[locale]/figures">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const [t, tc, figures, zones] = await Promise.all([
    getTranslations({ locale, namespace: "figures" }),
    getTranslations({ locale, namespace: "common" }),
    getFigures(locale),
    getZones(locale),
  ]);
  const display = new Map(
    await Promise.all(figures.map(async (f) => [f.slug, await formatFigure(locale, f)] as const)),
  );
  const bySlug = new Map(figures.map((f) => [f.slug, f]));
  const when = (f: KeyFigureView) => (f.asOf ? formatDate(locale, f.asOf) : f.period);
  const groups = [
    ...zones.map((z) => ({
      key: z.slug,
      title: z.name,
      lang: langAttr(locale, z.lang),
      items: figures.filter((f) => f.zone === z.slug),
    })),
    { key: "general", title: t("general"), lang: undefined, items: figures.filter((f) => f.zone === null) },
  ].filter((g) => g.items.length > 0);

  return (
    <>
      <Breadcrumbs locale={locale} items={[{ label: t("title") }]} />
      <PageHeader title={t("title")} lead={t("lead")} />

      <section aria-labelledby="charts" className="mt-10">
        <h2 id="charts" className="text-2xl font-bold text-brand-900">
          {t("chartsHeading")}
        </h2>
        <div className="mt-4 grid gap-8">
          {charts.map((c) => {
            const items = c.slugs.map((s) => bySlug.get(s)).filter((f): f is KeyFigureView => Boolean(f));
            if (items.length === 0) return null;
            return (
              <figure key={c.id} className="rounded-lg border border-slate-200 p-4">
                <figcaption className="font-semibold text-brand-900">{t(c.title)}</figcaption>
                <BarChart
                  id={c.id}
                  title={t(c.title)}
                  // The chart title names the series; bars show what follows "Series: " in the label.
                  bars={items.map((f) => ({
                    label: f.label.replace(/^[^:：]+[:：]\s*/, ""),
                    value: absoluteValue(f.value, f.unit),
                    display: display.get(f.slug)!,
                    lang: langAttr(locale, f.lang),
                  }))}
                />
                <table className="mt-3 w-full text-left text-sm">
                  <caption className="sr-only">{t(c.title)}</caption>
                  <thead>
                    <tr className="border-b border-slate-300">
                      <th scope="col" className="py-1 pr-3">
                        {t("figure")}
                      </th>
                      <th scope="col" className="py-1 pr-3">
                        {t("value")}
                      </th>
                      <th scope="col" className="py-1">
                        {t("asOf")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((f) => (
                      <tr key={f.slug} className="border-b border-slate-100" lang={langAttr(locale, f.lang)}>
                        <th scope="row" className="py-1 pr-3 font-normal">
                          {f.label}
                        </th>
                        <td className="py-1 pr-3 font-semibold">{display.get(f.slug)}</td>
                        <td className="py-1">{when(f)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {items[0]!.source && (
                  <SourceNote locale={locale} source={items[0]!.source} className="mt-2 block text-xs text-slate-600" />
                )}
              </figure>
            );
          })}
        </div>
      </section>

      <section aria-labelledby="all-figures" className="mt-12">
        <h2 id="all-figures" className="text-2xl font-bold text-brand-900">
          {t("tableHeading")}
        </h2>
        {groups.map((g) => (
          <div key={g.key} className="mt-6 overflow-x-auto">
            <table className="w-full border-collapse text-left text-sm" data-testid={`figures-${g.key}`}>
              <caption className="pb-2 text-left text-lg font-semibold text-brand-800" lang={g.lang}>
                {g.title}
              </caption>
              <thead>
                <tr className="border-b-2 border-brand-800">
                  <th scope="col" className="py-2 pr-4">
                    {t("figure")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("value")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("asOf")}
                  </th>
                  <th scope="col" className="py-2">
                    {t("source")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {g.items.map((f) => (
                  <tr
                    key={f.slug}
                    id={f.slug}
                    className="border-b border-slate-200 align-top"
                    lang={langAttr(locale, f.lang)}
                  >
                    <th scope="row" className="py-2 pr-4 font-normal">
                      {f.label}
                      {f.note && <span className="mt-1 block text-xs text-slate-600">{f.note}</span>}
                    </th>
                    <td className="whitespace-nowrap py-2 pr-4 font-semibold text-brand-900">{display.get(f.slug)}</td>
                    <td className="py-2 pr-4">
                      {f.asOf ? tc("asOf", { date: formatDate(locale, f.asOf) }) : f.period}
                    </td>
                    <td className="py-2">
                      {f.source && <SourceNote locale={locale} source={f.source} className="text-xs text-slate-700" />}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      </section>
    </>
  );
}
