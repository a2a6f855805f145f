// The zone comparison: the picker (a plain GET form, so it works without JavaScript) and, for two to four
// chosen zones, one table of their sourced facts. Every value carries a numbered reference to its source,
// listed under the table. Rendered by /zones/compare (picker only, static) and /zones/compare/<a~b>
// (proxy.ts rewrites the form's ?z=a&z=b there, so the table is in the HTML, not streamed).
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { getZone, getZones, type ZoneProfile, type ZoneSummary } from "@/lib/data/zones";
import { getFigures, type KeyFigureView } from "@/lib/data/figures";
import { findIncentives, listPolicies } from "@/lib/data/policies";
import type { SourceRef } from "@/lib/data/sources";
import { MAX_COMPARED_ZONES } from "@/lib/validation/filters";
import { formatDate, formatQuantity, joinList } from "@/lib/format";
import { formatFigure } from "@/components/figures/figure-value";
import { SourceNote } from "@/components/ui/source-note";
import { Markdown } from "@/components/ui/markdown";
import { PrintButton } from "@/components/ui/print-button";
import { langAttr } from "@/components/ui/lang";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { paths } from "@/lib/routes";

/** Breadcrumbs and heading of both comparison pages. */
export async function CompareFrame({ locale, children }: { locale: Locale; children: ReactNode }) {
  const [t, tz] = await Promise.all([
    getTranslations({ locale, namespace: "compare" }),
    getTranslations({ locale, namespace: "zone" }),
  ]);
  return (
    <>
      <Breadcrumbs locale={locale} items={[{ href: paths.zones, label: tz("indexTitle") }, { label: t("title") }]} />
      <PageHeader title={t("title")} lead={t("lead")} />
      {children}
    </>
  );
}

/** Numbers the sources in the order the table cites them; each source once. */
class References {
  readonly list: SourceRef[] = [];
  ref(source: SourceRef | null): number | null {
    if (!source) return null;
    const i = this.list.findIndex((s) => s.type === source.type && s.slug === source.slug);
    if (i >= 0) return i + 1;
    this.list.push(source);
    return this.list.length;
  }
}

export async function ZoneComparison({
  locale,
  picked,
}: {
  locale: Locale;
  picked: { zones: string[]; tooMany: boolean };
}) {
  const [t, tz, tu, all] = await Promise.all([
    getTranslations({ locale, namespace: "compare" }),
    getTranslations({ locale, namespace: "zone" }),
    getTranslations({ locale, namespace: "units" }),
    getZones(locale),
  ]);
  const known = new Set(all.map((z) => z.slug));
  const slugs = picked.zones.filter((s) => known.has(s));
  const zones = (await Promise.all(slugs.map((s) => getZone(locale, s)))).filter((z): z is ZoneProfile => z !== null);
  const ready = zones.length >= 2 && !picked.tooMany;
  const details = ready
    ? await Promise.all(
        zones.map(async (z) => {
          const [figures, policies, incentives] = await Promise.all([
            getFigures(locale, z.slug),
            listPolicies(locale, { zone: z.slug }),
            findIncentives(locale, { zone: z.slug }),
          ]);
          return {
            figures: await Promise.all(figures.map(async (f) => ({ ...f, text: await formatFigure(locale, f) }))),
            policies: policies.length,
            incentives: incentives.length,
          };
        }),
      )
    : [];

  const refs = new References();
  const cite = (source: SourceRef | null) => {
    const n = refs.ref(source);
    return n === null ? (
      <span className="ml-1 text-xs text-slate-600">({t("noSource")})</span>
    ) : (
      <sup className="ml-1">
        <a href={`#source-${n}`} className="text-brand-700 underline" aria-label={t("sourceRef", { n })}>
          [{n}]
        </a>
      </sup>
    );
  };
  const km2 = (v: number) => tz("about", { value: tu("km2", { value: formatQuantity(locale, v) }) });
  const dash = <span aria-label={t("notStated")}>—</span>;
  const row = (label: string, cell: (z: ZoneProfile, i: number) => ReactNode) => (
    <tr className="border-t border-slate-200 align-top">
      <th scope="row" className="bg-slate-50 px-3 py-2 text-left font-semibold text-slate-700">
        {label}
      </th>
      {zones.map((z, i) => (
        <td key={z.slug} className="px-3 py-2" lang={langAttr(locale, z.lang)}>
          {cell(z, i)}
        </td>
      ))}
    </tr>
  );
  const sourced = (z: ZoneProfile, value: ReactNode | null | false) =>
    value ? (
      <>
        {value}
        {cite(z.source)}
      </>
    ) : (
      dash
    );

  return (
    <>
      <ZonePicker locale={locale} zones={all} selected={slugs} />

      {picked.tooMany ? (
        <p role="alert" className="mt-6 rounded border-l-4 border-amber-500 bg-amber-50 px-4 py-2 text-amber-900">
          {t("tooMany", { max: MAX_COMPARED_ZONES })}
        </p>
      ) : !ready ? (
        <p className="mt-6 text-slate-700" data-testid="compare-empty">
          {t("needTwo")}
        </p>
      ) : (
        <section aria-labelledby="compare-heading" className="mt-8">
          <div className="flex flex-wrap items-baseline justify-between gap-4">
            <h2 id="compare-heading" className="text-2xl font-bold text-brand-900">
              {t("tableHeading")}
            </h2>
            <span className="no-print">
              <PrintButton label={t("print")} />
            </span>
          </div>
          <div className="mt-4 overflow-x-auto" role="region" aria-label={t("caption")} tabIndex={0}>
            <table className="compare-table w-full min-w-[40rem] border-collapse text-sm" data-testid="compare-table">
              <caption className="sr-only">{t("caption")}</caption>
              <thead>
                <tr>
                  <td className="w-40" />
                  {zones.map((z) => (
                    <th
                      key={z.slug}
                      scope="col"
                      className="px-3 py-2 text-left align-bottom text-base font-bold text-brand-900"
                      lang={langAttr(locale, z.lang)}
                    >
                      <Link href={paths.zone(z.slug)} className="underline-offset-4 hover:underline">
                        {z.name}
                      </Link>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {row(t("kind"), (z) => tz(`kind.${z.kind}`))}
                {row(tz("areaNear"), (z) => sourced(z, z.areaNearKm2 !== null && km2(z.areaNearKm2)))}
                {row(tz("areaTotal"), (z) => sourced(z, z.areaTotalKm2 !== null && km2(z.areaTotalKm2)))}
                {row(tz("approvedOn"), (z) => sourced(z, z.approvedOn && formatDate(locale, z.approvedOn)))}
                {row(tz("establishedOn"), (z) => sourced(z, z.establishedOn && formatDate(locale, z.establishedOn)))}
                {row(tz("positioning"), (z) =>
                  sourced(z, z.positioning && <Markdown className="prose-portal text-sm">{z.positioning}</Markdown>),
                )}
                {row(tz("industries"), (z) => sourced(z, z.industries.length > 0 && joinList(locale, z.industries)))}
                {row(t("parks"), (z) => (
                  <ParkList locale={locale} zone={z} empty={dash} />
                ))}
                {row(tz("figures"), (_z, i) => (
                  <FigureCell locale={locale} figures={details[i]!.figures} cite={cite} empty={dash} />
                ))}
                {row(t("policies"), (z, i) => (
                  <Link href={{ pathname: "/policies", query: { zone: z.slug } }} className="text-brand-700 underline">
                    {t("policyCount", { count: details[i]!.policies })}
                  </Link>
                ))}
                {row(t("incentives"), (z, i) => (
                  <Link
                    href={{ pathname: "/incentives", query: { zone: z.slug } }}
                    className="text-brand-700 underline"
                  >
                    {t("incentiveCount", { count: details[i]!.incentives })}
                  </Link>
                ))}
              </tbody>
            </table>
          </div>
          <p className="mt-2 text-xs text-slate-600">{t("countsNote")}</p>
          <h3 className="mt-6 text-lg font-bold text-brand-900">{t("sources")}</h3>
          <ol className="mt-2 space-y-1 text-sm" data-testid="compare-sources">
            {refs.list.map((s, i) => (
              <li key={`${s.type}-${s.slug}`} id={`source-${i + 1}`}>
                [{i + 1}] <SourceNote locale={locale} source={s} />
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}

/** Which zones to compare: a plain GET form (works without JavaScript). */
async function ZonePicker({ locale, zones, selected }: { locale: Locale; zones: ZoneSummary[]; selected: string[] }) {
  const t = await getTranslations({ locale, namespace: "compare" });
  const all = zones;
  const slugs = selected;
  return (
    <form
      method="get"
      className="no-print mt-6 rounded-lg border border-slate-200 bg-slate-50 p-4"
      data-testid="compare-picker"
    >
      <fieldset>
        <legend className="font-semibold text-brand-900">{t("pick", { max: MAX_COMPARED_ZONES })}</legend>
        <ul className="mt-3 grid gap-2 sm:grid-cols-2">
          {all.map((z) => (
            <li key={z.slug}>
              <label className="flex items-start gap-2" lang={langAttr(locale, z.lang)}>
                <input
                  type="checkbox"
                  name="z"
                  value={z.slug}
                  defaultChecked={slugs.includes(z.slug)}
                  className="mt-1 h-4 w-4"
                />
                <span>{z.name}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <button type="submit" className="mt-4 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        {t("submit")}
      </button>
    </form>
  );
}

/** The parks that are part of a zone, linked. */
function ParkList({ locale, zone, empty }: { locale: Locale; zone: ZoneProfile; empty: ReactNode }) {
  const parks = zone.relations.filter((r) => r.kind === "part_of" && r.direction === "from");
  if (parks.length === 0) return empty;
  return (
    <ul className="space-y-1">
      {parks.map((p) => (
        <li key={p.slug} lang={langAttr(locale, p.lang)}>
          <Link href={paths.zone(p.slug)} className="text-brand-700 underline">
            {p.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** A zone's key figures, each with its date or period and its numbered source. */
function FigureCell({
  locale,
  figures,
  cite,
  empty,
}: {
  locale: Locale;
  figures: (KeyFigureView & { text: string })[];
  cite: (source: SourceRef | null) => ReactNode;
  empty: ReactNode;
}) {
  if (figures.length === 0) return empty;
  return (
    <ul className="space-y-2">
      {figures.map((f) => (
        <li key={f.slug} lang={langAttr(locale, f.lang)}>
          <span className="text-slate-600">{f.label}:</span> <span className="font-semibold">{f.text}</span>
          {(f.asOf || f.period) && (
            <span className="text-slate-600"> ({f.asOf ? formatDate(locale, f.asOf) : f.period})</span>
          )}
          {cite(f.source)}
        </li>
      ))}
    </ul>
  );
}
