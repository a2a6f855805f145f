import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { LanguageSwitcher } from "./language-switcher";
import { SearchBox } from "@/components/search/search-box";
import { DisplayChoices } from "./display-choices";
import { paths } from "@/lib/routes";

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "nav" });
  const tm = await getTranslations({ locale, namespace: "meta" });
  const names = { zh: t("languageNames.zh"), ko: t("languageNames.ko"), en: t("languageNames.en") };
  const items = [
    { href: "/", label: t("home") },
    { href: paths.zones, label: t("zones") },
    { href: paths.spatialLayout(), label: t("layout") },
    { href: paths.policies, label: t("policies") },
    { href: paths.incentives, label: t("incentives") },
    { href: paths.news, label: t("news") },
    { href: paths.figures(), label: t("figures") },
    { href: paths.press, label: t("press") },
    { href: paths.inquiry, label: t("inquiry") },
  ];
  return (
    <header className="bg-brand-900 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" prefetch={false} className="text-lg font-bold tracking-tight text-white no-underline">
          {tm("siteName")}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <DisplayChoices locale={locale} />
          <SearchBox locale={locale} />
          <LanguageSwitcher label={t("language")} names={names} current={locale} />
        </div>
      </div>
      <nav aria-label={t("mainNavigation")} className="border-t border-white/15 bg-brand-800">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-6 gap-y-1 px-4 py-2 text-sm">
          {items.map((i) => (
            <li key={i.href}>
              <Link href={i.href} prefetch={false} className="text-white underline-offset-4 hover:underline">
                {i.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
