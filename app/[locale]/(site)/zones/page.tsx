import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { getZones } from "@/lib/data/zones";
import { formatDate, formatQuantity } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { langAttr } from "@/components/ui/lang";
import { pageMetadata } from "@/lib/seo";
import { paths } from "@/lib/routes";

export async function generateMetadata({ params }: PageProps<"/[locale]/zones">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "zone" });
  return pageMetadata({ locale, path: paths.zones, title: t("indexTitle"), description: t("indexLead") });
}

export default async function ZonesPage({ params }: PageProps<"/[locale]/zones">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const [t, tc, tu, zones] = await Promise.all([
    getTranslations({ locale, namespace: "zone" }),
    getTranslations({ locale, namespace: "compare" }),
    getTranslations({ locale, namespace: "units" }),
    getZones(locale),
  ]);
  return (
    <>
      <Breadcrumbs locale={locale} items={[{ label: t("indexTitle") }]} />
      <PageHeader title={t("indexTitle")} lead={t("indexLead")}>
        <p className="mt-4">
          <Link href={paths.zoneCompare} className="font-semibold text-brand-700 underline" data-testid="compare-link">
            {tc("indexLink")}
          </Link>
        </p>
      </PageHeader>
      <ul className="mt-8 divide-y divide-slate-200" data-testid="zone-index">
        {zones.map((z) => (
          <li key={z.slug} className="py-6" lang={langAttr(locale, z.lang)}>
            <p className="text-xs font-semibold uppercase tracking-wide text-accent-600">{t(`kind.${z.kind}`)}</p>
            <h2 className="mt-1 text-xl font-semibold">
              <Link href={paths.zone(z.slug)} className="text-brand-800 underline-offset-4 hover:underline">
                {z.name}
              </Link>
            </h2>
            <p className="mt-2 max-w-3xl leading-relaxed text-slate-700">{z.summary}</p>
            {(z.approvedOn || z.areaTotalKm2 !== null) && (
              <dl className="mt-3 flex flex-wrap gap-x-8 gap-y-1 text-sm text-slate-600">
                {z.approvedOn && (
                  <div className="flex gap-2">
                    <dt>{t("approvedOn")}</dt>
                    <dd>{formatDate(locale, z.approvedOn)}</dd>
                  </div>
                )}
                {z.establishedOn && (
                  <div className="flex gap-2">
                    <dt>{t("establishedOn")}</dt>
                    <dd>{formatDate(locale, z.establishedOn)}</dd>
                  </div>
                )}
                {z.areaTotalKm2 !== null && (
                  <div className="flex gap-2">
                    <dt>{t("areaTotal")}</dt>
                    <dd>{t("about", { value: tu("km2", { value: formatQuantity(locale, z.areaTotalKm2) }) })}</dd>
                  </div>
                )}
              </dl>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
