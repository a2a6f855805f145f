import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { KeyFigureView } from "@/lib/data/figures";
import { formatDate } from "@/lib/format";
import { SourceNote } from "@/components/ui/source-note";
import { langAttr } from "@/components/ui/lang";
import { formatFigure } from "./figure-value";

/** Figures as cards: value, label, date or period, source. */
export async function FigureList({ locale, figures }: { locale: Locale; figures: KeyFigureView[] }) {
  const t = await getTranslations({ locale, namespace: "common" });
  const values = await Promise.all(figures.map((f) => formatFigure(locale, f)));
  return (
    <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {figures.map((f, i) => (
        <li
          key={f.slug}
          id={f.slug}
          className="flex flex-col rounded-lg border border-slate-200 p-4"
          lang={langAttr(locale, f.lang)}
        >
          <p className="text-2xl font-bold text-brand-800">{values[i]}</p>
          <p className="mt-1 text-slate-800">{f.label}</p>
          <p className="mt-1 text-sm text-slate-600">
            {f.asOf ? t("asOf", { date: formatDate(locale, f.asOf) }) : f.period}
          </p>
          {f.source && (
            <p className="mt-auto pt-3">
              <SourceNote locale={locale} source={f.source} className="text-xs text-slate-600" />
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
