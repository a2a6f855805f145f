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
import {
  asFormValue,
  contentTypes,
  isContentType,
  MAX_LIST_ENTRIES,
  type FieldErrorCode,
} from "@/lib/content-model/types";
import { getContentForEditing } from "@/lib/admin/content";
import { AdminFrame, Refusal } from "@/components/admin/admin-frame";
import {
  ContentEditorForm,
  type ContentEditorMessages,
  type EditorError,
} from "@/components/admin/content-editor-form";
import { ContentPreview } from "@/components/admin/content-preview";
import { rejectedIn } from "@/lib/content/glossary-check";
import { saveContentAction } from "../../../actions";
import { adminPath } from "@/lib/routes";
import { Alert } from "@/components/ui/alert";
import { ReviewDiffs, StatusLine, WorkflowForms } from "./parts";

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

async function Editor({
  locale,
  params,
  searchParams,
}: {
  locale: Locale;
  params: Props["params"];
  searchParams: Props["searchParams"];
}) {
  const { user } = await requireAdmin(locale);
  const [{ type, key, editLocale }, sp, t] = await Promise.all([
    params,
    searchParams,
    getTranslations({ locale, namespace: "admin" }),
  ]);
  const result = await getContentForEditing(user, type, decodeURIComponent(key), editLocale);
  if (!result.ok || !isContentType(type)) {
    return (
      <Refusal>
        {t(!result.ok && result.error === "forbidden" ? "content.forbiddenLocale" : "content.notFound")}
      </Refusal>
    );
  }
  const item = result.item;
  const def = contentTypes[type];
  const el = item.translation.locale;
  const language = t(`news.localeNames.${el}`);
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
  const labels = Object.fromEntries(
    def.fields.map((f) => [f.name, t(`content.fields.${f.name}` as "content.fields.name")]),
  );

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
        Object.fromEntries(
          codes.map((c) => [c, t(`content.fieldErrors.${c}`, { max: c === "tooMany" ? MAX_LIST_ENTRIES : f.max })]),
        ),
      ]),
    ) as ContentEditorMessages["fieldErrors"],
  };
  const tr = item.translation;
  const src = item.original;
  const target = { type, key: item.key, editLocale: el };

  return (
    <div className="mt-6 space-y-6">
      <StatusLine locale={locale} item={item} type={type} />
      {notice && <Alert tone="status">{t(`content.${notice}`)}</Alert>}
      {error && <Alert>{t(`content.errors.${error}`)}</Alert>}
      {item.outdated && <p className="rounded border border-accent-600 px-4 py-2">{t("content.outdatedNotice")}</p>}
      {tr.review === "returned" && tr.reviewNote && (
        <div className="rounded border-2 border-accent-600 px-4 py-2" data-testid="review-note">
          <p className="font-medium">{t("content.returnedBy")}</p>
          <p className="mt-1 whitespace-pre-wrap">{tr.reviewNote}</p>
        </div>
      )}
      {item.isNew && (
        <p className="rounded border border-accent-600 px-4 py-2">{t("content.newNotice", { language })}</p>
      )}

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
                  <dd
                    className="mt-1 min-h-10 whitespace-pre-wrap rounded border border-slate-200 bg-slate-50 px-3 py-2"
                    data-testid={`source-${f.name}`}
                  >
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
          <WorkflowForms locale={locale} user={user} item={item} target={target} language={language} />
        </section>
      </div>

      <ReviewDiffs locale={locale} item={item} labels={labels} />

      <section aria-labelledby="saved-preview" className="rounded border border-slate-300 p-4">
        <h2 id="saved-preview" className="text-xl font-semibold text-brand-900">
          {t("content.savedPreview")}
        </h2>
        <div className="mt-3">
          <ContentPreview
            fields={def.fields}
            values={tr.values}
            labels={labels}
            lang={htmlLang[el]}
            testId="saved-preview"
          />
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
    <AdminFrame
      title={typeName}
      lead={language}
      back={{
        href: adminPath(locale, "content", isContentType(type) ? type : ""),
        label: t("content.backToType", { type: typeName }),
      }}
    >
      <Editor locale={locale} params={params} searchParams={searchParams} />
    </AdminFrame>
  );
}
