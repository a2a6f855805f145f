import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";

export interface Crumb {
  href?: string;
  label: string;
  lang?: string;
}

export async function Breadcrumbs({ locale, items }: { locale: Locale; items: Crumb[] }) {
  const t = await getTranslations({ locale, namespace: "nav" });
  const all: Crumb[] = [{ href: "/", label: t("home") }, ...items];
  return (
    <nav aria-label={t("breadcrumb")} className="mb-6 text-sm text-slate-600">
      <ol className="flex flex-wrap items-center gap-1">
        {all.map((c, i) => (
          <li key={i} className="flex items-center gap-1">
            {i > 0 && <span aria-hidden="true">›</span>}
            {c.href && i < all.length - 1 ? (
              <Link href={c.href} className="text-brand-700 underline-offset-2 hover:underline" lang={c.lang}>
                {c.label}
              </Link>
            ) : (
              <span aria-current={i === all.length - 1 ? "page" : undefined} lang={c.lang}>
                {c.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
