// /{locale}/admin/media/{id}: one image — its details, the alt text and caption of every language the
// user may edit beside the original language's (each saved on its own, version-checked: a stale save is
// refused and keeps the typed text), and for editors and admins the credit, the news articles it is the
// lead image of (set / remove) and deletion with a confirmation box. Reads the session, so everything
// below the header sits inside <Suspense>; anonymous visitors go to the sign-in page.
import { Suspense } from "react";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { htmlLang, type Locale } from "@/i18n/routing";
import { currentAdminUser } from "@/lib/auth/session";
import { getMediaForEditing, mediaLimits, type MediaFieldErrorCode } from "@/lib/data/admin-media";
import { PageHeader } from "@/components/ui/page-header";
import { MediaTextForm, type MediaTextMessages, type MediaTextState } from "@/components/admin/media-text-form";
import { deleteMediaAction, saveMediaTextAction, setHeroAction } from "../actions";

type Props = PageProps<"/[locale]/admin/media/[id]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "admin" });
  return { title: `${t("media.title")} · ${t("title")}`, robots: { index: false, follow: false } };
}

// Cache Components needs sample params to check this route's shell at build time (the layout's language
// switcher reads the pathname). Every real id renders on request; this placeholder only shows "not found".
export function generateStaticParams() {
  return [{ id: "_" }];
}

const errorKeys = ["stale", "forbidden", "notFound", "failed", "confirm", "heroInvalid"] as const;
const codes = [
  "required",
  "tooLong",
  "invalid",
  "tooLarge",
  "notImage",
  "tooManyPixels",
] as const satisfies readonly MediaFieldErrorCode[];
const button = "rounded border border-slate-500 px-4 py-2 font-medium hover:bg-slate-100";

async function Editor({
  locale,
  params,
  searchParams,
}: {
  locale: Locale;
  params: Props["params"];
  searchParams: Props["searchParams"];
}) {
  const user = await currentAdminUser();
  if (!user) redirect(`/${locale}/admin/sign-in`);
  const [{ id }, sp, t] = await Promise.all([params, searchParams, getTranslations({ locale, namespace: "admin" })]);
  const result = await getMediaForEditing(user, id, locale);
  if (!result.ok) {
    return (
      <p role="alert" className="mt-8 font-medium">
        {t(result.error === "forbidden" ? "media.forbidden" : "media.notFound")}
      </p>
    );
  }
  const m = result.item;
  const language = (l: Locale) => t(`media.localeNames.${l}`);
  const error = sp.text ? undefined : errorKeys.find((k) => k === sp.error);
  const notice =
    sp.uploaded === "1"
      ? "uploaded"
      : typeof sp.saved === "string"
        ? "saved"
        : sp.hero === "set"
          ? "heroSet"
          : sp.hero === "removed"
            ? "heroRemoved"
            : null;
  // The outcome of a native (no-JavaScript) save of one language, from the address (see actions.ts).
  const textLocale = m.editable.find((e) => e.locale === sp.text)?.locale;
  const textError = z.enum(["stale", "forbidden", "notFound", "invalid", "failed"]).safeParse(sp.error);
  const q = (k: string) => (typeof sp[k] === "string" ? (sp[k] as string) : "");
  const returned = (l: Locale): MediaTextState | null => {
    if (l !== textLocale || !textError.success) return null;
    const code = z.enum(codes);
    const version = z.coerce.number().int().min(1).catch(m.version).parse(sp.version);
    return {
      seq: 0,
      version: textError.data === "stale" ? version : m.version,
      values: {
        alt: q("alt").slice(0, mediaLimits.alt),
        caption: q("caption").slice(0, mediaLimits.caption),
        ...(m.canManage && l === m.originalLocale ? { credit: q("credit").slice(0, mediaLimits.credit) } : {}),
      },
      error: textError.data,
      fieldErrors: Object.fromEntries(
        (["alt", "caption", "credit"] as const).flatMap((k) =>
          code.safeParse(sp[`fe.${k}`]).success ? [[k, sp[`fe.${k}`]]] : [],
        ),
      ),
    };
  };
  const largest = m.variants[m.variants.length - 1];
  const previewAlt = m.original?.alt ?? "";
  const when = new Intl.DateTimeFormat(htmlLang[locale], {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Shanghai",
  });

  const fieldErrors = (max: number) =>
    Object.fromEntries(codes.map((c) => [c, t(`media.fieldErrors.${c}`, { max })])) as Record<
      MediaFieldErrorCode,
      string
    >;
  const textMessages = (l: Locale): MediaTextMessages => ({
    alt: t("media.text.alt"),
    altHint: t("media.uploadForm.altHint", { max: mediaLimits.alt }),
    caption: t("media.text.caption"),
    credit: t("media.text.credit"),
    creditHint: t("media.text.creditHint"),
    save: t("media.text.save", { language: language(l) }),
    saving: t("media.text.saving"),
    reload: t("media.reload"),
    errors: {
      stale: t("media.errors.stale"),
      forbidden: t("media.errors.forbidden"),
      notFound: t("media.errors.notFound"),
      invalid: t("media.errors.invalid"),
      failed: t("media.errors.failed"),
    },
    fieldErrors: {
      alt: { ...fieldErrors(mediaLimits.alt), required: t("media.fieldErrors.required") },
      caption: fieldErrors(mediaLimits.caption),
      credit: fieldErrors(mediaLimits.credit),
    },
  });

  return (
    <div className="mt-6 space-y-10">
      {notice && (
        <p role="status" className="rounded border border-brand-600 bg-brand-50 px-4 py-2">
          {t(`media.${notice}`)}
        </p>
      )}
      {error && (
        <p role="alert" className="rounded border-2 border-accent-600 px-4 py-2 font-medium text-accent-600">
          {t(`media.errors.${error}`)}
        </p>
      )}

      <section aria-labelledby="media-details" className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        {largest && (
          <img
            src={`/media/${m.id}/${largest.width}.webp`}
            srcSet={m.variants.map((v) => `/media/${m.id}/${v.width}.webp ${v.width}w`).join(", ")}
            sizes="(min-width: 64rem) 40rem, 100vw"
            width={largest.width}
            height={largest.height}
            alt={previewAlt}
            lang={m.original && m.original.locale !== locale ? htmlLang[m.original.locale] : undefined}
            className="h-auto w-full rounded border border-slate-200 bg-slate-100"
            data-testid="media-preview"
          />
        )}
        <div className="min-w-0">
          <h2 id="media-details" className="text-xl font-semibold text-brand-900">
            {t("media.details.heading")}
          </h2>
          <dl className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2">
            <dt className="font-medium">{t("media.details.filename")}</dt>
            <dd className="break-all">{m.filename}</dd>
            <dt className="font-medium">{t("media.details.size")}</dt>
            <dd>{t("media.size", { width: m.width, height: m.height })}</dd>
            <dt className="font-medium">{t("media.details.variants")}</dt>
            <dd>
              <ul>
                {m.variants.map((v) => (
                  <li key={v.width}>
                    <a className="text-brand-700 underline" href={`/media/${m.id}/${v.width}.webp`}>
                      {t("media.details.variant", { width: v.width, kb: Math.max(1, Math.round(v.size / 1024)) })}
                    </a>
                  </li>
                ))}
              </ul>
            </dd>
            <dt className="font-medium">{t("media.credit")}</dt>
            <dd lang={m.credit && m.originalLocale !== locale ? htmlLang[m.originalLocale] : undefined}>
              {m.credit || t("media.noCredit")}
            </dd>
            <dt className="font-medium">{t("media.details.originalLocale")}</dt>
            <dd>{language(m.originalLocale)}</dd>
            <dt className="font-medium">{t("media.details.uploadedAt")}</dt>
            <dd>
              <time dateTime={m.createdAt.toISOString()}>{when.format(m.createdAt)}</time>
            </dd>
            <dt className="font-medium">{t("media.details.version")}</dt>
            <dd data-testid="media-version">{m.version}</dd>
          </dl>
        </div>
      </section>

      <section aria-labelledby="text" className="space-y-6">
        <div>
          <h2 id="text" className="text-xl font-semibold text-brand-900">
            {t("media.text.heading")}
          </h2>
          <p className="mt-1 max-w-3xl text-slate-700">{t("media.text.lead")}</p>
        </div>
        {m.editable.map((e) => {
          const isOriginal = e.locale === m.originalLocale;
          const headingId = `text-${e.locale}`;
          return (
            <section
              key={e.locale}
              aria-labelledby={headingId}
              className="rounded border border-slate-300 p-4"
              data-testid={`text-${e.locale}`}
            >
              <h3 id={headingId} className="flex flex-wrap items-center gap-2 text-lg font-semibold text-brand-900">
                {t("media.text.yourText", { language: language(e.locale) })}
                {isOriginal && (
                  <span className="rounded bg-brand-50 px-2 text-sm font-normal">{t("media.original")}</span>
                )}
                {!e.exists && (
                  <span className="rounded border border-accent-600 px-2 text-sm font-medium text-accent-600">
                    {t("media.missing")}
                  </span>
                )}
                {e.outdated && (
                  <span className="rounded border border-accent-600 px-2 text-sm font-medium text-accent-600">
                    {t("media.outdated")}
                  </span>
                )}
              </h3>
              <div className="mt-3 grid gap-6 lg:grid-cols-2">
                <div className="min-w-0">
                  <h4 className="font-medium">{t("media.text.source", { language: language(m.originalLocale) })}</h4>
                  {isOriginal ? (
                    <p className="mt-2 text-slate-700">{t("media.text.sourceIsThis")}</p>
                  ) : m.original ? (
                    <dl className="mt-2 space-y-2" lang={htmlLang[m.original.locale]}>
                      <dt className="text-sm font-medium" lang={htmlLang[locale]}>
                        {t("media.text.alt")}
                      </dt>
                      <dd
                        className="whitespace-pre-wrap rounded border border-slate-200 bg-slate-50 px-3 py-2"
                        data-testid={`source-alt-${e.locale}`}
                      >
                        {m.original.alt}
                      </dd>
                      {m.original.caption && (
                        <>
                          <dt className="text-sm font-medium" lang={htmlLang[locale]}>
                            {t("media.text.caption")}
                          </dt>
                          <dd className="whitespace-pre-wrap rounded border border-slate-200 bg-slate-50 px-3 py-2">
                            {m.original.caption}
                          </dd>
                        </>
                      )}
                    </dl>
                  ) : (
                    <p className="mt-2 text-slate-700">{t("media.text.sourceEmpty")}</p>
                  )}
                  {e.outdated && (
                    <p className="mt-2 rounded border border-accent-600 px-3 py-2">{t("media.text.outdatedNotice")}</p>
                  )}
                </div>
                <div className="min-w-0">
                  <MediaTextForm
                    key={m.version}
                    action={saveMediaTextAction.bind(null, locale, m.id, e.locale)}
                    idPrefix={`media-${e.locale}`}
                    lang={htmlLang[e.locale]}
                    limits={mediaLimits}
                    messages={textMessages(e.locale)}
                    reloadHref={`/${locale}/admin/media/${m.id}`}
                    initial={
                      returned(e.locale) ?? {
                        seq: 0,
                        version: m.version,
                        values: {
                          alt: e.alt,
                          caption: e.caption,
                          ...(m.canManage && isOriginal ? { credit: m.credit } : {}),
                        },
                      }
                    }
                  />
                </div>
              </div>
            </section>
          );
        })}
      </section>

      <section aria-labelledby="hero" className="space-y-4">
        <div>
          <h2 id="hero" className="text-xl font-semibold text-brand-900">
            {t("media.hero.heading")}
          </h2>
          <p className="mt-1 max-w-3xl text-slate-700">{t("media.hero.lead")}</p>
        </div>
        {m.usedBy.length === 0 ? (
          <p data-testid="hero-used-by">{t("media.hero.notUsed")}</p>
        ) : (
          <div>
            <p>{t("media.hero.usedBy")}</p>
            <ul className="mt-2 space-y-2" data-testid="hero-used-by">
              {m.usedBy.map((a) => (
                <li key={a.slug} className="flex flex-wrap items-center gap-3">
                  <a
                    className="text-brand-700 underline"
                    href={`/${locale}/news/${a.slug}`}
                    lang={a.titleLocale === locale ? undefined : htmlLang[a.titleLocale]}
                  >
                    {a.title}
                  </a>
                  {m.canManage && (
                    <form action={setHeroAction.bind(null, locale, m.id)}>
                      <input type="hidden" name="article" value={`${a.slug}@${a.version}`} />
                      <input type="hidden" name="intent" value="remove" />
                      <button
                        type="submit"
                        className={`${button} py-1 text-sm`}
                        aria-label={t("media.hero.removeLabel", { title: a.title })}
                      >
                        {t("media.hero.remove")}
                      </button>
                    </form>
                  )}
                </li>
              ))}
            </ul>
          </div>
        )}
        {m.canManage && (
          <form
            action={setHeroAction.bind(null, locale, m.id)}
            className="flex max-w-3xl flex-col gap-3 sm:flex-row sm:items-end"
          >
            <div className="min-w-0 flex-1">
              <label htmlFor="hero-article" className="block font-medium">
                {t("media.hero.article")}
              </label>
              <select
                id="hero-article"
                name="article"
                required
                defaultValue=""
                className="mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2"
              >
                <option value="" disabled>
                  {t("media.hero.choose")}
                </option>
                {m.articles
                  .filter((a) => a.heroImageId !== m.id)
                  .map((a) => (
                    <option
                      key={a.slug}
                      value={`${a.slug}@${a.version}`}
                      lang={a.titleLocale === locale ? undefined : htmlLang[a.titleLocale]}
                    >
                      {a.heroImageId ? t("media.hero.hasOther", { title: a.title }) : a.title}
                    </option>
                  ))}
              </select>
            </div>
            <button type="submit" className={button}>
              {t("media.hero.submit")}
            </button>
          </form>
        )}
      </section>

      {m.canManage && (
        <section aria-labelledby="delete" className="max-w-3xl rounded border-2 border-accent-600 p-4">
          <h2 id="delete" className="text-xl font-semibold text-accent-600">
            {t("media.delete.heading")}
          </h2>
          <p className="mt-2">{t("media.delete.warning")}</p>
          {m.usedBy.length > 0 && (
            <p className="mt-1 font-medium">{t("media.delete.warningUsed", { count: m.usedBy.length })}</p>
          )}
          <form action={deleteMediaAction.bind(null, locale, m.id)} className="mt-3 space-y-3">
            <input type="hidden" name="expectedVersion" value={m.version} />
            <p className="flex items-start gap-2">
              <input id="delete-confirm" type="checkbox" name="confirm" value="yes" required className="mt-1 size-5" />
              <label htmlFor="delete-confirm">{t("media.delete.confirm")}</label>
            </p>
            <button type="submit" className="rounded bg-accent-600 px-4 py-2 font-semibold text-white hover:opacity-90">
              {t("media.delete.submit")}
            </button>
          </form>
        </section>
      )}
    </div>
  );
}

// The id is not known at build time: everything that reads it sits inside <Suspense>.
async function EditPage({ params, searchParams }: Props) {
  const { locale: raw } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "admin" });
  return (
    <>
      <PageHeader title={t("media.title")}>
        <p className="mt-3">
          <a className="text-brand-700 underline" href={`/${locale}/admin/media`}>
            {t("media.backToList")}
          </a>
        </p>
      </PageHeader>
      <Suspense fallback={<p className="mt-8 text-slate-600">…</p>}>
        <Editor locale={locale} params={params} searchParams={searchParams} />
      </Suspense>
    </>
  );
}

export default function MediaEditPage(props: Props) {
  return (
    <Suspense fallback={<p className="mt-8 text-slate-600">…</p>}>
      <EditPage {...props} />
    </Suspense>
  );
}
