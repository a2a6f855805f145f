// /{locale}/admin/media/upload: upload an image (editors and admins). The form is a client leaf
// (components/admin/media-upload-form.tsx) posting to uploadMediaAction; it works without JavaScript.
// Reads the session, so the form sits inside <Suspense>; anonymous visitors go to the sign-in page.
import { Suspense } from "react";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { htmlLang, locales, type Locale } from "@/i18n/routing";
import { can } from "@/lib/auth/permissions";
import { currentAdminUser } from "@/lib/auth/session";
import {
  acceptedTypes,
  MAX_INPUT_PIXELS,
  MAX_UPLOAD_BYTES,
  mediaLimits,
  type MediaFieldErrorCode,
} from "@/lib/data/admin-media";
import { PageHeader } from "@/components/ui/page-header";
import { MediaUploadForm, type MediaUploadMessages, type MediaUploadState } from "@/components/admin/media-upload-form";
import { uploadMediaAction } from "../actions";

type Props = PageProps<"/[locale]/admin/media/upload">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "admin" });
  return { title: `${t("media.uploadForm.title")} · ${t("media.title")}`, robots: { index: false, follow: false } };
}

const codes = [
  "required",
  "tooLong",
  "invalid",
  "tooLarge",
  "notImage",
  "tooManyPixels",
] as const satisfies readonly MediaFieldErrorCode[];

const fieldErrorKeys = [
  "file",
  "filename",
  "credit",
  "originalLocale",
  ...locales.map((l) => `alt.${l}` as const),
] as const;

/** The outcome of a native (no-JavaScript) post, from the address the action redirected to (see actions.ts). */
function stateFromQuery(sp: Record<string, string | string[] | undefined>, locale: Locale): MediaUploadState {
  const q = (k: string) => (typeof sp[k] === "string" ? (sp[k] as string) : "");
  const error = z.enum(["invalid", "forbidden", "failed"]).safeParse(sp.error);
  const code = z.enum(codes);
  return {
    seq: 0,
    values: {
      originalLocale: z.enum(locales).catch(locale).parse(sp.originalLocale),
      credit: q("credit").slice(0, mediaLimits.credit),
      alt: Object.fromEntries(locales.map((l) => [l, q(`alt_${l}`).slice(0, mediaLimits.alt)])) as Record<
        Locale,
        string
      >,
    },
    ...(error.success
      ? {
          error: error.data,
          fieldErrors: Object.fromEntries(
            fieldErrorKeys.flatMap((k) => (code.safeParse(sp[`fe.${k}`]).success ? [[k, sp[`fe.${k}`]]] : [])),
          ),
        }
      : {}),
  };
}

async function UploadForm({ locale, searchParams }: { locale: Locale; searchParams: Props["searchParams"] }) {
  const user = await currentAdminUser();
  if (!user) redirect(`/${locale}/admin/sign-in`);
  const [t, sp] = await Promise.all([getTranslations({ locale, namespace: "admin" }), searchParams]);
  if (!can(user, "content:edit")) {
    return (
      <p role="alert" className="mt-8 font-medium">
        {t("media.forbiddenUpload")}
      </p>
    );
  }
  const maxMb = MAX_UPLOAD_BYTES / 1024 / 1024;
  const limitArgs = { max: 0 };
  const messages: MediaUploadMessages = {
    file: t("media.uploadForm.file"),
    fileHint: t("media.uploadForm.fileHint", { max: maxMb }),
    originalLocale: t("media.uploadForm.originalLocale"),
    originalLocaleHint: t("media.uploadForm.originalLocaleHint"),
    credit: t("media.uploadForm.credit"),
    creditHint: t.rich("media.uploadForm.creditHint", { zh: (chunks) => <span lang={htmlLang.zh}>{chunks}</span> }),
    altLegend: t("media.altText"),
    alt: Object.fromEntries(
      locales.map((l) => [l, t("media.uploadForm.alt", { language: t(`media.localeNames.${l}`) })]),
    ) as Record<Locale, string>,
    altHint: t("media.uploadForm.altHint", { max: mediaLimits.alt }),
    required: t("media.uploadForm.required"),
    optional: t("media.uploadForm.optional"),
    submit: t("media.uploadForm.submit"),
    submitting: t("media.uploadForm.submitting"),
    chooseAgain: t("media.uploadForm.chooseAgain"),
    localeNames: Object.fromEntries(locales.map((l) => [l, t(`media.localeNames.${l}`)])) as Record<Locale, string>,
    errors: {
      invalid: t("media.errors.invalid"),
      forbidden: t("media.errors.forbidden"),
      failed: t("media.errors.failed"),
    },
    fieldErrors: {
      ...(Object.fromEntries(codes.map((c) => [c, t(`media.fieldErrors.${c}`, limitArgs)])) as Record<
        MediaFieldErrorCode,
        string
      >),
      tooLarge: t("media.fieldErrors.tooLarge", { max: maxMb }),
      tooManyPixels: t("media.fieldErrors.tooManyPixels", { max: MAX_INPUT_PIXELS / 1_000_000 }),
      fileRequired: t("media.fieldErrors.fileRequired"),
      altRequired: t("media.fieldErrors.altRequired"),
      altTooLong: t("media.fieldErrors.tooLong", { max: mediaLimits.alt }),
      creditTooLong: t("media.fieldErrors.tooLong", { max: mediaLimits.credit }),
    },
  };
  return (
    <div className="mt-6">
      <MediaUploadForm
        action={uploadMediaAction.bind(null, locale)}
        initial={stateFromQuery(sp, locale)}
        locales={locales}
        accept={acceptedTypes}
        maxBytes={MAX_UPLOAD_BYTES}
        messages={messages}
      />
    </div>
  );
}

export default async function MediaUploadPage({ params, searchParams }: Props) {
  const { locale: raw } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "admin" });
  return (
    <>
      <PageHeader title={t("media.uploadForm.title")} lead={t("media.uploadForm.lead")}>
        <p className="mt-3">
          <a className="text-brand-700 underline" href={`/${locale}/admin/media`}>
            {t("media.backToList")}
          </a>
        </p>
      </PageHeader>
      <Suspense fallback={<p className="mt-8 text-slate-600">…</p>}>
        <UploadForm locale={locale} searchParams={searchParams} />
      </Suspense>
    </>
  );
}
