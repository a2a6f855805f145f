// Previous / "page N of M" / next under a paged list (news, questions): plain links, no JavaScript.
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";

export async function Pagination({
  locale,
  page,
  pages,
  hrefFor,
}: {
  locale: Locale;
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
}) {
  if (pages <= 1) return null;
  const tc = await getTranslations({ locale, namespace: "common" });
  return (
    <nav aria-label={tc("pagination")} className="mt-6 flex items-center gap-4">
      {page > 1 && (
        <a href={hrefFor(page - 1)} className="text-brand-700 underline" rel="prev">
          {tc("previous")}
        </a>
      )}
      <span>{tc("pageOf", { page, pages })}</span>
      {page < pages && (
        <a href={hrefFor(page + 1)} className="text-brand-700 underline" rel="next">
          {tc("next")}
        </a>
      )}
    </nav>
  );
}
