import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { getLayout } from "@/lib/data/layout";
import { joinList } from "@/lib/format";
import { getZone, getZones } from "@/lib/data/zones";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { FallbackNotice } from "@/components/ui/fallback-notice";
import { SourceNote } from "@/components/ui/source-note";
import { langAttr } from "@/components/ui/lang";
import { LayoutDiagram } from "@/components/layout-diagram/layout-diagram";
import { pageMetadata } from "@/lib/seo";
import { paths } from "@/lib/routes";
import { layoutKinds } from "@/lib/content-model/enums";

export async function generateMetadata({ params }: PageProps<"/[locale]/spatial-layout">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "layout" });
  return pageMetadata({ locale, path: paths.spatialLayout(), title: t("title"), description: t("lead") });
}

export default async function SpatialLayoutPage({ params }: PageProps<"/[locale]/spatial-layout">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const [t, tz, elements, zones, zone, tsite] = await Promise.all([
    getTranslations({ locale, namespace: "layout" }),
    getTranslations({ locale, namespace: "zone" }),
    getLayout(locale),
    getZones(locale),
    getZone(locale, "china-rok-changchun"),
    getTranslations({ locale, namespace: "site" }),
  ]);
  const kindLabels = {
    core: t("kinds.core"),
    wing: t("kinds.wing"),
    park: t("kinds.park"),
    function_area: t("kinds.function_area"),
  };
  const byslug = new Map(elements.map((e) => [e.slug, e]));
  const zoneName = new Map(zones.map((z) => [z.slug, z]));
  const fallbackLang = elements.find((e) => e.fallback)?.lang;
  return (
    <>
      <Breadcrumbs
        locale={locale}
        items={[
          { href: paths.zones, label: tz("indexTitle") },
          ...(zone ? [{ href: "/zones/china-rok-changchun", label: zone.shortName }] : []),
          { label: t("title") },
        ]}
      />
      <PageHeader title={t("title")} lead={t("lead")} />
      {fallbackLang && <FallbackNotice locale={locale} shownIn={fallbackLang} />}

      <p
        className="mt-6 rounded border-l-4 border-brand-600 bg-brand-50 px-4 py-2 text-sm text-slate-800"
        data-testid="schematic-note"
      >
        {tsite("layoutSchematic")}
      </p>
      <figure className="mt-4">
        <LayoutDiagram
          elements={elements}
          title={t("diagramTitle")}
          description={t("diagramDesc")}
          kindLabels={kindLabels}
          westLabel={t("west")}
          eastLabel={t("east")}
        />
        <figcaption className="mt-3 flex flex-wrap items-center gap-x-6 gap-y-2 text-sm text-slate-700">
          <span className="font-semibold">{t("legend")}:</span>
          {layoutKinds.map((k) => (
            <span key={k} className="flex items-center gap-2">
              <span
                aria-hidden="true"
                className={`inline-block h-4 w-4 rounded-sm border border-slate-400 ${
                  { core: "bg-brand-800", wing: "bg-brand-600", park: "bg-brand-100", function_area: "bg-amber-100" }[k]
                }`}
              />
              {kindLabels[k]}
            </span>
          ))}
        </figcaption>
      </figure>

      <section aria-labelledby="layout-table" className="mt-10 overflow-x-auto">
        <h2 id="layout-table" className="text-2xl font-bold text-brand-900">
          {t("tableCaption")}
        </h2>
        <table className="mt-4 w-full border-collapse text-left text-sm">
          <caption className="sr-only">{t("tableCaption")}</caption>
          <thead>
            <tr className="border-b-2 border-brand-800 text-brand-900">
              <th scope="col" className="py-2 pr-4">
                {t("element")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("kind")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("industries")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("anchor")}
              </th>
              <th scope="col" className="py-2">
                {t("parent")}
              </th>
            </tr>
          </thead>
          <tbody>
            {elements.map((e) => (
              <tr key={e.slug} className="border-b border-slate-200 align-top" lang={langAttr(locale, e.lang)}>
                <th scope="row" className="py-3 pr-4 font-semibold">
                  <a href={`#${e.slug}`} className="text-brand-700 underline">
                    {e.name}
                  </a>
                </th>
                <td className="py-3 pr-4">{kindLabels[e.kind]}</td>
                <td className="py-3 pr-4">{joinList(locale, e.industries) || t("none")}</td>
                <td className="py-3 pr-4">{e.anchorFacility || t("none")}</td>
                <td className="py-3">{(e.parent && byslug.get(e.parent)?.name) || t("none")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="mt-12 grid gap-6 md:grid-cols-2">
        {elements.map((e) => (
          <article
            key={e.slug}
            id={e.slug}
            className="scroll-mt-6 rounded-lg border border-slate-200 p-5"
            lang={langAttr(locale, e.lang)}
          >
            <p className="text-xs font-semibold uppercase tracking-wide text-accent-600">{kindLabels[e.kind]}</p>
            <h2 className="mt-1 text-xl font-semibold text-brand-900">{e.name}</h2>
            {e.description && <p className="mt-2 leading-relaxed text-slate-700">{e.description}</p>}
            <dl className="mt-3 space-y-2 text-sm">
              {e.industries.length > 0 && (
                <div>
                  <dt className="font-semibold text-slate-700">{t("industries")}</dt>
                  <dd>{joinList(locale, e.industries)}</dd>
                </div>
              )}
              {e.anchorFacility && (
                <div>
                  <dt className="font-semibold text-slate-700">{t("anchor")}</dt>
                  <dd>{e.anchorFacility}</dd>
                </div>
              )}
            </dl>
            {e.linkedZone && zoneName.get(e.linkedZone) && (
              <p className="mt-3 text-sm">
                <Link href={paths.zone(e.linkedZone)} className="text-brand-700 underline">
                  {t("linkedZone", { name: zoneName.get(e.linkedZone)!.name })}
                </Link>
              </p>
            )}
          </article>
        ))}
      </section>
      {zone?.source && (
        <p className="mt-8 text-sm text-slate-600">
          <SourceNote locale={locale} source={zone.source} />
        </p>
      )}
    </>
  );
}
