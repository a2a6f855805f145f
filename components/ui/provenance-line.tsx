// The provenance line under a translated page's title: which revision of the original it was made from,
// that the original prevails, a link to it; and, while the original has a newer live revision than the
// one translated, a notice saying so. Nothing for the original itself or a fallback (the page then shows
// the original with FallbackNotice).
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { htmlLang, type Locale } from "@/i18n/routing";
import { formatDate } from "@/lib/format";
import type { Provenance } from "@/lib/data/translation";

export async function ProvenanceLine({
  locale,
  provenance,
  href,
}: {
  locale: Locale;
  provenance: Provenance | null;
  href: string;
}) {
  if (!provenance) return null;
  const t = await getTranslations({ locale, namespace: "translation" });
  const language = t(`languageName.${provenance.original}`);
  const { sourceRevision: revision, sourceDate } = provenance;
  return (
    <div lang={htmlLang[locale]} className="mt-3 space-y-2 text-sm">
      <p data-testid="provenance" className="text-slate-700">
        {revision === null
          ? t("provenanceUnknown", { language })
          : sourceDate
            ? t("provenance", { language, revision, date: formatDate(locale, sourceDate) })
            : t("provenanceNoDate", { language, revision })}{" "}
        <Link
          href={href}
          locale={provenance.original}
          hrefLang={htmlLang[provenance.original]}
          className="text-brand-700 underline"
        >
          {t("readOriginal", { language })}
        </Link>
      </p>
      {provenance.outdated && (
        <p
          role="note"
          data-testid="provenance-outdated"
          className="rounded border-l-4 border-amber-500 bg-amber-50 px-4 py-2 text-amber-900"
        >
          {t("originalUpdated", { language, date: formatDate(locale, provenance.originalDate) })}
        </p>
      )}
    </div>
  );
}
