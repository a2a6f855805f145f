// /{locale}/subscribe: follow news (all, or by zone and/or type), a zone, a policy document or the incentive
// finder's filters by email. The whole form is in the prerendered page (no request data), so it works
// without JavaScript; with it, the "Follow changes" links' query string preselects the choice
// (`data-preselect`, components/ui/enhance-script.tsx). It posts to a server action; a refusal goes to /subscribe/problem/<code> (static too).
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { htmlLang, type Locale } from "@/i18n/routing";
import { getZones } from "@/lib/data/zones";
import { getIncentiveFacets, listPolicies } from "@/lib/data/policies";
import { labelsFor } from "@/lib/labels";
import { SettingsFields } from "@/components/follow/settings-fields";
import { subscribeAction } from "./actions";
import { newsKinds } from "@/lib/content-model/enums";

type Props = PageProps<"/[locale]/subscribe">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "follow.subscribe" });
  return { title: t("title"), description: t("lead"), robots: { index: false, follow: true } };
}

const select = "mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2 font-normal";

export default async function SubscribePage({ params }: Props) {
  const { locale: raw } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const [t, tn, zones, policies, facets, industries, topics] = await Promise.all([
    getTranslations({ locale, namespace: "follow.subscribe" }),
    getTranslations({ locale, namespace: "news" }),
    getZones(locale),
    listPolicies(locale),
    getIncentiveFacets(),
    labelsFor(locale, "industries"),
    labelsFor(locale, "topics"),
  ]);
  const any = <option value="">{t("any")}</option>;
  return (
    <>
      <header className="border-b border-slate-200 pb-6">
        <h1 className="text-3xl font-bold leading-tight text-brand-900 md:text-4xl">{t("title")}</h1>
        <p className="mt-3 max-w-3xl text-lg leading-relaxed text-slate-700">{t("lead")}</p>
      </header>
      <form
        id="subscribe-form"
        data-preselect=""
        action={subscribeAction.bind(null, locale)}
        className="relative mt-8 max-w-3xl space-y-6"
        data-testid="subscribe-form"
      >
        <fieldset>
          <legend className="font-semibold">{t("what")}</legend>
          <div className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
            {(["news", "zone", "policy", "incentives"] as const).map((k) => (
              <label key={k} className="flex items-center gap-2">
                <input type="radio" name="follow" value={k} defaultChecked={k === "news"} className="h-5 w-5" />
                {t(`kind${k[0]!.toUpperCase()}${k.slice(1)}` as "kindNews")}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="grid gap-4 rounded border border-slate-200 bg-slate-50 p-4 sm:grid-cols-2">
          <p className="text-sm text-slate-700 sm:col-span-2">{t("narrowHint")}</p>
          <label className="block text-sm font-semibold">
            {t("fieldZone")}
            <select name="zone" className={select}>
              {any}
              {zones.map((z) => (
                <option key={z.slug} value={z.slug} lang={z.lang !== locale ? htmlLang[z.lang] : undefined}>
                  {z.name}
                </option>
              ))}
            </select>
          </label>
          <label className="block text-sm font-semibold">
            {t("fieldPolicy")}
            <select name="policy" className={select}>
              {policies.map((p) => (
                <option key={p.slug} value={p.slug} lang={p.lang !== locale ? htmlLang[p.lang] : undefined}>
                  {p.title}
                </option>
              ))}
            </select>
          </label>
          <label className="block text-sm font-semibold">
            {t("fieldNewsKind")}
            <select name="newsKind" className={select}>
              {any}
              {newsKinds.map((k) => (
                <option key={k} value={k}>
                  {tn(`kinds.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="block text-sm font-semibold">
            {t("fieldIndustry")}
            <select name="industry" className={select}>
              {any}
              {facets.industries.map((c) => (
                <option key={c} value={c}>
                  {industries(c)}
                </option>
              ))}
            </select>
          </label>
          <label className="block text-sm font-semibold">
            {t("fieldTopic")}
            <select name="topic" className={select}>
              {any}
              {facets.topics.map((c) => (
                <option key={c} value={c}>
                  {topics(c)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div>
          <label htmlFor="subscribe-email" className="block font-semibold">
            {t("email")}
          </label>
          <input
            id="subscribe-email"
            name="email"
            type="email"
            required
            maxLength={254}
            autoComplete="email"
            className="mt-1 block w-full max-w-md rounded border border-slate-500 px-3 py-2"
          />
        </div>
        <SettingsFields locale={locale} id="subscribe" language={locale} frequency="instant" />
        {/* Honeypot: off-screen, hidden from assistive technology and out of the tab order. */}
        <div aria-hidden="true" className="absolute -left-[10000px] top-auto h-px w-px overflow-hidden">
          <label htmlFor="subscribe-website">{t("honeypot")}</label>
          <input id="subscribe-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <button type="submit" className="rounded bg-brand-800 px-5 py-2.5 font-semibold text-white hover:bg-brand-900">
          {t("submit")}
        </button>
      </form>
    </>
  );
}
