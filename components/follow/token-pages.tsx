// The confirm and preferences pages of a subscriber's signed link (/{locale}/subscribe/confirm?token=,
// /subscribe/preferences?token=). Like the other query pages (docs/decisions/006-query-pages.md) the whole
// page is in the HTML and works without JavaScript; unlike them it is one reader's: proxy.ts serves a link
// with a token from /reader/<locale>/<page>/<token=…> (app/reader/[locale]: rendered per request, the
// database read without 'use cache') and answers it `Cache-Control: private, no-store`
// (lib/http/query-pages.ts PER_READER). Without a token the plain route says the link is invalid.
// Opening the confirm link changes nothing (mail scanners open links); its button posts the confirmation.
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { SettingsFields } from "@/components/follow/settings-fields";
import { getPreferences, pendingConfirmation } from "@/lib/data/subscriptions";
import {
  confirmAction,
  removeFollowAction,
  savePreferencesAction,
  unsubscribeAction,
} from "@/app/[locale]/(site)/subscribe/actions";

type Raw = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
type Params = { params: Promise<{ locale: string }> };

const metadataFor = (key: "confirmTitle" | "preferencesTitle") =>
  async function generateMetadata({ params }: Params): Promise<Metadata> {
    const { locale } = await params;
    const t = await getTranslations({ locale: locale as Locale, namespace: "follow.subscribe" });
    return { title: t(key), robots: { index: false, follow: false }, referrer: "same-origin" };
  };
export const confirmMetadata = metadataFor("confirmTitle");
export const preferencesMetadata = metadataFor("preferencesTitle");

const heading = "text-3xl font-bold leading-tight text-brand-900 md:text-4xl";
const invalid = (text: string) => (
  <p className="mt-4 max-w-3xl text-lg" role="alert" data-testid="token-invalid">
    {text}
  </p>
);

export async function ConfirmPage({ locale, query }: { locale: Locale; query: Raw }) {
  setRequestLocale(locale);
  const token = one(query.token);
  const [t, pending] = await Promise.all([
    getTranslations({ locale, namespace: "follow.subscribe" }),
    pendingConfirmation(token),
  ]);
  return (
    <>
      <h1 className={heading}>{t("confirmTitle")}</h1>
      {!pending ? (
        invalid(t("invalidLink"))
      ) : (
        <div className="mt-4 max-w-3xl space-y-4">
          <p className="text-lg">{pending.confirmed ? t("alreadyConfirmed") : t("confirmLead")}</p>
          <p className="text-lg font-semibold" data-testid="confirm-target">
            {pending.description}
          </p>
          <form action={confirmAction.bind(null, locale, token)}>
            <button
              type="submit"
              className="rounded bg-brand-800 px-5 py-2.5 font-semibold text-white hover:bg-brand-900"
            >
              {t("confirmButton")}
            </button>
          </form>
        </div>
      )}
    </>
  );
}

const button = "rounded border border-slate-500 px-4 py-2 font-medium hover:bg-slate-100";

export async function PreferencesPage({ locale, query }: { locale: Locale; query: Raw }) {
  setRequestLocale(locale);
  const token = one(query.token);
  const notice = one(query.notice);
  const [t, prefs] = await Promise.all([
    getTranslations({ locale, namespace: "follow.subscribe" }),
    getPreferences(token, locale),
  ]);
  if (!prefs) {
    return (
      <>
        <h1 className={heading}>{t("preferencesTitle")}</h1>
        {invalid(t("invalidLink"))}
      </>
    );
  }
  const notices: Record<string, string> = {
    confirmed: t("confirmedNotice"),
    saved: t("savedNotice"),
    removed: t("removedNotice"),
    invalid: t("errorInvalid"),
  };
  return (
    <>
      <h1 className={heading}>{t("preferencesTitle")}</h1>
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
            <button
              type="submit"
              className="rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900"
            >
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
    </>
  );
}
