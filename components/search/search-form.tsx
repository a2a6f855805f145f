// The search page's form: a GET form (no client JavaScript) with the query, the "all languages" switch
// and, after a rejected query, the localized error tied to the field.
import { getTranslations } from "next-intl/server";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { SEARCH_MAX_LENGTH, type SearchError } from "@/lib/data/search";

export async function SearchForm({
  locale,
  query = "",
  allLocales = false,
  error,
}: {
  locale: Locale;
  query?: string;
  allLocales?: boolean;
  error?: SearchError;
}) {
  const t = await getTranslations({ locale, namespace: "search" });
  const action = getPathname({ href: "/search", locale });
  return (
    <form
      role="search"
      aria-label={t("title")}
      action={action}
      method="get"
      className="mt-6 rounded-lg border border-slate-200 bg-brand-50 p-4"
    >
      <label htmlFor="search-q" className="block text-sm font-semibold text-brand-900">
        {t("label")}
      </label>
      <div className="mt-2 flex flex-wrap gap-2">
        <input
          id="search-q"
          type="search"
          name="q"
          defaultValue={query}
          maxLength={SEARCH_MAX_LENGTH}
          placeholder={t("placeholder")}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "search-q-error" : undefined}
          className={`min-w-0 flex-1 rounded border bg-white px-3 py-2 text-base text-slate-900 placeholder:text-slate-500 ${
            error ? "border-accent-600" : "border-slate-400"
          }`}
        />
        <button type="submit" className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
          {t("submit")}
        </button>
      </div>
      {error && (
        <p id="search-q-error" className="mt-2 text-sm font-semibold text-accent-600">
          {t(error)}
        </p>
      )}
      <label className="mt-3 inline-flex items-center gap-2 text-sm text-slate-700">
        <input type="checkbox" name="all" value="1" defaultChecked={allLocales} className="h-4 w-4 accent-brand-700" />
        {t("allLocales")}
      </label>
    </form>
  );
}
