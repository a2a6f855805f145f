// /{locale}/admin/content/{type}/{key}/{editLocale}: edit one language of one item. The original-language
// text (live) is shown read-only beside the editable draft; Save writes the draft with the revision the
// page was opened at (a stale save is refused and the typed text is kept) and leaves the public page as it
// is; Preview shows unsaved text as the site renders it. The review block: state, the editor's comment,
// Submit for review (anyone who may edit the text), and for editors and admins Approve/Publish, Return
// with a comment, Unpublish and the schedule; the draft's diff against the live text and the original's
// changes since the translation was made. Below, the draft as the site would render it. Anonymous visitors go to
// the sign-in page.
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { htmlLang, isLocale, type Locale } from "@/i18n/routing";
import { requireAdmin } from "@/lib/auth/guard";
import { asFormValue, contentTypes, isContentType, MAX_LIST_ENTRIES, type FieldErrorCode } from "@/lib/content-model/types";
import { editorPath, localized } from "@/lib/routes";
import { itemPath } from "@/lib/content-model/pages";
import { diffFields } from "@/lib/admin/diff";
import { getContentForEditing } from "@/lib/admin/content";
import { FieldDiffs } from "@/components/admin/field-diffs";
import { AdminFrame, Refusal } from "@/components/admin/admin-frame";
import { hasPublicHistory } from "@/lib/follow/targets";
import { ContentEditorForm, type ContentEditorMessages, type EditorError } from "@/components/admin/content-editor-form";
import { ContentPreview } from "@/components/admin/content-preview";
import { rejectedIn } from "@/lib/content/glossary-check";
import { returnForRevisionAction, saveContentAction, setContentStatusAction, submitForReviewAction } from "../../../actions";
import { SchedulePanel } from "../../../../schedule/panel";
import { adminPath } from "@/lib/routes";
import { primaryButton, secondaryButton, textLink } from "@/components/ui/styles";
import { Alert } from "@/components/ui/alert";

type Props = PageProps<"/[locale]/admin/content/[type]/[key]/[editLocale]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "admin" });
  return { title: `${t("content.title")} · ${t("title")}` };
}

// Cache Components needs sample params to check this route's shell at build time. Every real item
// renders on request; this placeholder only shows "not found".
export function generateStaticParams() {
  return [{ type: "news", key: "_", editLocale: "zh" }];
}

const errorKeys = ["stale", "forbidden", "notFound", "invalid", "failed"] as const satisfies readonly EditorError[];
const pageErrorKeys = [...errorKeys, "noDraft", "noteRequired"] as const;
const codes = ["required", "tooLong", "tooMany", "invalid"] as const satisfies readonly FieldErrorCode[];

async function Editor({ locale, params, searchParams }: { locale: Locale; params: Props["params"]; searchParams: Props["searchParams"] }) {
  const { user } = await requireAdmin(locale);
  const [{ type, key, editLocale }, sp, t] = await Promise.all([params, searchParams, getTranslations({ locale, namespace: "admin" })]);
  const result = await getContentForEditing(user, type, decodeURIComponent(key), editLocale);
  if (!result.ok || !isContentType(type)) {
    return <Refusal>{t(!result.ok && result.error === "forbidden" ? "content.forbiddenLocale" : "content.notFound")}</Refusal>;
  }
  const item = result.item;
  const def = contentTypes[type];
  const el = item.translation.locale;
  const language = t(`news.localeNames.${el}`);
  const tf = await getTranslations({ locale, namespace: "follow.admin" });
  const error = pageErrorKeys.find((k) => k === sp.error);
  const notice =
    typeof sp.saved === "string"
      ? "saved"
      : sp.status === "published"
        ? "published"
        : sp.status === "draft"
          ? "unpublished"
          : sp.review === "submitted"
            ? "submittedNotice"
            : sp.review === "returned"
              ? "returnedNotice"
              : null;
  const labels = Object.fromEntries(def.fields.map((f) => [f.name, t(`content.fields.${f.name}` as "content.fields.name")]));

  const messages: ContentEditorMessages = {
    labels,
    listHint: t("content.listHint"),
    markdownHint: t("content.markdownHint"),
    save: t("content.save"),
    saving: t("content.saving"),
    preview: t("content.previewButton"),
    previewing: t("content.previewing"),
    previewTitle: t("content.previewTitle"),
    previewNotSaved: t("content.previewNotSaved"),
    reload: t("content.reload"),
    glossaryWarning: t("content.glossaryWarning", { rejected: "{rejected}", preferred: "{preferred}" }),
    errors: Object.fromEntries(errorKeys.map((k) => [k, t(`content.errors.${k}`)])) as ContentEditorMessages["errors"],
    fieldErrors: Object.fromEntries(
      def.fields.map((f) => [
        f.name,
        Object.fromEntries(codes.map((c) => [c, t(`content.fieldErrors.${c}`, { max: c === "tooMany" ? MAX_LIST_ENTRIES : f.max })])),
      ]),
    ) as ContentEditorMessages["fieldErrors"],
  };
  const tr = item.translation;
  const src = item.original;
  const diffLabels = { added: t("history.added"), removed: t("history.removed"), empty: t("history.emptyText") };
  const legend = { added: t("history.legendAdded"), removed: t("history.legendRemoved") };
  const target = { type, key: item.key, editLocale: el };

  return (
    <div className="mt-6 space-y-6">
      <p className="flex flex-wrap items-center gap-4">
        <span>
          {t("content.status")}:{" "}
          <strong data-testid="content-status">{tr.status ? t(`content.statuses.${tr.status}`) : t("content.noStatus")}</strong>
        </span>
        <span data-testid="live-revision">{tr.liveRevision > 0 ? t("content.liveRevision", { revision: tr.liveRevision }) : t("content.neverLive")}</span>
        {tr.pendingDraft && (
          <span className="rounded border border-brand-600 px-2 font-medium" data-testid="draft-pending">
            {t("content.draftPending", { revision: tr.revision })}
          </span>
        )}
        {tr.review !== "none" && (
          <span className="rounded border border-accent-600 px-2 font-medium text-accent-600" data-testid="review-state">
            {t(`content.reviewStates.${tr.review}`)}
          </span>
        )}
        {item.outdated && <span className="rounded border border-accent-600 px-2 font-medium text-accent-600">{t("content.outdated")}</span>}
        <a className={textLink} href={`${editorPath(locale, type, item.key, el)}/history`}>
          {t("content.history")}
        </a>
        <a className={textLink} href={localized(el, itemPath(type, item.key))}>
          {t("content.viewOnSite")}
        </a>
      </p>
      {notice && (
        <Alert tone="status">{t(`content.${notice}`)}</Alert>
      )}
      {error && (
        <Alert>{t(`content.errors.${error}`)}</Alert>
      )}
      {item.outdated && <p className="rounded border border-accent-600 px-4 py-2">{t("content.outdatedNotice")}</p>}
      {tr.review === "returned" && tr.reviewNote && (
        <div className="rounded border-2 border-accent-600 px-4 py-2" data-testid="review-note">
          <p className="font-medium">{t("content.returnedBy")}</p>
          <p className="mt-1 whitespace-pre-wrap">{tr.reviewNote}</p>
        </div>
      )}
      {item.isNew && <p className="rounded border border-accent-600 px-4 py-2">{t("content.newNotice", { language })}</p>}

      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="content-source" className="min-w-0">
          <h2 id="content-source" className="text-xl font-semibold text-brand-900">
            {t("content.source", { language: t(`news.localeNames.${src.locale}`) })}
          </h2>
          {item.isOriginal ? (
            <p className="mt-3">{t("content.sourceIsThis")}</p>
          ) : (
            <dl className="mt-3 space-y-3" lang={htmlLang[src.locale]}>
              {def.fields.map((f) => (
                <div key={f.name}>
                  <dt className="font-medium" lang={htmlLang[locale]}>
                    {labels[f.name]}
                  </dt>
                  <dd className="mt-1 min-h-10 whitespace-pre-wrap rounded border border-slate-200 bg-slate-50 px-3 py-2" data-testid={`source-${f.name}`}>
                    {asFormValue(src.values[f.name])}
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </section>

        <section aria-labelledby="content-edit" className="min-w-0">
          <h2 id="content-edit" className="text-xl font-semibold text-brand-900">
            {t("content.yourText", { language })}
          </h2>
          <div className="mt-3">
            <ContentEditorForm
              key={tr.revision}
              action={saveContentAction.bind(null, locale, target)}
              fields={def.fields}
              lang={htmlLang[el]}
              messages={messages}
              locale={el}
              glossary={rejectedIn(el)}
              initial={{
                seq: 0,
                version: tr.revision,
                values: Object.fromEntries(def.fields.map((f) => [f.name, asFormValue(tr.values[f.name])])),
              }}
            />
          </div>
          <div className="mt-4 flex flex-wrap gap-3">
            {item.canSubmit && !item.canPublish && (
              <form action={submitForReviewAction.bind(null, locale, target)}>
                <input type="hidden" name="expectedRevision" value={tr.revision} />
                <button type="submit" className={secondaryButton}>
                  {t("content.submitForReview")}
                </button>
              </form>
            )}
            {item.canPublish && (tr.pendingDraft || tr.status === "draft") && (
              <form action={setContentStatusAction.bind(null, locale, target)} className="w-full space-y-2">
                <input type="hidden" name="expectedRevision" value={tr.revision} />
                <input type="hidden" name="status" value="published" />
                {hasPublicHistory(type) && (
                  <>
                    <label htmlFor="change-note" className="block font-medium">
                      {tf("changeNote")} <span className="font-normal text-slate-600">{tf("changeNoteHint", { language })}</span>
                    </label>
                    <textarea id="change-note" name="note" rows={2} maxLength={500} lang={htmlLang[el]} className="block w-full rounded border border-slate-500 px-3 py-2" />
                  </>
                )}
                <button type="submit" className={primaryButton}>
                  {tr.review === "submitted" ? t("content.approve") : t("content.publish")}
                </button>
              </form>
            )}
            {item.canPublish && tr.status === "published" && (
              <form action={setContentStatusAction.bind(null, locale, target)}>
                <input type="hidden" name="expectedRevision" value={tr.revision} />
                <input type="hidden" name="status" value="draft" />
                <button type="submit" className={secondaryButton}>
                  {t("content.unpublish")}
                </button>
              </form>
            )}
          </div>
          {item.canPublish && tr.review === "submitted" && (
            <form action={returnForRevisionAction.bind(null, locale, target)} className="mt-4 space-y-2">
              <input type="hidden" name="expectedRevision" value={tr.revision} />
              <label htmlFor="return-note" className="block font-medium">
                {t("content.returnNote")}
              </label>
              <textarea id="return-note" name="note" rows={3} maxLength={2000} required className="block w-full rounded border border-slate-500 px-3 py-2" />
              <button type="submit" className="rounded border border-accent-600 px-4 py-2 font-medium text-accent-600 hover:bg-slate-100">
                {t("content.returnButton")}
              </button>
            </form>
          )}
          {item.canPublish && (tr.pendingDraft || tr.status === "draft") && <SchedulePanel user={user} locale={locale} target={target} />}
        </section>
      </div>

      {(tr.pendingDraft || item.originalAtSource) && (
        <section aria-labelledby="review-diffs" className="space-y-4 rounded border border-slate-300 p-4">
          <h2 id="review-diffs" className="text-xl font-semibold text-brand-900">
            {t("content.reviewHeading")}
          </h2>
          {tr.pendingDraft && (
            <div>
              <h3 className="font-semibold">{tr.liveRevision > 0 ? t("content.draftDiff", { from: tr.liveRevision, to: tr.revision }) : t("content.draftNew")}</h3>
              <FieldDiffs
                diffs={diffFields(def.fields, tr.liveRevision > 0 ? tr.live : {}, tr.values, el)}
                labels={labels}
                lang={htmlLang[el]}
                diffLabels={diffLabels}
                legend={legend}
                unchanged={t("content.draftSame")}
                testId="draft-diff"
              />
            </div>
          )}
          {item.originalAtSource && tr.sourceRevision !== null && (
            <div>
              <h3 className="font-semibold">
                {t("content.sourceSince", { language: t(`news.localeNames.${src.locale}`), from: tr.sourceRevision, to: src.liveRevision })}
              </h3>
              <FieldDiffs
                diffs={diffFields(def.fields, item.originalAtSource, src.values, src.locale)}
                labels={labels}
                lang={htmlLang[src.locale]}
                diffLabels={diffLabels}
                legend={legend}
                unchanged={t("translations.sourceUnchanged")}
                testId="source-since-diff"
              />
            </div>
          )}
        </section>
      )}

      <section aria-labelledby="saved-preview" className="rounded border border-slate-300 p-4">
        <h2 id="saved-preview" className="text-xl font-semibold text-brand-900">
          {t("content.savedPreview")}
        </h2>
        <div className="mt-3">
          <ContentPreview fields={def.fields} values={tr.values} labels={labels} lang={htmlLang[el]} testId="saved-preview" />
        </div>
      </section>
    </div>
  );
}

export default async function ContentEditPage({ params, searchParams }: Props) {
  const { locale: raw, type, editLocale } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "admin" });
  const language = isLocale(editLocale) ? t(`news.localeNames.${editLocale}`) : editLocale;
  const typeName = isContentType(type) ? t(`content.types.${type}`) : t("content.title");
  return (
    <AdminFrame title={typeName} lead={language} back={{ href: adminPath(locale, "content", isContentType(type) ? type : ""), label: t("content.backToType", { type: typeName }) }}>
      <Editor locale={locale} params={params} searchParams={searchParams} />
    </AdminFrame>
  );
}
