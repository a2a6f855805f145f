"use client";
// The one interactive leaf of the header: links to the same page in the other locales. Slugs are
// locale-neutral, so the same path under another locale prefix is the same item in that language. Plain
// links (a document load; the proxy keeps the locale cookie in step): only the path is read here, with
// Next.js's own usePathname, so this leaf adds no library to the page's JavaScript.
import { usePathname } from "next/navigation";
import { locales, htmlLang, type Locale } from "@/i18n/routing";

/** The same path under `locale`: "/ko/zones/x" → "/en/zones/x". */
export function pathInLocale(pathname: string, locale: Locale): string {
  const rest = pathname.replace(new RegExp(`^/(?:${locales.join("|")})(?=/|$)`), "");
  return `/${locale}${rest === "/" ? "" : rest}`;
}

export function LanguageSwitcher({
  label,
  names,
  current,
}: {
  label: string;
  names: Record<Locale, string>;
  current: Locale;
}) {
  const pathname = usePathname() ?? `/${current}`;
  return (
    <nav aria-label={label} className="lang-switch">
      <ul className="flex gap-1 text-sm">
        {locales.map((l) => (
          <li key={l}>
            <a
              href={pathInLocale(pathname, l)}
              lang={htmlLang[l]}
              hrefLang={htmlLang[l]}
              aria-current={l === current ? "true" : undefined}
              className={
                l === current
                  ? "rounded px-2 py-1 font-semibold bg-white text-brand-900"
                  : "rounded px-2 py-1 text-white underline-offset-4 hover:underline"
              }
            >
              {names[l]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
