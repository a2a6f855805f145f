// /{locale}/admin/inquiries/<reference>: one inquiry with its reply clock; staff answer it in the asker's
// language (emailed through the mail queue) and, when the asker allowed it, start a public Q&A from it,
// which then goes through the normal translation and review flow (content type "question"). Plain forms
// posting to server actions.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { htmlLang, type Locale } from "@/i18n/routing";
import { requireAdmin } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { getInquiry } from "@/lib/admin/inquiries";
import { getZones } from "@/lib/data/zones";
import { topicCodes } from "@/lib/content/schema";
import { labelsFor } from "@/lib/labels";
import { adminPath, editorPath } from "@/lib/routes";
import { portalDateTime } from "@/lib/time";
import { AdminFrame } from "@/components/admin/admin-frame";
import { Alert } from "@/components/ui/alert";
import { primaryButton, textLink } from "@/components/ui/styles";
import { answerInquiryAction, startPublicQuestionAction } from "../../actions";

type Props = PageProps<"/[locale]/admin/inquiries/[reference]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, reference } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "admin" });
  return {
    title: `${t("inquiries.answerTitle", { reference: decodeURIComponent(reference).slice(0, 20) })} · ${t("title")}`,
    robots: { index: false, follow: false },
  };
}

// Cache Components needs sample params to check this route's shell at build time; every real inquiry
// renders on request, this placeholder only shows "not found".
export function generateStaticParams() {
  return [{ reference: "_" }];
}

const errorKeys = [
  "forbidden",
  "invalid",
  "notFound",
  "alreadyAnswered",
  "noConsent",
  "notAnswered",
  "exists",
] as const;
const field = "mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2 text-base font-normal";

export default async function InquiryAnswerPage({ params, searchParams }: Props) {
  const { locale: raw, reference } = await params;
  const { l: locale, user, allowed } = await requireAdmin(raw, "inquiry:read");
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "admin" });
  const ref = decodeURIComponent(reference).slice(0, 20);
  const frame = {
    title: t("inquiries.answerTitle", { reference: ref }),
    back: { href: adminPath(locale, "inquiries"), label: t("inquiries.title") },
  };
  const result = allowed ? await getInquiry(user, ref) : null;
  if (result && !result.ok && result.error === "notFound") notFound();
  if (!result?.ok) return <AdminFrame {...frame} refused={t("inquiries.forbidden")} />;
  const q = result.item;
  const sp = await searchParams;
  const error = errorKeys.find((k) => k === sp.error);
  const tl = await getTranslations({ locale, namespace: "translation" });
  const language = tl(`languageName.${q.locale}`);
  const when = portalDateTime(htmlLang[locale], { dateStyle: "medium", timeStyle: "short" });
  const mayAnswer = can(user, "inquiry:update");
  const mayPublish = mayAnswer && can(user, "content:edit");

  return (
    <AdminFrame {...frame}>
      <div className="mt-6 max-w-3xl space-y-6">
        {sp.done === "answered" && (
          <Alert tone="status" data-testid="answer-sent">
            {t("inquiries.answerSent")}
          </Alert>
        )}
        {error && <Alert>{t(`inquiries.errors.${error}`)}</Alert>}
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="font-medium">{t("inquiries.received")}</dt>
          <dd>
            <time dateTime={q.createdAt.toISOString()}>{when.format(q.createdAt)}</time>
          </dd>
          <dt className="font-medium">{t("inquiries.due")}</dt>
          <dd data-testid="inquiry-due" className={q.overdue ? "font-semibold text-accent-600" : undefined}>
            <time dateTime={q.dueAt.toISOString()}>{when.format(q.dueAt)}</time>
            {q.overdue && <> — {t("inquiries.overdue", { days: 10 })}</>}
          </dd>
          <dt className="font-medium">{t("inquiries.from")}</dt>
          <dd className="break-all">
            {q.name} · {q.organisation} · {q.email} · {q.country}
          </dd>
          <dt className="font-medium">{t("inquiries.language")}</dt>
          <dd>{language}</dd>
          <dt className="font-medium">{t("inquiries.status")}</dt>
          <dd data-testid="inquiry-status">{t(`inquiries.statuses.${q.status}`)}</dd>
          <dt className="font-medium">{t("inquiries.consent")}</dt>
          <dd data-testid="inquiry-consent">
            {q.allowPublication ? t("inquiries.consentYes") : t("inquiries.consentNo")}
          </dd>
        </dl>
        <section aria-labelledby="inquiry-message">
          <h2 id="inquiry-message" className="text-xl font-semibold text-brand-900">
            {t("inquiries.message")}
          </h2>
          <p className="mt-2 whitespace-pre-wrap rounded border border-slate-300 p-3" lang={htmlLang[q.locale]}>
            {q.message}
          </p>
        </section>
        {q.answeredAt ? (
          <section aria-labelledby="inquiry-answer" data-testid="inquiry-answer">
            <h2 id="inquiry-answer" className="text-xl font-semibold text-brand-900">
              {t("inquiries.answered")} · <time dateTime={q.answeredAt.toISOString()}>{when.format(q.answeredAt)}</time>
            </h2>
            <p className="mt-2 whitespace-pre-wrap rounded border border-slate-300 p-3" lang={htmlLang[q.locale]}>
              {q.answer}
            </p>
          </section>
        ) : (
          mayAnswer && (
            <form action={answerInquiryAction.bind(null, locale)} className="space-y-3" data-testid="answer-form">
              <input type="hidden" name="reference" value={q.reference} />
              <label className="block font-semibold">
                {t("inquiries.answerLabel", { language })}
                <textarea
                  name="answer"
                  required
                  rows={10}
                  maxLength={20000}
                  lang={htmlLang[q.locale]}
                  className={field}
                />
              </label>
              <button type="submit" className={primaryButton}>
                {t("inquiries.answerSubmit")}
              </button>
            </form>
          )
        )}
        {q.question ? (
          <p data-testid="question-link">
            {t("inquiries.publishedAs")}{" "}
            <a className={`font-semibold ${textLink}`} href={editorPath(locale, "question", q.question.slug, q.locale)}>
              {t("inquiries.editQuestion")}
            </a>
          </p>
        ) : (
          q.answeredAt &&
          q.allowPublication &&
          mayPublish && <PublishQuestionForm locale={locale} inquiry={q} language={language} />
        )}
      </div>
    </AdminFrame>
  );
}

type InquiryView = Extract<Awaited<ReturnType<typeof getInquiry>>, { ok: true }>["item"];

/** Start a public Q&A from an answered inquiry whose asker allowed it (then edited and reviewed like any text). */
async function PublishQuestionForm({
  locale,
  inquiry: q,
  language,
}: {
  locale: Locale;
  inquiry: InquiryView;
  language: string;
}) {
  const [t, zones, topicLabel] = await Promise.all([
    getTranslations({ locale, namespace: "admin" }),
    getZones(locale),
    labelsFor(locale, "topics"),
  ]);
  return (
    <section aria-labelledby="publish-question" className="rounded border border-slate-300 p-4">
      <h2 id="publish-question" className="text-xl font-semibold text-brand-900">
        {t("inquiries.publishTitle")}
      </h2>
      <p className="mt-2">{t("inquiries.publishLead", { language })}</p>
      <form action={startPublicQuestionAction.bind(null, locale)} className="mt-3 space-y-3" data-testid="publish-form">
        <input type="hidden" name="reference" value={q.reference} />
        <label className="block font-semibold">
          {t("inquiries.publishQuestion")}
          <textarea
            name="question"
            required
            rows={5}
            maxLength={5000}
            defaultValue={q.message}
            lang={htmlLang[q.locale]}
            className={field}
          />
        </label>
        <label className="block font-semibold">
          {t("inquiries.publishAnswer")}
          <textarea
            name="answer"
            required
            rows={8}
            maxLength={20000}
            defaultValue={q.answer ?? ""}
            lang={htmlLang[q.locale]}
            className={field}
          />
        </label>
        <div className="flex flex-wrap gap-4">
          <label className="font-semibold">
            {t("inquiries.publishZone")}
            <select name="zone" defaultValue="" className={field}>
              <option value="">{t("inquiries.publishNone")}</option>
              {zones.map((z) => (
                <option key={z.slug} value={z.slug}>
                  {z.shortName}
                </option>
              ))}
            </select>
          </label>
          <label className="font-semibold">
            {t("inquiries.publishTopic")}
            <select name="topic" defaultValue="" className={field}>
              <option value="">{t("inquiries.publishNone")}</option>
              {topicCodes.map((c) => (
                <option key={c} value={c}>
                  {topicLabel(c)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <button type="submit" className={primaryButton}>
          {t("inquiries.publishSubmit")}
        </button>
      </form>
    </section>
  );
}
