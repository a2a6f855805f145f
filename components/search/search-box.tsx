// The site-wide search box for the header: a plain GET form to the locale's search page, so it works
// without any client JavaScript. The label is visually hidden (the placeholder and button say what it is).
import { getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { SEARCH_MAX_LENGTH } from "@/lib/data/search";

export async function SearchBox({
  locale,
  id = "site-search-q",
  className,
}: {
  locale: Locale;
  /** The input's id; pass another one if the box is placed twice on a page. */
  id?: string;
  className?: string;
}) {
  const t = await getTranslations({ locale, namespace: "search" });
  const action = getPathname({ href: "/search", locale });
  return (
    <form
      role="search"
      aria-label={t("label")}
      action={action}
      method="get"
      className={`flex items-stretch ${className ?? ""}`}
    >
      <label htmlFor={id} className="sr-only">
        {t("label")}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        maxLength={SEARCH_MAX_LENGTH}
        placeholder={t("placeholder")}
        autoComplete="off"
        className="w-40 min-w-0 rounded-l border border-white/40 bg-white px-2 py-1 text-sm text-slate-900 placeholder:text-slate-500 sm:w-56"
      />
      <button
        type="submit"
        className="rounded-r border border-l-0 border-white/40 bg-brand-700 px-3 py-1 text-sm font-semibold text-white hover:bg-brand-600"
      >
        {t("submit")}
      </button>
    </form>
  );
}
