// /{locale}/admin/content/{type}/{key}/{editLocale}/history: every saved revision of one language of one
// item, newest first (who, when, revision and version), the difference between two revisions field by
// field (by default the newest against the one before it; ?from=&to= picks any two, through a plain GET
// form that works without JavaScript), and "Restore this version", which saves that revision's text as a
// new revision. Reads the session, so everything that does sits inside <Suspense>; anonymous visitors go
// to the sign-in page; the permission is the one to edit that language.
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { htmlLang, isLocale, type Locale } from "@/i18n/routing";
import { intlLocale, joinList } from "@/lib/format";
import { requireAdmin } from "@/lib/auth/guard";
import { portalDateTime } from "@/lib/time";
import { contentTypes, isContentType } from "@/lib/content-model/types";
import { editorPath } from "@/lib/routes";
import { compareRevisions, listRevisions, type RevisionEntry } from "@/lib/admin/history";
import { AdminFrame, Refusal } from "@/components/admin/admin-frame";
import { TextDiff, TextDiffLegend } from "@/components/admin/text-diff";
import { restoreRevisionAction } from "./actions";
import { secondaryButton, textLink } from "@/components/ui/styles";
import { Alert } from "@/components/ui/alert";

type Props = PageProps<"/[locale]/admin/content/[type]/[key]/[editLocale]/history">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "admin" });
  return { title: `${t("history.title")} · ${t("title")}` };
}

// Cache Components needs sample params to check this route's shell at build time. Every real item
// renders on request; this placeholder only shows "not found".
export function generateStaticParams() {
  return [{ type: "news", key: "_", editLocale: "zh" }];
}

const errorKeys = ["stale", "forbidden", "notFound", "invalid", "failed"] as const;
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v.slice(0, 100) : undefined);
/** The key as typed in the address (a malformed escape is left as it is, and then not found). */
const decodeKey = (key: string) => {
  try {
    return decodeURIComponent(key);
  } catch {
    return key;
  }
};

async function History({
  locale,
  params,
  searchParams,
}: {
  locale: Locale;
  params: Props["params"];
  searchParams: Props["searchParams"];
}) {
  const { user } = await requireAdmin(locale);
  const [{ type, key: rawKey, editLocale }, sp, t] = await Promise.all([
    params,
    searchParams,
    getTranslations({ locale, namespace: "admin" }),
  ]);
  const key = decodeKey(rawKey);
  const result = await listRevisions(user, type, key, editLocale);
  if (!result.ok || !isContentType(type)) {
    return (
      <Refusal>{t(!result.ok && result.error === "forbidden" ? "history.forbidden" : "history.notFound")}</Refusal>
    );
  }
  const h = result.history;
  // The entry whose text is on the site (the newest one with the live revision number).
  const liveId = h.liveRevision > 0 ? h.revisions.find((r) => r.revision === h.liveRevision)?.id : undefined;
  const def = contentTypes[type];
  const textLang = htmlLang[h.locale];
  const labels = Object.fromEntries(
    def.fields.map((f) => [f.name, t(`content.fields.${f.name}` as "content.fields.name")]),
  );
  const diffLabels = { added: t("history.added"), removed: t("history.removed"), empty: t("history.emptyText") };
  const when = portalDateTime(intlLocale[locale], { dateStyle: "medium", timeStyle: "short", hourCycle: "h23" });
  const error = errorKeys.find((k) => k === sp.error);
  const comparison = compareRevisions(h, one(sp.from), one(sp.to));
  const page = `${editorPath(locale, type, h.key, h.locale)}/history`;

  const changed = comparison?.fields.filter((f) => f.changed) ?? [];
  const unchanged = comparison?.fields.filter((f) => !f.changed) ?? [];
  const selectClass =
    "mt-1 w-full rounded border border-slate-500 bg-white px-2 py-1.5 text-base font-normal sm:w-auto";

  return (
    <div className="mt-6 space-y-8">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-medium">{t("history.item")}</dt>
        <dd className="min-w-0 break-words">
          <span lang={htmlLang[h.originalLocale]}>{h.title}</span>{" "}
          <span className="font-mono text-sm text-slate-600">{h.key}</span>
        </dd>
        <dt className="font-medium">{t("history.language")}</dt>
        <dd>
          {t(`news.localeNames.${h.locale}`)}
          {h.isOriginal && <span className="ml-2 rounded bg-brand-50 px-2 text-sm">{t("content.original")}</span>}
        </dd>
      </dl>
      <p data-testid="history-current">{t("history.current", { version: h.version, revision: h.revision })}</p>
      {error && <Alert>{t(`history.errors.${error}`)}</Alert>}

      {h.revisions.length === 0 ? (
        <p>{t("history.empty")}</p>
      ) : (
        <>
          <section aria-labelledby="history-compare" className="space-y-4">
            <h2 id="history-compare" className="text-xl font-semibold text-brand-900">
              {t("history.compareHeading")}
            </h2>
            <form method="get" action={page} className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-end">
              <label className="flex flex-col font-medium" htmlFor="compare-from">
                {t("history.from")}
                <select id="compare-from" name="from" defaultValue={comparison?.from?.id ?? ""} className={selectClass}>
                  {h.revisions.map((r) => (
                    <option key={r.id} value={r.id}>
                      {t("history.option", { revision: r.revision, date: when.format(r.createdAt) })}
                    </option>
                  ))}
                </select>
              </label>
              <label className="flex flex-col font-medium" htmlFor="compare-to">
                {t("history.to")}
                <select id="compare-to" name="to" defaultValue={comparison?.to.id} className={selectClass}>
                  {h.revisions.map((r) => (
                    <option key={r.id} value={r.id}>
                      {t("history.option", { revision: r.revision, date: when.format(r.createdAt) })}
                    </option>
                  ))}
                </select>
              </label>
              <button
                type="submit"
                className="self-start rounded border border-slate-500 px-4 py-2 font-medium hover:bg-slate-100 sm:self-auto"
              >
                {t("history.compareButton")}
              </button>
            </form>

            {comparison && (
              <div className="space-y-4 rounded border border-slate-300 p-4" data-testid="history-diff">
                {comparison.from ? (
                  <>
                    <h3 className="text-lg font-semibold text-brand-900">
                      {t("history.changesHeading", { from: comparison.from.revision, to: comparison.to.revision })}
                    </h3>
                    {changed.length === 0 ? (
                      <p>{t("history.noChanges")}</p>
                    ) : (
                      <>
                        <TextDiffLegend added={t("history.legendAdded")} removed={t("history.legendRemoved")} />
                        {changed.map((f) => (
                          <div key={f.name} className="min-w-0">
                            <h4 className="font-medium">{labels[f.name]}</h4>
                            <div className="mt-1">
                              <TextDiff parts={f.parts} lang={textLang} labels={diffLabels} testId={`diff-${f.name}`} />
                            </div>
                          </div>
                        ))}
                      </>
                    )}
                    {unchanged.length > 0 && changed.length > 0 && (
                      <p className="text-sm text-slate-700">
                        {t("history.unchanged", {
                          fields: joinList(
                            locale,
                            unchanged.map((f) => labels[f.name]!),
                          ),
                        })}
                      </p>
                    )}
                  </>
                ) : (
                  <p>{t("history.firstOnly", { revision: comparison.to.revision })}</p>
                )}
              </div>
            )}
          </section>

          <RevisionList locale={locale} history={h} page={page} liveId={liveId} />
        </>
      )}
    </div>
  );
}

type RevisionHistory = Extract<Awaited<ReturnType<typeof listRevisions>>, { ok: true }>["history"];

/** Every saved revision, newest first, with who saved it, when, and the way to compare or restore it. */
async function RevisionList({
  locale,
  history: h,
  page,
  liveId,
}: {
  locale: Locale;
  history: RevisionHistory;
  page: string;
  liveId: string | undefined;
}) {
  const t = await getTranslations({ locale, namespace: "admin" });
  const when = portalDateTime(intlLocale[locale], { dateStyle: "medium", timeStyle: "short", hourCycle: "h23" });
  const restore = restoreRevisionAction.bind(null, locale, { type: h.type, key: h.key, editLocale: h.locale });
  const author = (r: RevisionEntry) =>
    r.author.kind === "user"
      ? `${r.author.name} (${r.author.email})`
      : r.author.kind === "system"
        ? t("history.system")
        : t("history.unknownUser");
  return (
    <section aria-labelledby="history-revisions">
      <h2 id="history-revisions" className="text-xl font-semibold text-brand-900">
        {t("history.revisionsHeading", { count: h.revisions.length })}
      </h2>
      {h.canRestore ? (
        <p className="mt-2 text-slate-700">{t("history.restoreHint")}</p>
      ) : (
        <p className="mt-2">{t("history.noRestore")}</p>
      )}
      <ol className="mt-4 space-y-4">
        {h.revisions.map((r, i) => {
          const isCurrent = i === 0 && r.revision === h.revision;
          return (
            <li key={r.id} className="rounded border border-slate-300 p-4" data-testid={`revision-${r.revision}`}>
              <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                <h3 className="text-lg font-semibold text-brand-900">
                  {t("history.revision", { revision: r.revision })}
                </h3>
                <span className="text-slate-700">{t("history.version", { version: r.version })}</span>
                {isCurrent && (
                  <span className="rounded bg-brand-50 px-2 text-sm font-medium">{t("history.currentBadge")}</span>
                )}
                {r.id === liveId && (
                  <span className="rounded bg-brand-50 px-2 text-sm font-medium" data-testid="live-badge">
                    {t("history.liveBadge")}
                  </span>
                )}
                {r.baseline && <span className="rounded bg-slate-100 px-2 text-sm">{t("history.baseline")}</span>}
                {r.restoredFrom !== null && (
                  <span className="rounded bg-slate-100 px-2 text-sm">
                    {t("history.restoredFrom", { revision: r.restoredFrom })}
                  </span>
                )}
              </div>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                <dt className="font-medium">{t("history.savedBy")}</dt>
                <dd className="min-w-0 break-words">{author(r)}</dd>
                <dt className="font-medium">{t("history.savedAt")}</dt>
                <dd>
                  <time dateTime={r.createdAt.toISOString()}>{when.format(r.createdAt)}</time>
                </dd>
              </dl>
              {!h.isOriginal && r.sourceRevision !== null && (
                <p className="mt-1 text-sm text-slate-700">
                  {t("history.sourceRevision", { revision: r.sourceRevision })}
                </p>
              )}
              <div className="mt-3 flex flex-wrap items-center gap-4">
                {i < h.revisions.length - 1 && (
                  <a className={textLink} href={`${page}?to=${encodeURIComponent(r.id)}#history-compare`}>
                    {t("history.showChanges")}
                    <span className="sr-only"> {t("history.revisionSuffix", { revision: r.revision })}</span>
                  </a>
                )}
                {h.canRestore && !isCurrent && (
                  <form action={restore}>
                    <input type="hidden" name="revisionId" value={r.id} />
                    <input type="hidden" name="expectedRevision" value={h.revision} />
                    <button type="submit" className={secondaryButton}>
                      {t("history.restore")}
                      <span className="sr-only"> {t("history.revisionSuffix", { revision: r.revision })}</span>
                    </button>
                  </form>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

export default async function RevisionHistoryPage({ params, searchParams }: Props) {
  const { locale: raw, type, key, editLocale } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "admin" });
  const language = isLocale(editLocale) ? t(`news.localeNames.${editLocale}`) : editLocale;
  const typeName = isContentType(type) ? t(`content.types.${type}`) : t("content.title");
  const back =
    isContentType(type) && isLocale(editLocale)
      ? { href: editorPath(locale, type, decodeKey(key), editLocale), label: t("history.backToEditor") }
      : undefined;
  return (
    <AdminFrame title={t("history.title")} lead={`${typeName} · ${language}`} back={back}>
      <History locale={locale} params={params} searchParams={searchParams} />
    </AdminFrame>
  );
}
