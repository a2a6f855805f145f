// The root layout of one reader's pages: a subscriber's signed links (/{locale}/subscribe/confirm?token=,
// /subscribe/preferences?token=), which proxy.ts rewrites to /reader/<locale>/<page>/<canonical query>
// (lib/http/query-pages.ts PER_READER). Their content is read from the database on every request and
// must be in the HTML without JavaScript and never kept in a cache: the <Suspense> above <body>
// (SiteDocument `blocking`) makes Next.js render them in full per request instead of prerendering a shell
// and streaming the rest. /reader/… itself is not an address of the site (the request gate answers 404).
import "../../globals.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { locales, routing, type Locale } from "@/i18n/routing";
import { SiteChrome, SiteDocument, siteMetadata } from "@/components/layout/document";

// The locale is a root parameter: Next.js wants its values. The pages below are never prerendered.
export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<"/reader/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  return siteMetadata(locale);
}

export default async function ReaderLayout({ children, params }: LayoutProps<"/reader/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return (
    <SiteDocument locale={locale as Locale} blocking>
      <SiteChrome locale={locale as Locale}>{children}</SiteChrome>
    </SiteDocument>
  );
}
