// /{locale}/admin/translations: the translation dashboard. Per language, a table of every content type
// with its items, the translations present, published, outdated and missing; below, every outdated
// translation with a link to its editor and what changed in the original since the translation was made
// (word-level, components/admin/text-diff.tsx). For anyone who may edit at least one language; edit links
// only for the languages this user may edit. Anonymous visitors go to the sign-in page.
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { htmlLang, locales, type Locale } from "@/i18n/routing";
import { requireAdmin } from "@/lib/auth/guard";
import { canEditLocale, type AdminUser } from "@/lib/auth/permissions";
import { contentTypes } from "@/lib/content-model/types";
import { editorPath } from "@/lib/routes";
import { listReviewQueue } from "@/lib/admin/content";
import { getTranslationDashboard, type TranslationDashboard } from "@/lib/admin/translations";
import { adminPath } from "@/lib/routes";
import { AdminFrame } from "@/components/admin/admin-frame";
import { AdminTable, row } from "@/components/admin/admin-table";
import { textLink } from "@/components/ui/styles";
import { TextDiff, TextDiffLegend } from "@/components/admin/text-diff";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/translations">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "admin" });
  return { title: `${t("translations.title")} · ${t("title")}` };
}

const columns = ["items", "present", "published", "outdated", "missing"] as const;

type T = Awaited<ReturnType<typeof getTranslations<"admin">>>;
type Queue = Awaited<ReturnType<typeof listReviewQueue>>;

/** Drafts waiting for review (editors), or returned with a comment (translators), per language. */
function ReviewQueue({ locale, t, queue }: { locale: Locale; t: T; queue: Queue }) {
  const entries = queue.ok ? queue.entries : [];
  const queueState = queue.ok ? queue.state : "submitted";
  const language = (l: Locale) => t(`news.localeNames.${l}`);
  return (
    <section aria-labelledby="review-queue" className="space-y-4">
      <h2 id="review-queue" className="text-2xl font-semibold text-brand-900">
        {t(queueState === "submitted" ? "translations.queueHeading" : "translations.returnedHeading")}
      </h2>
      <p data-testid="queue-count">
        {t(queueState === "submitted" ? "translations.queueCount" : "translations.returnedCount", {
          count: entries.length,
        })}
      </p>
      {(queue.ok ? locales : []).map((l) => {
        const mine = entries.filter((e) => e.locale === l);
        if (mine.length === 0) return null;
        return (
          <div key={l} data-testid={`queue-${l}`}>
            <h3 className="text-lg font-semibold">{language(l)}</h3>
            <ul className="mt-2 list-disc space-y-1 pl-6">
              {mine.map((e) => (
                <li key={`${e.type}-${e.key}`}>
                  <a className={textLink} href={editorPath(locale, e.type, e.key, e.locale)}>
                    {t(`content.types.${e.type}`)} · <span lang={htmlLang[e.locale]}>{e.title}</span>
                  </a>{" "}
                  <span className="text-slate-600">{t("translations.queueRevision", { revision: e.revision })}</span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

/** Per language, a table of every content type with its counts. */
function Coverage({ locale, t, coverage }: { locale: Locale; t: T; coverage: TranslationDashboard["coverage"] }) {
  const language = (l: Locale) => t(`news.localeNames.${l}`);
  const number = "px-3 py-2 text-right tabular-nums";
  return (
    <section aria-labelledby="coverage" className="space-y-6">
      <h2 id="coverage" className="text-2xl font-semibold text-brand-900">
        {t("translations.coverageHeading")}
      </h2>
      {coverage.map((c) => (
        <div key={c.locale} className="space-y-2" data-testid={`coverage-${c.locale}`}>
          <AdminTable
            region
            showCaption
            caption={t("translations.coverageCaption", { language: language(c.locale) })}
            columns={[
              { label: t("translations.columns.type") },
              ...columns.map((col) => ({ label: t(`translations.columns.${col}`), align: "right" as const })),
            ]}
          >
            {c.rows.map((r) => (
              <tr key={r.type} className={row} data-testid={`coverage-${c.locale}-${r.type}`}>
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  {c.editable ? (
                    <a className={textLink} href={adminPath(locale, "content", r.type)}>
                      {t(`content.types.${r.type}`)}
                    </a>
                  ) : (
                    t(`content.types.${r.type}`)
                  )}
                </th>
                {columns.map((col) => {
                  const v = r[col];
                  return (
                    <td
                      key={col}
                      className={`${number} ${col === "outdated" && v ? "font-semibold text-accent-600" : ""}`}
                      data-col={col}
                    >
                      {v === null ? (
                        <>
                          <span aria-hidden="true">—</span>
                          <span className="sr-only">{t("translations.notApplicable")}</span>
                        </>
                      ) : (
                        v
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </AdminTable>
          <p className="text-sm text-slate-700">{t(c.editable ? "translations.canEdit" : "translations.readOnly")}</p>
        </div>
      ))}
    </section>
  );
}

/** Every outdated translation with what changed in its original since it was made. */
function Outdated({
  locale,
  t,
  user,
  dashboard,
}: {
  locale: Locale;
  t: T;
  user: AdminUser;
  dashboard: TranslationDashboard;
}) {
  const { outdated, outdatedTotal } = dashboard;
  const language = (l: Locale) => t(`news.localeNames.${l}`);
  const diffLabels = { added: t("history.added"), removed: t("history.removed"), empty: t("history.emptyText") };
  return (
    <section aria-labelledby="outdated" className="space-y-4">
      <h2 id="outdated" className="text-2xl font-semibold text-brand-900">
        {t("translations.outdatedHeading")}
      </h2>
      <p data-testid="outdated-count">{t("translations.outdatedCount", { count: outdatedTotal })}</p>
      {outdatedTotal > outdated.length && (
        <p>{t("translations.moreNotShown", { shown: outdated.length, count: outdatedTotal - outdated.length })}</p>
      )}
      {outdated.length > 0 && <TextDiffLegend added={t("history.legendAdded")} removed={t("history.legendRemoved")} />}
      <ol className="space-y-6">
        {outdated.map((o) => {
          const labels = Object.fromEntries(
            contentTypes[o.type].fields.map((f) => [f.name, t(`content.fields.${f.name}` as "content.fields.name")]),
          );
          const id = `${o.type}-${o.key}-${o.locale}`;
          return (
            <li key={id} className="rounded border border-slate-300 p-4" data-testid={`outdated-${id}`}>
              <h3 className="text-lg font-semibold text-brand-900">
                <span>{t(`content.types.${o.type}`)}</span> ·{" "}
                {o.number !== undefined && <span className="text-slate-600">{o.number}. </span>}
                <span lang={htmlLang[o.originalLocale]}>{o.title}</span>
              </h3>
              <p className="font-mono text-sm text-slate-600">{o.key}</p>
              <p className="mt-2">
                <span className="rounded border border-accent-600 px-2 text-sm font-medium text-accent-600">
                  {t("translations.translationOf", { language: language(o.locale) })}
                </span>{" "}
                {o.sourceRevision !== null
                  ? t("translations.revisions", {
                      from: o.sourceRevision,
                      to: o.originalRevision,
                      original: language(o.originalLocale),
                    })
                  : t("translations.revisionsUnknown", { to: o.originalRevision })}
              </p>
              <p className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
                {o.editable ? (
                  <a
                    className="font-medium text-brand-700 underline"
                    href={editorPath(locale, o.type, o.key, o.locale)}
                  >
                    {t("translations.edit", { language: language(o.locale) })}
                  </a>
                ) : (
                  <span>{t("translations.noEdit", { language: language(o.locale) })}</span>
                )}
                {canEditLocale(user, o.originalLocale) && (
                  <a className={textLink} href={`${editorPath(locale, o.type, o.key, o.originalLocale)}/history`}>
                    {t("translations.originalHistory")}
                  </a>
                )}
              </p>
              <h4 className="mt-4 font-semibold">{t("translations.sourceChanges")}</h4>
              {o.sourceDiff === null ? (
                <p className="mt-1" data-testid="source-unavailable">
                  {o.sourceRevision !== null
                    ? t("translations.sourceUnavailable", { revision: o.sourceRevision })
                    : t("translations.sourceUnavailableUnknown")}
                </p>
              ) : o.sourceDiff.length === 0 ? (
                <p className="mt-1">{t("translations.sourceUnchanged")}</p>
              ) : (
                <div className="mt-2 space-y-3">
                  {o.sourceDiff.map((f) => (
                    <div key={f.name} className="min-w-0">
                      <p className="font-medium">{labels[f.name]}</p>
                      <div className="mt-1">
                        <TextDiff
                          parts={f.parts}
                          lang={htmlLang[o.originalLocale]}
                          labels={diffLabels}
                          testId={`source-diff-${f.name}`}
                        />
                      </div>
                    </div>
                  ))}
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

export default async function TranslationsPage({ params }: PageProps<"/[locale]/admin/translations">) {
  const { l: locale, user } = await requireAdmin((await params).locale);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "admin" });
  const frame = {
    title: t("translations.title"),
    lead: t("translations.lead"),
    back: { href: adminPath(locale), label: t("translations.back") },
  };
  const [result, queue] = await Promise.all([getTranslationDashboard(user), listReviewQueue(user)]);
  if (!result.ok) {
    return <AdminFrame {...frame} refused={t("translations.forbidden")} />;
  }
  return (
    <AdminFrame {...frame}>
      <div className="mt-8 space-y-10">
        <ReviewQueue locale={locale} t={t} queue={queue} />
        <Coverage locale={locale} t={t} coverage={result.dashboard.coverage} />
        <Outdated locale={locale} t={t} user={user} dashboard={result.dashboard} />
      </div>
    </AdminFrame>
  );
}
