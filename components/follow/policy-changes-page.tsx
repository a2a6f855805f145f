// /{locale}/policies/<slug>/changes: every change of the document published in this language, with its
// note and changed items, and the difference between any two published versions (?from=&to=, a plain GET
// form: works without JavaScript). legislation.gov.uk's point-in-time view is the model. Shared by the plain
// route (the latest two versions) and its ./Q/[query] route, which proxy.ts serves for ?from=&to= so the
// chosen diff is in the HTML (docs/decisions/006-query-pages.md).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { htmlLang, type Locale } from "@/i18n/routing";
import { getPolicy } from "@/lib/data/policies";
import { getChangeHistory, getPolicyVersionDiff, type ChangeHistory } from "@/lib/data/changes";
import { formatDate } from "@/lib/format";
import { BackLink, ChangeList, ChangesHeader, changesMetadata } from "@/components/follow/change-list";
import { TextDiff, TextDiffLegend } from "@/components/admin/text-diff";
import { paths } from "@/lib/routes";

type Raw = Record<string, string | string[] | undefined>;

export async function policyChangesMetadata({
  params,
}: {
  params: Promise<{ locale: string; slug: string }>;
}): Promise<Metadata> {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  return changesMetadata(locale, paths.policy(slug), (await getPolicy(locale, slug))?.title);
}

export async function PolicyChangesPage({ locale, slug, query }: { locale: Locale; slug: string; query: Raw }) {
  setRequestLocale(locale);
  const [policy, history, t, tp] = await Promise.all([
    getPolicy(locale, slug),
    getChangeHistory(locale, "policy", slug),
    getTranslations({ locale, namespace: "follow.changes" }),
    getTranslations({ locale, namespace: "policies" }),
  ]);
  if (!policy) notFound();
  const base = paths.policy(slug);
  return (
    <>
      <ChangesHeader
        locale={locale}
        section={{ href: paths.policies, label: tp("title") }}
        base={base}
        title={policy.title}
        titleLang={htmlLang[policy.lang]}
      />
      <ChangeList locale={locale} changes={history.changes} base={base} />
      {history.versions.length >= 2 && (
        <section aria-labelledby="diff" className="mt-10">
          <h2 id="diff" className="text-2xl font-bold text-brand-900">
            {t("diffTitle")}
          </h2>
          <p className="mt-2 text-slate-700">{t("diffLead")}</p>
          <Diff locale={locale} slug={slug} history={history} query={query} />
        </section>
      )}
      <BackLink locale={locale} base={base} />
    </>
  );
}

async function versionLabel(locale: Locale, v: { publishedAt: string; baseline: boolean }) {
  const t = await getTranslations({ locale, namespace: "follow.changes" });
  return v.baseline
    ? t("baseline", { date: formatDate(locale, v.publishedAt) })
    : t("version", { date: `${formatDate(locale, v.publishedAt)} ${v.publishedAt.slice(11, 16)} UTC` });
}

async function VersionForm({
  locale,
  history,
  from,
  to,
}: {
  locale: Locale;
  history: ChangeHistory;
  from?: string;
  to?: string;
}) {
  const t = await getTranslations({ locale, namespace: "follow.changes" });
  const labels = await Promise.all(history.versions.map((v) => versionLabel(locale, v)));
  const options = history.versions.map((v, i) => (
    <option key={v.id} value={v.id}>
      {labels[i]}
    </option>
  ));
  const first = history.versions[0]!.id;
  const last = history.versions.at(-1)!.id;
  return (
    <form method="get" className="mt-4 flex flex-wrap items-end gap-3" data-testid="diff-form">
      <label className="flex flex-col gap-1 text-sm font-semibold text-slate-800">
        {t("from")}
        <select
          name="from"
          defaultValue={from ?? first}
          className="rounded border border-slate-500 bg-white px-2 py-2 font-normal"
        >
          {options}
        </select>
      </label>
      <label className="flex flex-col gap-1 text-sm font-semibold text-slate-800">
        {t("to")}
        <select
          name="to"
          defaultValue={to ?? last}
          className="rounded border border-slate-500 bg-white px-2 py-2 font-normal"
        >
          {options}
        </select>
      </label>
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        {t("show")}
      </button>
    </form>
  );
}

async function Diff({
  locale,
  slug,
  history,
  query: sp,
}: {
  locale: Locale;
  slug: string;
  history: ChangeHistory;
  query: Raw;
}) {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const known = new Set(history.versions.map((v) => v.id));
  const from = known.has(one(sp.from) ?? "") ? one(sp.from)! : history.versions.at(-2)!.id;
  const to = known.has(one(sp.to) ?? "") ? one(sp.to)! : history.versions.at(-1)!.id;
  const [t, tp, diff] = await Promise.all([
    getTranslations({ locale, namespace: "follow.changes" }),
    getTranslations({ locale, namespace: "policies" }),
    getPolicyVersionDiff(locale, slug, from, to),
  ]);
  const labels = { added: t("added"), removed: t("removed"), empty: t("noDifferences") };
  return (
    <>
      <VersionForm locale={locale} history={history} from={from} to={to} />
      {diff && (
        <div className="mt-6 space-y-6" data-testid="version-diff">
          <h3 className="text-xl font-semibold text-brand-900">
            {t("diffHeading", { from: await versionLabel(locale, diff.from), to: await versionLabel(locale, diff.to) })}
          </h3>
          <TextDiffLegend added={t("added")} removed={t("removed")} />
          {!diff.title && !diff.preamble && diff.articles.length === 0 && <p>{t("noDifferences")}</p>}
          {diff.title && <TextDiff parts={diff.title} labels={labels} lang={htmlLang[locale]} />}
          {diff.preamble && <TextDiff parts={diff.preamble} labels={labels} lang={htmlLang[locale]} />}
          {diff.articles.map((a) => (
            <section key={a.anchor} aria-label={tp("article", { number: a.number })}>
              <h4 className="font-semibold">
                <Link href={paths.policy(slug, a.anchor)} className="text-brand-700 underline underline-offset-2">
                  {tp("article", { number: a.number })}
                </Link>{" "}
                <span className="font-normal text-slate-700">({t(a.status)})</span>
              </h4>
              <div className="mt-2">
                <TextDiff parts={a.parts} labels={labels} lang={htmlLang[locale]} />
              </div>
            </section>
          ))}
        </div>
      )}
    </>
  );
}
