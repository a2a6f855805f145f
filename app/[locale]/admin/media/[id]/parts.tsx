// The pieces of an image's admin page (page.tsx): its details beside the preview, the articles that use it
// as their lead image (and the form to choose one), and deleting it. Server components; the forms post to
// ../actions.ts and work without JavaScript.
import type { getTranslations } from "next-intl/server";
import { htmlLang, type Locale } from "@/i18n/routing";
import type { MediaForEditing } from "@/lib/admin/media";
import { localized, paths } from "@/lib/routes";
import { portalDateTime } from "@/lib/time";
import { secondaryButton, textLink } from "@/components/ui/styles";
import { deleteMediaAction, setHeroAction } from "../actions";

type Props = { locale: Locale; t: Awaited<ReturnType<typeof getTranslations<"admin">>>; m: MediaForEditing };

/** The preview and the image's details (file, size, variants, credit, language, upload time, version). */
export function MediaDetails({ locale, t, m }: Props) {
  const largest = m.variants[m.variants.length - 1];
  const previewAlt = m.original?.alt ?? "";
  const when = portalDateTime(htmlLang[locale], { dateStyle: "medium", timeStyle: "short" });
  const language = (l: Locale) => t(`media.localeNames.${l}`);
  return (
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
                  <a className={textLink} href={`/media/${m.id}/${v.width}.webp`}>
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
  );
}

/** Where the image is a news article's lead image, and (editors) the form to make it one. */
export function HeroSection({ locale, t, m }: Props) {
  return (
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
                  className={textLink}
                  href={localized(locale, paths.article(a.slug))}
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
                      className={`${secondaryButton} py-1 text-sm`}
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
          <button type="submit" className={secondaryButton}>
            {t("media.hero.submit")}
          </button>
        </form>
      )}
    </section>
  );
}

/** Deleting the image (editors): a confirmation box, then the variants and texts go. */
export function DeleteSection({ locale, t, m }: Props) {
  return (
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
  );
}

/** The original-language alt text and caption a translator works from (or a note that this is it). */
export function OriginalText({ locale, t, m, entry: e }: Props & { entry: MediaForEditing["editable"][number] }) {
  const isOriginal = e.locale === m.originalLocale;
  const language = (l: Locale) => t(`media.localeNames.${l}`);
  return (
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
  );
}
