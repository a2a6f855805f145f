import type { Metadata } from "next";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { InquiryForm } from "@/components/inquiry/inquiry-form";
import { submitInquiry } from "./actions";
import { pageMetadata } from "@/lib/seo";
import { localized, paths } from "@/lib/routes";

export async function generateMetadata({ params }: PageProps<"/[locale]/inquiry">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "inquiry" });
  return pageMetadata({ locale: locale as Locale, path: paths.inquiry, title: t("title"), description: t("lead") });
}

export default async function InquiryPage({ params }: PageProps<"/[locale]/inquiry">) {
  const { locale: raw } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const [t, messages] = await Promise.all([getTranslations({ locale, namespace: "inquiry" }), getMessages({ locale })]);

  return (
    <>
      <header className="border-b border-slate-200 pb-6">
        <h1 className="text-3xl font-bold leading-tight text-brand-900 md:text-4xl">{t("title")}</h1>
        <p className="mt-3 max-w-3xl text-lg leading-relaxed text-slate-700">{t("lead")}</p>
        <p className="mt-3">
          <a href={localized(locale, paths.questions)} className="font-semibold text-brand-700 underline">
            {t("askedQuestions")}
          </a>
        </p>
      </header>
      <div className="mt-8 max-w-3xl">
        {/* The form is the interactive leaf: it gets its strings as plain data, not the whole catalogue. */}
        <InquiryForm action={submitInquiry.bind(null, locale)} locale={locale} messages={messages.inquiry} />
      </div>
    </>
  );
}
