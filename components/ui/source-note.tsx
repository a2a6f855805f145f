import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { htmlLang, type Locale } from "@/i18n/routing";
import type { SourceRef } from "@/lib/data/sources";
import { formatDate } from "@/lib/format";

/** "Source: <title> (<publisher>, <date>)", linking to the source item on this site. */
export async function SourceNote({
  locale,
  source,
  className,
}: {
  locale: Locale;
  source: SourceRef;
  className?: string;
}) {
  const t = await getTranslations({ locale, namespace: "common" });
  const href = source.type === "news" ? `/news/${source.slug}` : `/policies/${source.slug}`;
  const details = [
    source.publisher || t("sourceNotNamed"),
    source.date ? formatDate(locale, source.date) : null,
  ].filter(Boolean);
  return (
    <span className={className ?? "text-sm text-slate-600"}>
      {t("source")}:{" "}
      <Link
        href={href}
        className="text-brand-700 underline"
        lang={source.lang !== locale ? htmlLang[source.lang] : undefined}
      >
        {source.title}
      </Link>{" "}
      <span lang={source.lang !== locale && source.publisher ? htmlLang[source.lang] : undefined}>
        ({details.join(", ")})
      </span>
    </span>
  );
}
