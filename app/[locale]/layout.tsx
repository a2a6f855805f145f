import "../globals.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { htmlLang, locales, routing, type Locale } from "@/i18n/routing";
import { siteUrl } from "@/lib/env";
import { feedAlternates, siteVerification } from "@/lib/seo";
import { govMetaTags } from "@/lib/site-identity";

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "meta" });
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: t("siteName"), template: `%s · ${t("siteShortName")}` },
    description: t("description"),
    // Site-wide; a page's own metadata adds its column (lib/site-identity.ts) and replaces `alternates`
    // with its canonical, hreflang and the same feeds (pageMetadata).
    verification: siteVerification(),
    alternates: { types: await feedAlternates(locale) },
    other: await govMetaTags(locale, null),
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "nav" });
  // Client leaves get only the messages they use: the not-found and error pages (client components,
  // since error boundaries must be) and the language switcher.
  const messages = await getMessages({ locale });
  const clientMessages = { notFound: messages.notFound, error: messages.error };
  return (
    <html lang={htmlLang[locale as Locale]}>
      <body className="flex min-h-screen flex-col bg-white text-slate-900 antialiased">
        {/* The reader's text size and contrast (lib/display.ts); React hoists it into <head>. */}
        <link rel="stylesheet" href={`/${locale}/display.css`} precedence="display" />
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-brand-900"
        >
          {t("skipToContent")}
        </a>
        {/* The chrome comes from the wing below: (site)/layout.tsx for public pages, admin/layout.tsx for the admin. */}
        <NextIntlClientProvider locale={locale} messages={clientMessages}>
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
