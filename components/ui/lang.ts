import { htmlLang, type Locale } from "@/i18n/routing";

/** The `lang` attribute for text served in `served` on a `page`-locale page (undefined when the same). */
export function langAttr(page: Locale, served: Locale): string | undefined {
  return page === served ? undefined : htmlLang[served];
}
