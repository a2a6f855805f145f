// The public pages' links: a plain <a> rendered on the server, with the locale prefix of the routing
// (i18n/routing.ts: every path under /{locale}). next-intl's Link is a client component (next/link
// underneath) that needs NextIntlClientProvider; merely calling next-intl's createNavigation() puts it and
// use-intl's formatters into every page's JavaScript (≈ 12.6 KB gzipped), so this file does not import it.
// A following page is a plain document load: the proxy's next-intl middleware keeps the locale cookie in
// step on every document request, as the client Link did on click.
import "server-only";
import type { ComponentProps } from "react";
import { getLocale } from "next-intl/server";
import type { Locale } from "./routing";

type QueryValue = string | number | (string | number)[];
export type Href = string | { pathname: string; query?: Record<string, QueryValue> };

/** A path of the site ("/zones", "/news?page=2", { pathname: "/news", query }) gets the locale prefix. */
function localizable(path: string): boolean {
  return path.startsWith("/") && !path.startsWith("//");
}

/**
 * The address of `href` in `locale` — what next-intl's getPathname gives with `localePrefix: "always"`:
 * "/" → "/ko", "/zones" → "/ko/zones", { pathname: "/news", query: { zone: "x" } } → "/ko/news?zone=x".
 */
export function getPathname({ href, locale }: { href: Href; locale: Locale }): string {
  let path: string;
  if (typeof href === "string") path = href;
  else {
    path = href.pathname;
    if (href.query) {
      const search = new URLSearchParams();
      for (const [key, value] of Object.entries(href.query))
        for (const v of Array.isArray(value) ? value : [value]) search.append(key, String(v));
      path += `?${search}`;
    }
  }
  if (!localizable(path)) return path;
  return `/${locale}${/^\/([?#].*)?$/.test(path) ? path.slice(1) : path}`;
}

export type LinkProps = Omit<ComponentProps<"a">, "href"> & {
  href: Href;
  /** Another locale's version of the path (a translation's original, say). */
  locale?: Locale;
  /** Accepted for next-intl's Link's signature; a plain link prefetches nothing. */
  prefetch?: boolean;
};

export async function Link({ href, locale, prefetch: _prefetch, children, ...rest }: LinkProps) {
  const url = getPathname({ href, locale: locale ?? ((await getLocale()) as Locale) });
  return (
    <a href={url} {...rest}>
      {children}
    </a>
  );
}
