// /{locale}/admin/news/{slug}/{editLocale}: edit one language of a news article. The original-language
// text is shown read-only beside the editable fields; Save posts with the version the page was opened at
// (a stale save is refused and the typed text is kept); editors and admins also get Publish/Unpublish.
// The preview renders the SAVED body through the one Markdown renderer. Reads the session, so the
// editor sits inside <Suspense>; anonymous visitors go to the sign-in page.
import { Suspense } from "react";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { htmlLang, isLocale, type Locale } from "@/i18n/routing";
import { currentAdminUser } from "@/lib/auth/session";
import { fieldLimits, getNewsForEditing, newsFields, type FieldErrorCode, type NewsField } from "@/lib/data/admin-news";
import { PageHeader } from "@/components/ui/page-header";
import { Markdown } from "@/components/ui/markdown";
import { NewsEditorForm, type NewsEditorMessages } from "@/components/admin/news-editor-form";
import { saveNewsAction, setNewsStatusAction } from "../../actions";

type Props = PageProps<"/[locale]/admin/news/[slug]/[editLocale]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "admin" });
  return { title: `${t("news.title")} · ${t("title")}`, robots: { index: false, follow: false } };
}

// Cache Components needs sample params to check this route's shell at build time (the layout's language
// switcher reads the pathname). Every real slug renders on request; this placeholder only shows "not found".
export function generateStaticParams() {
  return [{ slug: "_", editLocale: "zh" }];
}

const errorKeys = ["stale", "forbidden", "notFound", "invalid", "failed"] as const;

async function Editor({ locale, params, searchParams }: { locale: Locale; params: Props["params"]; searchParams: Props["searchParams"] }) {
  const user = await currentAdminUser();
  if (!user) redirect(`/${locale}/admin/sign-in`);
  const [{ slug, editLocale }, sp, t] = await Promise.all([params, searchParams, getTranslations({ locale, namespace: "admin" })]);
  const result = await getNewsForEditing(user, slug, editLocale);
  if (!result.ok) {
    return (
      <p role="alert" className="mt-8 font-medium">
        {t(result.error === "forbidden" ? "news.forbiddenLocale" : "news.notFound")}
      </p>
    );
  }
  const item = result.item;
  const el = item.translation.locale;
  const language = t(`news.localeNames.${el}`);
  const error = errorKeys.find((k) => k === sp.error);
  const notice = typeof sp.saved === "string" ? "saved" : sp.status === "published" ? "published" : sp.status === "draft" ? "unpublished" : null;

  const codes = ["required", "tooLong", "invalid"] as const satisfies readonly FieldErrorCode[];
  const messages: NewsEditorMessages = {
    fields: Object.fromEntries(newsFields.map((f) => [f, t(`news.fields.${f}`)])) as Record<NewsField, string>,
    save: t("news.save"),
    saving: t("news.saving"),
    reload: t("news.reload"),
    errors: Object.fromEntries(errorKeys.map((k) => [k, t(`news.errors.${k}`)])) as NewsEditorMessages["errors"],
    fieldErrors: Object.fromEntries(
      newsFields.map((f) => [f, Object.fromEntries(codes.map((c) => [c, t(`news.fieldErrors.${c}`, { max: fieldLimits[f] })]))]),
    ) as NewsEditorMessages["fieldErrors"],
  };
  const tr = item.translation;
  const src = item.original;
  const statusAction = setNewsStatusAction.bind(null, locale, item.slug, el);

  return (
    <div className="mt-6 space-y-6">
      <p className="flex flex-wrap gap-4">
        <span>{t("news.version", { version: item.version })}</span>
        <span>
          {t("news.status")}: <strong data-testid="news-status">{t(`news.statuses.${tr.status}`)}</strong>
        </span>
        {item.outdated && (
          <span className="rounded border border-accent-600 px-2 font-medium text-accent-600">{t("news.outdated")}</span>
        )}
      </p>
      {notice && (
        <p role="status" className="rounded border border-brand-600 bg-brand-50 px-4 py-2">
          {t(`news.${notice}`)}
        </p>
      )}
      {error && (
        <p role="alert" className="rounded border-2 border-accent-600 px-4 py-2 font-medium text-accent-600">
          {t(`news.errors.${error}`)}
        </p>
      )}
      {item.outdated && <p className="rounded border border-accent-600 px-4 py-2">{t("news.outdatedNotice")}</p>}

      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="news-source" className="min-w-0">
          <h2 id="news-source" className="text-xl font-semibold text-brand-900">
            {t("news.source", { language: t(`news.localeNames.${src.locale}`) })}
          </h2>
          {item.isOriginal ? (
            <p className="mt-3">{t("news.sourceIsThis")}</p>
          ) : (
            <dl className="mt-3 space-y-3" lang={htmlLang[src.locale]}>
              {newsFields.map((f) => (
                <div key={f}>
                  <dt className="font-medium" lang={htmlLang[locale]}>
                    {t(`news.fields.${f}`)}
                  </dt>
                  <dd className="mt-1 whitespace-pre-wrap rounded border border-slate-200 bg-slate-50 px-3 py-2" data-testid={`source-${f}`}>
                    {src[f]}
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </section>

        <section aria-labelledby="news-edit" className="min-w-0">
          <h2 id="news-edit" className="text-xl font-semibold text-brand-900">
            {t("news.yourText", { language })}
          </h2>
          <div className="mt-3">
            <NewsEditorForm
              key={item.version}
              action={saveNewsAction.bind(null, locale, item.slug, el)}
              lang={htmlLang[el]}
              messages={messages}
              initial={{
                seq: 0,
                version: item.version,
                values: { title: tr.title, summary: tr.summary, body: tr.body, sourceName: tr.sourceName, byline: tr.byline },
              }}
            />
          </div>
          {item.canPublish && (
            <form action={statusAction} className="mt-4">
              <input type="hidden" name="expectedVersion" value={item.version} />
              <input type="hidden" name="status" value={tr.status === "published" ? "draft" : "published"} />
              <button type="submit" className="rounded border border-slate-500 px-4 py-2 font-medium hover:bg-slate-100">
                {tr.status === "published" ? t("news.unpublish") : t("news.publish")}
              </button>
            </form>
          )}
        </section>
      </div>

      <section aria-labelledby="news-preview" className="rounded border border-slate-300 p-4">
        <h2 id="news-preview" className="text-xl font-semibold text-brand-900">
          {t("news.preview")}
        </h2>
        <article lang={htmlLang[el]} className="mt-3" data-testid="news-preview">
          <h3 className="text-2xl font-semibold">{tr.title}</h3>
          <p className="mt-2 text-lg">{tr.summary}</p>
          <Markdown>{tr.body}</Markdown>
        </article>
      </section>
    </div>
  );
}

// The slug and language are not known at build time: everything that reads them sits inside <Suspense>.
async function EditPage({ params, searchParams }: Props) {
  const { locale: raw, editLocale } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "admin" });
  const language = isLocale(editLocale) ? t(`news.localeNames.${editLocale}`) : editLocale;
  return (
    <>
      <PageHeader title={t("news.title")} lead={language}>
        <p className="mt-3">
          <a className="text-brand-700 underline" href={`/${locale}/admin/news`}>
            {t("news.backToList")}
          </a>
        </p>
      </PageHeader>
      <Suspense fallback={<p className="mt-8 text-slate-600">…</p>}>
        <Editor locale={locale} params={params} searchParams={searchParams} />
      </Suspense>
    </>
  );
}

export default function NewsEditPage(props: Props) {
  return (
    <Suspense fallback={<p className="mt-8 text-slate-600">…</p>}>
      <EditPage {...props} />
    </Suspense>
  );
}
