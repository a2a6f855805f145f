// The press fact sheet: every key figure with its source, as CSV (UTF-8 with BOM so spreadsheet programs
// read Chinese and Korean correctly; lib/csv.ts defuses cells a spreadsheet would run as formulas).
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { isLocale, locales } from "@/i18n/routing";
import { getFigures } from "@/lib/data/figures";
import { formatDate } from "@/lib/format";
import { siteUrl } from "@/lib/env";
import { formatFigure } from "@/components/figures/figure-value";
import { toCsv } from "@/lib/csv";

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function GET(_req: Request, { params }: { params: Promise<{ locale: string }> }) {
  // Rendered per request (the data underneath stays cached by tag). Prerendered once, a route handler
  // would be regenerated in the background after an admin change expired its tags, and that render
  // fails ("Date.now() in a static route") — a 500 instead of the fresh file.
  await connection();
  const { locale } = await params;
  if (!isLocale(locale)) return new Response("Not found", { status: 404 });
  const [t, tc, figures] = await Promise.all([
    getTranslations({ locale, namespace: "figures" }),
    getTranslations({ locale, namespace: "common" }),
    getFigures(locale),
  ]);
  const header = [t("figure"), t("value"), t("asOf"), t("source"), tc("source") + " URL", "id"];
  const rows = await Promise.all(
    figures.map(async (f) => [
      f.label,
      await formatFigure(locale, f),
      f.asOf ? formatDate(locale, f.asOf) : f.period,
      f.source ? `${f.source.title} (${f.source.publisher || tc("sourceNotNamed")})` : "",
      f.source ? `${siteUrl()}/${locale}/${f.source.type === "news" ? "news" : "policies"}/${f.source.slug}` : "",
      f.slug,
    ]),
  );
  const csv = toCsv([header, ...rows]);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="key-figures-${locale}.csv"`,
    },
  });
}
