// /{locale}/admin/media/{id}: one image — its details, the alt text and caption of every language the
// user may edit beside the original language's (each saved on its own, version-checked: a stale save is
// refused and keeps the typed text), and for editors and admins the credit, the news articles it is the
// lead image of (set / remove) and deletion with a confirmation box. Reads the session, so everything
// below the header sits inside <Suspense>; anonymous visitors go to the sign-in page.
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { htmlLang, type Locale } from "@/i18n/routing";
import { requireAdmin } from "@/lib/auth/guard";
import { getMediaForEditing, mediaLimits, type MediaFieldErrorCode } from "@/lib/admin/media";
import { AdminFrame, Refusal } from "@/components/admin/admin-frame";
import { MediaTextForm, type MediaTextMessages, type MediaTextState } from "@/components/admin/media-text-form";
import { saveMediaTextAction } from "../actions";
import { adminPath } from "@/lib/routes";
import { Alert } from "@/components/ui/alert";
import { DeleteSection, HeroSection, MediaDetails, OriginalText } from "./parts";

type Props = PageProps<"/[locale]/admin/media/[id]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "admin" });
  return { title: `${t("media.title")} · ${t("title")}` };
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
  const [{ id }, sp, t] = await Promise.all([params, searchParams, getTranslations({ locale, namespace: "admin" })]);
  const result = await getMediaForEditing(user, id, locale);
  if (!result.ok) {
    return <Refusal>{t(result.error === "forbidden" ? "media.forbidden" : "media.notFound")}</Refusal>;
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
      {notice && <Alert tone="status">{t(`media.${notice}`)}</Alert>}
      {error && <Alert>{t(`media.errors.${error}`)}</Alert>}

      <MediaDetails locale={locale} t={t} m={m} />

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
                <OriginalText locale={locale} t={t} m={m} entry={e} />
                <div className="min-w-0">
                  <MediaTextForm
                    key={m.version}
                    action={saveMediaTextAction.bind(null, locale, m.id, e.locale)}
                    idPrefix={`media-${e.locale}`}
                    lang={htmlLang[e.locale]}
                    limits={mediaLimits}
                    messages={textMessages(e.locale)}
                    reloadHref={adminPath(locale, "media", m.id)}
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

      <HeroSection locale={locale} t={t} m={m} />

      {m.canManage && <DeleteSection locale={locale} t={t} m={m} />}
    </div>
  );
}

export default async function MediaEditPage({ params, searchParams }: Props) {
  const { locale: raw } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "admin" });
  return (
    <AdminFrame title={t("media.title")} back={{ href: adminPath(locale, "media"), label: t("media.backToList") }}>
      <Editor locale={locale} params={params} searchParams={searchParams} />
    </AdminFrame>
  );
}
