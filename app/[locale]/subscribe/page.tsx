// /{locale}/subscribe: follow a zone, a policy, the incentive finder's filters or news by email. The target
// comes in the query string (?follow=policy&slug=…, from the "Follow changes" links); without one the reader
// picks news or a zone. A plain form posting to a server action: works without JavaScript.
import type { Metadata } from "next";
import { Suspense } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { htmlLang, type Locale } from "@/i18n/routing";
import { SettingsFields } from "@/components/follow/settings-fields";
import { getZones } from "@/lib/data/zones";
import { describeTargetFor } from "@/lib/data/subscriptions";
import { targetFields, targetFromFields, targetKey } from "@/lib/follow/targets";
import { subscribeAction } from "./actions";

type Props = PageProps<"/[locale]/subscribe">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "follow.subscribe" });
  return { title: t("title"), description: t("lead"), robots: { index: false, follow: true } };
}

export default async function SubscribePage({ params, searchParams }: Props) {
  const { locale: raw } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "follow.subscribe" });
  return (
    <>
      <header className="border-b border-slate-200 pb-6">
        <h1 className="text-3xl font-bold leading-tight text-brand-900 md:text-4xl">{t("title")}</h1>
        <p className="mt-3 max-w-3xl text-lg leading-relaxed text-slate-700">{t("lead")}</p>
      </header>
      <Suspense fallback={null}>
        <SubscribeForm locale={locale} searchParams={searchParams} />
      </Suspense>
    </>
  );
}

const input = "mt-1 block w-full max-w-md rounded border border-slate-500 px-3 py-2";

async function SubscribeForm({ locale, searchParams }: { locale: Locale; searchParams: Props["searchParams"] }) {
  const sp = await searchParams;
  const one = (n: string) => {
    const v = sp[n];
    return (Array.isArray(v) ? v[0] : v) || undefined;
  };
  const target = targetFromFields(one);
  const error = one("error");
  const [t, zones] = await Promise.all([getTranslations({ locale, namespace: "follow.subscribe" }), getZones(locale)]);
  const tt = await getTranslations({ locale, namespace: "follow.targets" });
  const description = target ? await describeTargetFor(locale, target) : null;
  return (
    <form action={subscribeAction.bind(null, locale)} className="relative mt-8 max-w-3xl space-y-6" data-testid="subscribe-form">
      {(error === "invalid" || error === "rateLimited") && (
        <p role="alert" className="rounded border border-red-700 bg-red-50 px-4 py-3 text-red-900">
          {t(error === "invalid" ? "errorInvalid" : "errorRateLimited")}
        </p>
      )}
      {target && description ? (
        <div>
          <p className="font-semibold">{t("what")}</p>
          <p className="mt-1 text-lg" data-testid="subscribe-target">
            {description}
          </p>
          {Object.entries(targetFields(target)).map(([k, v]) => (
            <input key={k} type="hidden" name={k} value={v} />
          ))}
        </div>
      ) : (
        <fieldset>
          <legend className="font-semibold">{t("what")}</legend>
          <div className="mt-2 space-y-2">
            {[
              { key: targetKey({ kind: "news" }), label: tt("news", { filters: tt("all") }), lang: undefined },
              ...zones.map((z) => ({ key: targetKey({ kind: "zone", slug: z.slug }), label: t("chooseZone", { name: z.name }), lang: z.lang !== locale ? htmlLang[z.lang] : undefined })),
            ].map((o, i) => (
              <label key={o.key} className="flex items-center gap-2">
                <input type="radio" name="pick" value={o.key} defaultChecked={i === 0} className="h-5 w-5" />
                <span lang={o.lang}>{o.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div>
        <label htmlFor="subscribe-email" className="block font-semibold">
          {t("email")}
        </label>
        <input id="subscribe-email" name="email" type="email" required maxLength={254} autoComplete="email" className={input} />
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
  );
}
