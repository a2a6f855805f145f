// A page that only says one thing (after subscribing, after unsubscribing): its title and text from
// follow.subscribe, not indexed.
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { Link } from "@/i18n/navigation";

type Key =
  | "sentTitle"
  | "sentBody"
  | "unsubscribedTitle"
  | "unsubscribedBody"
  | "problemTitle"
  | "errorInvalid"
  | "errorRateLimited";

export async function noticeMetadata(params: Promise<{ locale: string }>, title: Key): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "follow.subscribe" });
  return { title: t(title), robots: { index: false, follow: false } };
}

export async function NoticePage({
  params,
  title,
  body,
  back,
}: {
  params: Promise<{ locale: string }>;
  title: Key;
  body: Key;
  back?: boolean;
}) {
  const { locale: raw } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "follow.subscribe" });
  return (
    <header className="pb-6">
      <h1 className="text-3xl font-bold leading-tight text-brand-900 md:text-4xl">{t(title)}</h1>
      <p className="mt-3 max-w-3xl text-lg leading-relaxed text-slate-700" role="status">
        {t(body)}
      </p>
      {back && (
        <p className="mt-6">
          <Link href="/subscribe" className="font-semibold text-brand-700 underline underline-offset-2">
            {t("backToForm")}
          </Link>
        </p>
      )}
    </header>
  );
}
