// /{locale}/admin/sign-in: a static shell around the sign-in form (the one client leaf).
import type { Metadata } from "next";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { PageHeader } from "@/components/ui/page-header";
import { SignInForm } from "@/components/admin/sign-in-form";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/sign-in">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "admin" });
  return { title: `${t("signIn.title")} · ${t("title")}`, robots: { index: false, follow: false } };
}

export default async function SignInPage({ params }: PageProps<"/[locale]/admin/sign-in">) {
  const { locale: raw } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const [t, messages] = await Promise.all([getTranslations({ locale, namespace: "admin" }), getMessages({ locale })]);
  const m = messages.admin.signIn;
  return (
    <>
      <PageHeader title={t("signIn.title")} lead={t("signIn.lead")} />
      <div className="mt-8 max-w-md">
        <noscript>
          <p className="mb-4 font-medium">{t("noscript")}</p>
        </noscript>
        <SignInForm
          next={`/${locale}/admin`}
          messages={{
            email: m.email,
            password: m.password,
            submit: m.submit,
            submitting: m.submitting,
            errors: m.errors,
          }}
        />
      </div>
    </>
  );
}
