// The document every page is rendered in: <html lang>, the display choices and the skip link, and the
// strings of the error and not-found pages; and the public site's chrome (SiteChrome: header, <main>,
// footer), which the public wing's layout (app/[locale]/(site)/layout.tsx) and the readers' pages use and
// the admin wing replaces with its own. SiteDocument is shared by the site's root layout
// (app/[locale]/layout.tsx) and the root layout of
// one reader's pages (app/reader/[locale]/layout.tsx), which passes `blocking`: a <Suspense> above <body>
// lets those pages read the database on every request and still send their whole content in the HTML
// (Next.js: "opting out of the static shell", limited to that root layout).
import { Suspense, type ReactNode } from "react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { htmlLang, type Locale } from "@/i18n/routing";
import { siteUrl } from "@/lib/env";
import { feedAlternates, siteVerification } from "@/lib/seo";
import { govMetaTags } from "@/lib/site-identity";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { BoundaryTextProvider } from "@/components/layout/boundary-text";
import { displayScript } from "@/lib/display";
import { EnhanceScript } from "@/components/ui/enhance-script";

/** The site-wide metadata of a locale (a page's own metadata adds to it). */
export async function siteMetadata(locale: Locale): Promise<Metadata> {
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

export async function SiteDocument({
  locale,
  blocking = false,
  children,
}: {
  locale: Locale;
  blocking?: boolean;
  children: ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: "nav" });
  const te = await getTranslations({ locale, namespace: "error" });
  const tn = await getTranslations({ locale, namespace: "notFound" });
  // No next-intl client provider: links are plain server-rendered <a> (i18n/link.tsx), the language
  // switcher reads only the path, and the error and not-found pages (client components, since error
  // boundaries must be) get their strings here. So no page loads next-intl's client code or a formatter.
  const body = (
    <body className="flex min-h-screen flex-col bg-white text-slate-900 antialiased">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-brand-900"
      >
        {t("skipToContent")}
      </a>
      <BoundaryTextProvider
        text={{
          error: { title: te("title"), body: te("body"), retry: te("retry") },
          notFound: { title: tn("title"), body: tn("body"), backHome: tn("backHome") },
          home: `/${locale}`,
        }}
      >
        {children}
      </BoundaryTextProvider>
    </body>
  );
  return (
    <html lang={htmlLang[locale]}>
      {/* eslint-disable-next-line @next/next/no-head-element -- the App Router's root layout writes <head> itself (next/head is the Pages Router's) */}
      <head>
        {/* The reader's text size and contrast (lib/display.ts): a <style> added from their cookies before
            the first paint, one constant script (the admin's CSP allows it by its hash). Without JavaScript
            the per-request stylesheet. Nothing here waits for the network. */}
        <script dangerouslySetInnerHTML={{ __html: displayScript() }} />
        <noscript dangerouslySetInnerHTML={{ __html: `<link rel="stylesheet" href="/${locale}/display.css">` }} />
      </head>
      {blocking ? <Suspense fallback={null}>{body}</Suspense> : body}
    </html>
  );
}

/** The public pages' header, main landmark (the skip link's target) and footer. */
export function SiteChrome({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <>
      <SiteHeader locale={locale} />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        {children}
      </main>
      <SiteFooter locale={locale} />
      <EnhanceScript />
    </>
  );
}
