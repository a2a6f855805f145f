// The public site's chrome: header (navigation, search, language, display choices), the main landmark the
// skip link targets, and the footer (components/layout/document.tsx). The admin wing has its own shell
// (app/[locale]/admin/layout.tsx).
import { setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { SiteChrome } from "@/components/layout/document";

export default async function SiteLayout({ children, params }: LayoutProps<"/[locale]">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  return <SiteChrome locale={locale}>{children}</SiteChrome>;
}
