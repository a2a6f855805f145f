"use client";
// The one interactive leaf of the header: links to the same page in the other locales. Slugs are
// locale-neutral, so the same path is the same item in every language.
import { useLocale } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";
import { locales, htmlLang, type Locale } from "@/i18n/routing";

export function LanguageSwitcher({ label, names }: { label: string; names: Record<Locale, string> }) {
  const pathname = usePathname();
  const current = useLocale();
  return (
    <nav aria-label={label} className="lang-switch">
      <ul className="flex gap-1 text-sm">
        {locales.map((l) => (
          <li key={l}>
            <Link
              href={pathname}
              prefetch={false}
              locale={l}
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
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
