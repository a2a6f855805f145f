import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import type { PolicySummary } from "@/lib/data/policies";
import { formatDate } from "@/lib/format";
import { langAttr } from "@/components/ui/lang";

export async function PolicyList({
  locale,
  policies,
  headingLevel = 3,
}: {
  locale: Locale;
  policies: PolicySummary[];
  headingLevel?: 2 | 3;
}) {
  const t = await getTranslations({ locale, namespace: "policies" });
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="mt-4 divide-y divide-slate-200" data-testid="policy-list">
      {policies.map((p) => (
        <li key={p.slug} className="py-5" lang={langAttr(locale, p.lang)}>
          <H className="text-lg font-semibold">
            <Link href={`/policies/${p.slug}`} className="text-brand-800 underline-offset-4 hover:underline">
              {p.title}
            </Link>
          </H>
          <p className="mt-1 text-sm text-slate-600">
            {p.issuer} · <time dateTime={p.issuedOn}>{formatDate(locale, p.issuedOn)}</time>
            {p.documentNumber ? ` · ${p.documentNumber}` : ""}
          </p>
          <p className="mt-2 leading-relaxed text-slate-700">{p.summary}</p>
          <p className="mt-1 text-sm text-slate-600" lang={langAttr(locale, p.lang) ? locale : undefined}>
            {t(`validityValues.${p.validity}`)} · {t("articles", { count: p.articleCount })}
          </p>
        </li>
      ))}
    </ul>
  );
}
