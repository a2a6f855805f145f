// Text size and contrast as plain links (lib/display.ts): no JavaScript, no pop-up. The chosen one is
// marked by /{locale}/display.css, since these prerendered pages do not know the reader's cookies.
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { contrasts, textSizes } from "@/lib/display";

export async function DisplayChoices({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "site.display" });
  const link = "rounded px-1.5 py-1 text-white underline underline-offset-4 hover:bg-white/10";
  return (
    <nav aria-label={t("label")} className="text-sm" data-testid="display-choices">
      <ul className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <li className="flex flex-wrap items-center gap-1">
          <span>{t("textSize")}</span>
          {textSizes.map((size) => (
            <a
              key={size}
              href={`/${locale}/display/set?text=${size}`}
              className={link}
              data-display-choice={`text-${size}`}
              rel="nofollow"
            >
              {t(`text.${size}`)}
            </a>
          ))}
        </li>
        <li className="flex flex-wrap items-center gap-1">
          <span>{t("contrast")}</span>
          {contrasts.map((c) => (
            <a
              key={c}
              href={`/${locale}/display/set?contrast=${c}`}
              className={link}
              data-display-choice={`contrast-${c}`}
              rel="nofollow"
            >
              {t(`contrastValues.${c}`)}
            </a>
          ))}
        </li>
      </ul>
    </nav>
  );
}
