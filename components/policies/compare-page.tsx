import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { htmlLang, locales, type Locale } from "@/i18n/routing";
import { getPolicy } from "@/lib/data/policies";
import { compareSchema } from "@/lib/validation/filters";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { pageMetadata } from "@/lib/seo";

export async function compareMetadata({
  params,
}: {
  params: Promise<{ locale: string; slug: string }>;
}): Promise<Metadata> {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  const [p, t] = await Promise.all([getPolicy(locale, slug), getTranslations({ locale, namespace: "policies" })]);
  if (!p) return {};
  return pageMetadata({
    locale,
    path: `/policies/${slug}/compare`,
    title: t("sideBySideTitle", { title: p.title }),
    description: t("compareLead"),
  });
}

async function Comparison({
  locale,
  slug,
  query: raw,
}: {
  locale: Locale;
  slug: string;
  query: Record<string, string | string[] | undefined>;
}) {
  const requested = compareSchema.parse({ with: Array.isArray(raw.with) ? raw.with[0] : raw.with }).with;
  const t = await getTranslations({ locale, namespace: "policies" });
  const tn = await getTranslations({ locale, namespace: "nav" });
  const left = await getPolicy(locale, slug);
  if (!left) notFound();
  const otherLocale =
    requested && requested !== left.lang ? requested : (locales.find((l) => l !== left.lang) as Locale);
  const right = await getPolicy(otherLocale, slug);
  if (!right) notFound();
  const rightArticles = new Map(right.sections.flatMap((s) => s.articles).map((a) => [a.number, a]));
  const rightSections = new Map(right.sections.map((s) => [s.number, s]));
  const L = htmlLang[left.lang];
  const R = htmlLang[right.lang];
  return (
    <>
      <form method="get" className="no-print mt-4 flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1 text-sm font-semibold text-slate-800">
          {t("compareWith")}
          <select
            name="with"
            defaultValue={otherLocale}
            className="rounded border border-slate-400 bg-white px-2 py-2 font-normal"
          >
            {locales
              .filter((l) => l !== left.lang)
              .map((l) => (
                <option key={l} value={l} lang={htmlLang[l]}>
                  {tn(`languageNames.${l}`)}
                </option>
              ))}
          </select>
        </label>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("show")}
        </button>
      </form>
      <table className="mt-6 w-full table-fixed border-collapse text-left align-top" data-testid="compare-table">
        <caption className="sr-only">{t("sideBySideTitle", { title: left.title })}</caption>
        <thead>
          <tr className="border-b-2 border-brand-800">
            <th scope="col" className="w-1/2 p-3 text-lg font-bold text-brand-900" lang={L}>
              {left.title}
            </th>
            <th scope="col" className="w-1/2 p-3 text-lg font-bold text-brand-900" lang={R}>
              {right.title}
            </th>
          </tr>
        </thead>
        <tbody>
          {left.sections.map((s) => (
            <SectionRows
              key={s.anchor}
              s={s}
              right={rightSections.get(s.number)}
              rightArticles={rightArticles}
              L={L}
              R={R}
            />
          ))}
        </tbody>
      </table>
    </>
  );
}

function SectionRows({
  s,
  right,
  rightArticles,
  L,
  R,
}: {
  s: Awaited<ReturnType<typeof getPolicy>> extends infer P ? (P extends { sections: (infer S)[] } ? S : never) : never;
  right: { heading: string } | undefined;
  rightArticles: Map<number, { heading: string; body: string }>;
  L: string;
  R: string;
}) {
  return (
    <>
      <tr className="bg-brand-50">
        <th scope="row" className="p-3 font-bold text-brand-900" lang={L}>
          {s.heading}
        </th>
        <td className="p-3 font-bold text-brand-900" lang={R}>
          {right?.heading}
        </td>
      </tr>
      {s.articles.map((a) => {
        const b = rightArticles.get(a.number);
        return (
          <tr key={a.anchor} id={a.anchor} className="border-b border-slate-200 align-top">
            <td className="p-3 leading-relaxed" lang={L}>
              <p className="font-semibold text-brand-900">
                ({a.number}) {a.heading}
              </p>
              <p className="mt-1 text-slate-800">{a.body}</p>
            </td>
            <td className="p-3 leading-relaxed" lang={R}>
              {b && (
                <>
                  <p className="font-semibold text-brand-900">
                    ({a.number}) {b.heading}
                  </p>
                  <p className="mt-1 text-slate-800">{b.body}</p>
                </>
              )}
            </td>
          </tr>
        );
      })}
    </>
  );
}

/** Two language versions of a policy side by side, the second chosen by `query.with`. */
export async function ComparePage({
  locale,
  slug,
  query,
}: {
  locale: Locale;
  slug: string;
  query: Record<string, string | string[] | undefined>;
}) {
  setRequestLocale(locale);
  const [t, policy] = await Promise.all([getTranslations({ locale, namespace: "policies" }), getPolicy(locale, slug)]);
  if (!policy) notFound();
  return (
    <>
      <Breadcrumbs
        locale={locale}
        items={[
          { href: "/policies", label: t("title") },
          { href: `/policies/${slug}`, label: policy.title },
          { label: t("sideBySide") },
        ]}
      />
      <h1 className="text-3xl font-bold text-brand-900">{t("sideBySideTitle", { title: policy.title })}</h1>
      <p className="mt-2 text-slate-700">{t("compareLead")}</p>
      <p className="no-print mt-2">
        <Link href={`/policies/${slug}`} className="text-brand-700 underline">
          {t("backToDocument")}
        </Link>
      </p>
      <Comparison locale={locale} slug={slug} query={query} />
    </>
  );
}
