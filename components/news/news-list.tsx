import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import type { NewsSummary } from "@/lib/data/news";
import { formatDate } from "@/lib/format";
import { langAttr } from "@/components/ui/lang";

export async function NewsList({
  locale,
  items,
  headingLevel = 3,
}: {
  locale: Locale;
  items: NewsSummary[];
  headingLevel?: 2 | 3;
}) {
  const [t, tc] = await Promise.all([
    getTranslations({ locale, namespace: "news" }),
    getTranslations({ locale, namespace: "common" }),
  ]);
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="mt-4 divide-y divide-slate-200" data-testid="news-list">
      {items.map((n) => (
        <li key={n.slug} className="py-5" lang={langAttr(locale, n.lang)}>
          <p className="text-sm text-slate-600" lang={langAttr(locale, n.lang) ? locale : undefined}>
            <span className="font-semibold text-accent-600">{t(`kinds.${n.kind}`)}</span>
            {" · "}
            {n.publishedOn ? (
              <time dateTime={n.publishedOn}>{formatDate(locale, n.publishedOn)}</time>
            ) : (
              tc("dateNotStated")
            )}
          </p>
          <H className="mt-1 text-lg font-semibold">
            <Link href={`/news/${n.slug}`} className="text-brand-800 underline-offset-4 hover:underline">
              {n.title}
            </Link>
          </H>
          <p className="mt-1 leading-relaxed text-slate-700">{n.summary}</p>
          <p className="mt-1 text-sm text-slate-600">
            {tc("source")}: {n.sourceName || tc("sourceNotNamed")}
          </p>
        </li>
      ))}
    </ul>
  );
}
