// The public questions and answers: the list with its GET filters (zone, topic; works without JavaScript —
// proxy.ts serves a filtered list from ./Q/<canonical query>, docs/decisions/006-query-pages.md) and the
// permalink page of one Q&A. Data: lib/data/questions.ts (published, with the asker's consent).
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { htmlLang, type Locale } from "@/i18n/routing";
import { labelsFor } from "@/lib/labels";
import { formatDate } from "@/lib/format";
import { getQuestionFacets, listQuestions, type QuestionSummary, type QuestionView } from "@/lib/data/questions";
import { getZones } from "@/lib/data/zones";
import { parseQuestionFilter } from "@/lib/validation/filters";
import { pageMetadata } from "@/lib/seo";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { FilterForm } from "@/components/ui/filter-form";
import { FallbackNotice } from "@/components/ui/fallback-notice";
import { ProvenanceLine } from "@/components/ui/provenance-line";
import { Markdown } from "@/components/ui/markdown";
import { langAttr } from "@/components/ui/lang";
import { Pagination } from "@/components/ui/pagination";
import { listHref, localized, paths } from "@/lib/routes";

type Raw = Record<string, string | string[] | undefined>;

export async function questionsMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "questions" });
  return pageMetadata({ locale, path: paths.questions, title: t("title"), description: t("lead") });
}

/** Zone and topic of a Q&A, as labels. */
async function filedUnder(locale: Locale, q: Pick<QuestionSummary, "zone" | "topic">) {
  const [zones, topicLabel] = await Promise.all([getZones(locale), labelsFor(locale, "topics")]);
  const zone = q.zone ? (zones.find((z) => z.slug === q.zone!.slug)?.shortName ?? q.zone.slug) : null;
  return { zone, topic: q.topic ? topicLabel(q.topic) : null };
}

async function QuestionMeta({ locale, q }: { locale: Locale; q: QuestionSummary }) {
  const [t, filed] = await Promise.all([getTranslations({ locale, namespace: "questions" }), filedUnder(locale, q)]);
  return (
    <dl className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-700">
      {filed.zone && (
        <div className="flex gap-1">
          <dt>{t("zone")}:</dt>
          <dd>{filed.zone}</dd>
        </div>
      )}
      {filed.topic && (
        <div className="flex gap-1">
          <dt>{t("topic")}:</dt>
          <dd>{filed.topic}</dd>
        </div>
      )}
      <div className="flex gap-1">
        <dt>{t("asked")}:</dt>
        <dd>
          <time dateTime={q.askedAt.slice(0, 10)}>{formatDate(locale, q.askedAt)}</time>
        </dd>
      </div>
      <div className="flex gap-1">
        <dt>{t("answered")}:</dt>
        <dd>
          <time dateTime={q.answeredAt.slice(0, 10)}>{formatDate(locale, q.answeredAt)}</time>
        </dd>
      </div>
    </dl>
  );
}

/** The list for `query` (the page's query string, or a canonical one from its Q route). */
export async function QuestionsPage({ locale, query }: { locale: Locale; query: Raw }) {
  setRequestLocale(locale);
  const filter = parseQuestionFilter(query);
  const [t, tc, facets, zones, topicLabel, result] = await Promise.all([
    getTranslations({ locale, namespace: "questions" }),
    getTranslations({ locale, namespace: "common" }),
    getQuestionFacets(),
    getZones(locale),
    labelsFor(locale, "topics"),
    listQuestions(locale, filter),
  ]);
  const zoneOptions = zones
    .filter((z) => facets.zones.includes(z.slug) || z.slug === filter.zone)
    .map((z) => ({ value: z.slug, label: z.shortName }));
  const topics = [...new Set([...facets.topics, ...(filter.topic ? [filter.topic] : [])])];
  return (
    <>
      <Breadcrumbs locale={locale} items={[{ label: t("title") }]} />
      <PageHeader title={t("title")} lead={t("lead")}>
        <p className="mt-3">
          {t("askLead")}{" "}
          <Link href={paths.inquiry} className="font-semibold text-brand-700 underline">
            {t("ask")}
          </Link>
        </p>
      </PageHeader>
      <FilterForm
        legend={tc("filter")}
        allLabel={tc("all")}
        applyLabel={tc("apply")}
        resetLabel={tc("reset")}
        resetHref={localized(locale, paths.questions)}
        fields={[
          { name: "zone", label: t("zone"), value: filter.zone ?? "", options: zoneOptions },
          {
            name: "topic",
            label: t("topic"),
            value: filter.topic ?? "",
            options: topics.map((c) => ({ value: c, label: topicLabel(c) })),
          },
        ]}
      />
      <p className="mt-6 text-sm text-slate-600" role="status">
        {t("count", { count: result.total })}
      </p>
      {result.items.length === 0 ? (
        <p className="mt-4">{tc("noResults")}</p>
      ) : (
        <ol className="mt-4 space-y-6" data-testid="question-list">
          {result.items.map((q) => (
            <li key={q.slug} className="rounded-lg border border-slate-200 p-4" lang={langAttr(locale, q.lang)}>
              <h2 className="text-lg font-semibold text-brand-900">
                <Link href={paths.question(q.slug)} className="underline-offset-2 hover:underline">
                  {q.question.length > 200 ? `${q.question.slice(0, 200)}…` : q.question}
                </Link>
              </h2>
              <QuestionMeta locale={locale} q={q} />
              <Markdown className="prose-portal mt-3 line-clamp-4">{q.answer}</Markdown>
            </li>
          ))}
        </ol>
      )}
      <Pagination
        locale={locale}
        page={result.page}
        pages={result.pages}
        hrefFor={(page) => listHref(locale, paths.questions, { ...filter, page })}
      />
    </>
  );
}

/** One Q&A at its permalink. */
export async function QuestionPage({ locale, q }: { locale: Locale; q: QuestionView }) {
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "questions" });
  const lang = langAttr(locale, q.lang);
  return (
    <>
      <Breadcrumbs locale={locale} items={[{ href: paths.questions, label: t("title") }, { label: t("question") }]} />
      <article className="max-w-3xl">
        <header className="border-b border-slate-200 pb-6">
          <p className="text-sm font-semibold uppercase tracking-wide text-slate-600">{t("question")}</p>
          <h1
            className="mt-1 whitespace-pre-wrap text-2xl font-bold leading-snug text-brand-900 md:text-3xl"
            lang={lang}
          >
            {q.question}
          </h1>
          <QuestionMeta locale={locale} q={q} />
          <ProvenanceLine locale={locale} provenance={q.provenance} href={paths.question(q.slug)} />
        </header>
        <FallbackNotice locale={locale} shownIn={q.lang} />
        <section aria-labelledby="answer" className="mt-6">
          <h2 id="answer" className="text-xl font-semibold text-brand-900">
            {t("answer")}
          </h2>
          <div lang={lang}>
            <Markdown className="prose-portal mt-3 text-[1.05rem]">{q.answer}</Markdown>
          </div>
        </section>
        <p className="mt-8 flex flex-wrap gap-4 text-sm">
          <a
            href={localized(locale, paths.question(q.slug))}
            className="text-brand-700 underline"
            aria-label={t("permalink")}
            data-testid="question-permalink"
          >
            {localized(locale, paths.question(q.slug))}
          </a>
          <Link href={paths.questions} className="text-brand-700 underline">
            {t("backToList")}
          </Link>
        </p>
        <p className="mt-4" lang={htmlLang[locale]}>
          {t("askLead")}{" "}
          <Link href={paths.inquiry} className="font-semibold text-brand-700 underline">
            {t("ask")}
          </Link>
        </p>
      </article>
    </>
  );
}
