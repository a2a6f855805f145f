// The one source of the portal's locales. Everything else (proxy, navigation, messages, data layer)
// derives from here.
import { defineRouting } from "next-intl/routing";

export const locales = ["zh", "ko", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "zh";

/** BCP 47 tags for Intl formatting and <html lang>. */
export const htmlLang: Record<Locale, string> = { zh: "zh-CN", ko: "ko-KR", en: "en" };

/** The cookie that remembers a visitor's language choice (set by next-intl's middleware in proxy.ts). */
export const LOCALE_COOKIE = "PORTAL_LOCALE";

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: "always",
  // `/` negotiates from Accept-Language; a visitor's explicit choice (the switcher) wins afterwards.
  localeCookie: { name: LOCALE_COOKIE, maxAge: 60 * 60 * 24 * 365 },
  // No `Link: rel=alternate` response header: next-intl builds it from the request's Host, which a client
  // chooses (cache poisoning). Every page carries its hreflang alternates in <head>, built from SITE_URL.
  alternateLinks: false,
});

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}
