// The language and frequency fields of the subscribe form and the preferences page (server component).
import { getTranslations } from "next-intl/server";
import { htmlLang, locales, type Locale } from "@/i18n/routing";

export async function SettingsFields({
  locale,
  id,
  language,
  frequency,
}: {
  locale: Locale;
  id: string;
  language: Locale;
  frequency: "instant" | "weekly";
}) {
  const [t, tn] = await Promise.all([
    getTranslations({ locale, namespace: "follow.subscribe" }),
    getTranslations({ locale, namespace: "nav" }),
  ]);
  return (
    <>
      <div>
        <label htmlFor={`${id}-language`} className="block font-semibold">
          {t("language")}
        </label>
        <select
          id={`${id}-language`}
          name="language"
          defaultValue={language}
          className="mt-1 block w-full max-w-md rounded border border-slate-500 bg-white px-3 py-2"
        >
          {locales.map((l) => (
            <option key={l} value={l} lang={htmlLang[l]}>
              {tn(`languageNames.${l}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend className="font-semibold">{t("frequency")}</legend>
        <div className="mt-2 flex flex-wrap gap-6">
          {(["instant", "weekly"] as const).map((f) => (
            <label key={f} className="flex items-center gap-2">
              <input type="radio" name="frequency" value={f} defaultChecked={frequency === f} className="h-5 w-5" />
              {t(f)}
            </label>
          ))}
        </div>
      </fieldset>
    </>
  );
}
