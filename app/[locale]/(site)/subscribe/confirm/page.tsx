// /{locale}/subscribe/confirm?token=…: the confirmation email's link. Opening it changes nothing (mail
// scanners open links); the button posts the confirmation. An invalid or expired token says so.
import type { Metadata } from "next";
import { Suspense } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { pendingConfirmation } from "@/lib/data/subscriptions";
import { confirmAction } from "../actions";

type Props = PageProps<"/[locale]/subscribe/confirm">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "follow.subscribe" });
  return { title: t("confirmTitle"), robots: { index: false, follow: false } };
}

export default async function ConfirmPage({ params, searchParams }: Props) {
  const { locale: raw } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "follow.subscribe" });
  return (
    <>
      <h1 className="text-3xl font-bold leading-tight text-brand-900 md:text-4xl">{t("confirmTitle")}</h1>
      <noscript>
        <p className="mt-4 max-w-3xl text-lg">{t("noscript")}</p>
      </noscript>
      <Suspense fallback={null}>
        <Confirm locale={locale} searchParams={searchParams} />
      </Suspense>
    </>
  );
}

async function Confirm({ locale, searchParams }: { locale: Locale; searchParams: Props["searchParams"] }) {
  const sp = await searchParams;
  const token = Array.isArray(sp.token) ? sp.token[0] : sp.token;
  const [t, pending] = await Promise.all([
    getTranslations({ locale, namespace: "follow.subscribe" }),
    pendingConfirmation(token),
  ]);
  if (!pending)
    return (
      <p className="mt-4 max-w-3xl text-lg" role="alert">
        {t("invalidLink")}
      </p>
    );
  return (
    <div className="mt-4 max-w-3xl space-y-4">
      <p className="text-lg">{pending.confirmed ? t("alreadyConfirmed") : t("confirmLead")}</p>
      <p className="text-lg font-semibold" data-testid="confirm-target">
        {pending.description}
      </p>
      <form action={confirmAction.bind(null, locale, token)}>
        <button type="submit" className="rounded bg-brand-800 px-5 py-2.5 font-semibold text-white hover:bg-brand-900">
          {t("confirmButton")}
        </button>
      </form>
    </div>
  );
}
