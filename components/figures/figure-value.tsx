import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { absoluteValue, formatQuantity } from "@/lib/format";

// Qualifiers that follow the number in CJK ("50以上", "50개 이상"); all others precede it.
const trailing = new Set(["以上", "이상", "余", "多"]);

/** A figure as the locale writes it: "约 36 平方公里", "약 36㎢", "about 36 km²", "EUR 374 million". */
export async function formatFigure(locale: Locale, f: { value: number; unit: string; qualifier: string }) {
  const t = await getTranslations({ locale, namespace: "units" });
  const value = formatQuantity(locale, absoluteValue(f.value, f.unit));
  const text = t(f.unit as "km2", { value });
  if (!f.qualifier) return text;
  return trailing.has(f.qualifier) ? `${text} ${f.qualifier}` : `${f.qualifier} ${text}`;
}
