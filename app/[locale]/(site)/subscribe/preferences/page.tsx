// /{locale}/subscribe/preferences?token=…: a reader's own page, opened by the signed link in every email:
// what they follow (stop any), language and frequency, their data as JSON, and unsubscribing (deletes
// everything). Plain forms: works without JavaScript.
import type { Metadata } from "next";
import { Suspense } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { SettingsFields } from "@/components/follow/settings-fields";
import { getPreferences } from "@/lib/data/subscriptions";
import { removeFollowAction, savePreferencesAction, unsubscribeAction } from "../actions";

type Props = PageProps<"/[locale]/subscribe/preferences">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "follow.subscribe" });
  return { title: t("preferencesTitle"), robots: { index: false, follow: false } };
}

export default async function PreferencesPage({ params, searchParams }: Props) {
  const { locale: raw } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "follow.subscribe" });
  return (
    <>
      <h1 className="text-3xl font-bold leading-tight text-brand-900 md:text-4xl">{t("preferencesTitle")}</h1>
      <noscript>
        <p className="mt-4 max-w-3xl text-lg">{t("noscript")}</p>
      </noscript>
      <Suspense fallback={null}>
        <Preferences locale={locale} searchParams={searchParams} />
      </Suspense>
    </>
  );
}

const button = "rounded border border-slate-500 px-4 py-2 font-medium hover:bg-slate-100";

async function Preferences({ locale, searchParams }: { locale: Locale; searchParams: Props["searchParams"] }) {
  const sp = await searchParams;
  const one = (n: string) => (Array.isArray(sp[n]) ? sp[n][0] : sp[n]);
  const token = one("token");
  const notice = one("notice");
  const [t, prefs] = await Promise.all([
    getTranslations({ locale, namespace: "follow.subscribe" }),
    getPreferences(token, locale),
  ]);
  if (!prefs)
    return (
      <p className="mt-4 max-w-3xl text-lg" role="alert">
        {t("invalidLink")}
      </p>
    );
  const notices: Record<string, string> = {
    confirmed: t("confirmedNotice"),
    saved: t("savedNotice"),
    removed: t("removedNotice"),
    invalid: t("errorInvalid"),
  };
  return (
    <div className="mt-4 max-w-3xl space-y-8">
      {notice && notices[notice] && (
        <p
          role="status"
          className="rounded border border-green-700 bg-green-50 px-4 py-3 text-green-900"
          data-testid="preferences-notice"
        >
          {notices[notice]}
        </p>
      )}
      <p>
        <span className="font-semibold">{t("yourEmail")}:</span>{" "}
        <span data-testid="preferences-email">{prefs.email}</span>
      </p>
      <section aria-labelledby="follows">
        <h2 id="follows" className="text-xl font-semibold text-brand-900">
          {t("follows")}
        </h2>
        <ul className="mt-3 space-y-2" data-testid="preferences-follows">
          {prefs.follows.map((f) => (
            <li
              key={f.id}
              className="flex flex-wrap items-center justify-between gap-3 rounded border border-slate-200 px-4 py-2"
            >
              <span>
                {f.description}
                {!f.confirmed && <span className="ml-2 text-sm text-slate-700">({t("pending")})</span>}
              </span>
              <form action={removeFollowAction.bind(null, locale, token)}>
                <input type="hidden" name="follow" value={f.id} />
                <button type="submit" className={button}>
                  {t("remove")}
                </button>
              </form>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="settings">
        <h2 id="settings" className="text-xl font-semibold text-brand-900">
          {t("settings")}
        </h2>
        <form action={savePreferencesAction.bind(null, locale, token)} className="mt-3 space-y-4">
          <SettingsFields locale={locale} id="pref" language={prefs.locale} frequency={prefs.frequency} />
          <button type="submit" className="rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900">
            {t("save")}
          </button>
        </form>
      </section>
      <p>
        <a
          href={`/api/follow/export?token=${encodeURIComponent(token ?? "")}`}
          className="font-semibold text-brand-700 underline underline-offset-2"
          data-testid="export-link"
        >
          {t("export")}
        </a>
      </p>
      <section aria-labelledby="unsubscribe" className="rounded border border-red-300 p-4">
        <h2 id="unsubscribe" className="text-xl font-semibold text-brand-900">
          {t("unsubscribeTitle")}
        </h2>
        <p className="mt-2">{t("unsubscribeLead")}</p>
        <form action={unsubscribeAction.bind(null, locale, token)} className="mt-3">
          <button
            type="submit"
            className="rounded border border-red-800 px-4 py-2 font-semibold text-red-800 hover:bg-red-50"
          >
            {t("unsubscribeButton")}
          </button>
        </form>
      </section>
    </div>
  );
}
