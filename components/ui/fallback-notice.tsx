import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";

/** "Not yet in Korean — shown in Chinese": shown when a page serves the original instead of a translation. */
export async function FallbackNotice({ locale, shownIn }: { locale: Locale; shownIn: Locale }) {
  if (locale === shownIn) return null;
  const t = await getTranslations({ locale, namespace: "translation" });
  return (
    <p role="note" className="my-4 rounded border-l-4 border-amber-500 bg-amber-50 px-4 py-3 text-sm text-amber-900">
      {t("fallbackNotice", { language: t(`languageName.${shownIn}`) })}
    </p>
  );
}
