// The glossary as CSV: every published term in Chinese, Korean and English with its definition in the
// locale (or the original, named in its own column) and its link. UTF-8 with BOM so spreadsheet programs
// read Chinese and Korean correctly.
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { isLocale, locales } from "@/i18n/routing";
import { getGlossary } from "@/lib/data/glossary";
import { localeUrl } from "@/lib/seo";
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
  const [t, tl, terms] = await Promise.all([
    getTranslations({ locale, namespace: "glossary" }),
    getTranslations({ locale, namespace: "translation" }),
    getGlossary(locale),
  ]);
  const header = [
    ...locales.map((l) => t(`columns.${l}`)),
    t("columns.definition"),
    t("csvLanguage"),
    t("csvLink"),
    "id",
  ];
  const rows = terms.map((g) => [
    ...locales.map((l) => g.terms[l] ?? ""),
    g.definition?.text ?? "",
    g.definition ? tl(`languageName.${g.definition.lang}`) : "",
    `${localeUrl(locale, "/glossary")}#${g.slug}`,
    g.slug,
  ]);
  const csv = toCsv([header, ...rows]);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="glossary-${locale}.csv"`,
    },
  });
}
