// Two parts of the content editor page (page.tsx): the workflow forms under the editor (submit for review,
// publish or approve with a public change note, unpublish, return with a comment, schedule) and the review
// diffs (the pending draft against the live text; the original's changes since this translation's source).
import { getTranslations } from "next-intl/server";
import { htmlLang, type Locale } from "@/i18n/routing";
import type { AdminUser } from "@/lib/auth/permissions";
import { contentTypes, type ContentType } from "@/lib/content-model/types";
import { diffFields } from "@/lib/admin/diff";
import { editorPath, localized } from "@/lib/routes";
import { itemPath } from "@/lib/content-model/pages";
import { textLink } from "@/components/ui/styles";
import type { getContentForEditing } from "@/lib/admin/content";
import { hasPublicHistory } from "@/lib/follow/targets";
import { FieldDiffs } from "@/components/admin/field-diffs";
import { primaryButton, secondaryButton } from "@/components/ui/styles";
import { returnForRevisionAction, setContentStatusAction, submitForReviewAction } from "../../../actions";
import { SchedulePanel } from "../../../../schedule/panel";

type EditedItem = Extract<Awaited<ReturnType<typeof getContentForEditing>>, { ok: true }>["item"];
type Target = { type: ContentType; key: string; editLocale: Locale };

export async function WorkflowForms({
  locale,
  user,
  item,
  target,
  language,
}: {
  locale: Locale;
  user: AdminUser;
  item: EditedItem;
  target: Target;
  language: string;
}) {
  const [t, tf] = await Promise.all([
    getTranslations({ locale, namespace: "admin" }),
    getTranslations({ locale, namespace: "follow.admin" }),
  ]);
  const tr = item.translation;
  const type = target.type;
  const el = target.editLocale;
  return (
    <>
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
                  {tf("changeNote")}{" "}
                  <span className="font-normal text-slate-600">{tf("changeNoteHint", { language })}</span>
                </label>
                <textarea
                  id="change-note"
                  name="note"
                  rows={2}
                  maxLength={500}
                  lang={htmlLang[el]}
                  className="block w-full rounded border border-slate-500 px-3 py-2"
                />
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
          <textarea
            id="return-note"
            name="note"
            rows={3}
            maxLength={2000}
            required
            className="block w-full rounded border border-slate-500 px-3 py-2"
          />
          <button
            type="submit"
            className="rounded border border-accent-600 px-4 py-2 font-medium text-accent-600 hover:bg-slate-100"
          >
            {t("content.returnButton")}
          </button>
        </form>
      )}
      {item.canPublish && (tr.pendingDraft || tr.status === "draft") && (
        <SchedulePanel user={user} locale={locale} target={target} />
      )}
    </>
  );
}

export async function ReviewDiffs({
  locale,
  item,
  labels,
}: {
  locale: Locale;
  item: EditedItem;
  labels: Record<string, string>;
}) {
  const t = await getTranslations({ locale, namespace: "admin" });
  const tr = item.translation;
  const src = item.original;
  const el = tr.locale;
  const def = contentTypes[item.type];
  const diffLabels = { added: t("history.added"), removed: t("history.removed"), empty: t("history.emptyText") };
  const legend = { added: t("history.legendAdded"), removed: t("history.legendRemoved") };
  if (!tr.pendingDraft && !item.originalAtSource) return null;
  return (
    <section aria-labelledby="review-diffs" className="space-y-4 rounded border border-slate-300 p-4">
      <h2 id="review-diffs" className="text-xl font-semibold text-brand-900">
        {t("content.reviewHeading")}
      </h2>
      {tr.pendingDraft && (
        <div>
          <h3 className="font-semibold">
            {tr.liveRevision > 0
              ? t("content.draftDiff", { from: tr.liveRevision, to: tr.revision })
              : t("content.draftNew")}
          </h3>
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
            {t("content.sourceSince", {
              language: t(`news.localeNames.${src.locale}`),
              from: tr.sourceRevision,
              to: src.liveRevision,
            })}
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
  );
}

/** Where this language's text stands (status, live revision, draft, review, outdated) and the ways on. */
export async function StatusLine({ locale, item, type }: { locale: Locale; item: EditedItem; type: ContentType }) {
  const t = await getTranslations({ locale, namespace: "admin" });
  const tr = item.translation;
  const el = tr.locale;
  return (
    <p className="flex flex-wrap items-center gap-4">
      <span>
        {t("content.status")}:{" "}
        <strong data-testid="content-status">
          {tr.status ? t(`content.statuses.${tr.status}`) : t("content.noStatus")}
        </strong>
      </span>
      <span data-testid="live-revision">
        {tr.liveRevision > 0 ? t("content.liveRevision", { revision: tr.liveRevision }) : t("content.neverLive")}
      </span>
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
      {item.outdated && (
        <span className="rounded border border-accent-600 px-2 font-medium text-accent-600">
          {t("content.outdated")}
        </span>
      )}
      <a className={textLink} href={`${editorPath(locale, type, item.key, el)}/history`}>
        {t("content.history")}
      </a>
      <a className={textLink} href={localized(el, itemPath(type, item.key))}>
        {t("content.viewOnSite")}
      </a>
    </p>
  );
}
