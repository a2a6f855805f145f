import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { htmlLang, type Locale } from "@/i18n/routing";
import { getZones } from "@/lib/data/zones";

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const { locale: raw } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const [t, tz, zones, format] = await Promise.all([
    getTranslations({ locale, namespace: "home" }),
    getTranslations({ locale, namespace: "zone" }),
    getZones(locale),
    getFormatter({ locale }),
  ]);
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });

  return (
    <>
      <section className="border-b border-slate-200 pb-8">
        <h1 className="text-3xl font-bold leading-tight text-brand-900 md:text-4xl">{t("title")}</h1>
        <p className="mt-4 max-w-3xl text-lg leading-relaxed text-slate-700">{t("lead")}</p>
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
              lang={z.fallback ? htmlLang[z.lang] : undefined}
              data-zone={z.slug}
            >
              <p className="text-xs font-semibold uppercase tracking-wide text-accent-600">{tz(`kind.${z.kind}`)}</p>
              <h3 className="mt-2 text-lg font-semibold text-brand-900">{z.name}</h3>
              <p className="mt-2 flex-1 text-sm leading-relaxed text-slate-700">{z.summary}</p>
              <ul className="mt-4 space-y-1 text-sm text-slate-600">
                {z.approvedOn && <li>{t("approved", { date: day(z.approvedOn) })}</li>}
                {z.establishedOn && <li>{t("established", { date: day(z.establishedOn) })}</li>}
                {z.areaNearKm2 !== null && z.areaTotalKm2 !== null && (
                  <li>{t("area", { near: format.number(z.areaNearKm2), total: format.number(z.areaTotalKm2) })}</li>
                )}
              </ul>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
