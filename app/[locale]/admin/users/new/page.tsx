// /{locale}/admin/users/new: create an account (admins only). The form is a client leaf
// (components/admin/user-form.tsx) posting to createUserAction; it works without JavaScript. Reads the
// session, so the form sits inside <Suspense>; anonymous visitors go to the sign-in page.
import { Suspense } from "react";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { locales, type Locale } from "@/i18n/routing";
import { adminRoles, requirePermission } from "@/lib/auth/permissions";
import { PageHeader } from "@/components/ui/page-header";
import { UserForm } from "@/components/admin/user-form";
import { createUserAction } from "../actions";
import { userFormMessages } from "../form-messages";

type Props = PageProps<"/[locale]/admin/users/new">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "admin" });
  return { title: `${t("users.newTitle")} · ${t("users.title")}`, robots: { index: false, follow: false } };
}

async function CreateForm({ locale }: { locale: Locale }) {
  const allowed = await requirePermission("user:manage");
  if (!allowed.ok && allowed.error === "unauthenticated") redirect(`/${locale}/admin/sign-in`);
  const t = await getTranslations({ locale, namespace: "admin" });
  if (!allowed.ok) {
    return (
      <p role="alert" className="mt-8 font-medium">
        {t("users.forbidden")}
      </p>
    );
  }
  return (
    <div className="mt-6 max-w-2xl">
      <UserForm
        mode="create"
        action={createUserAction.bind(null, locale)}
        initial={{ seq: 0, values: { name: "", email: "", role: "", locales: [] } }}
        roles={adminRoles}
        locales={locales}
        messages={userFormMessages(t, "create")}
      />
    </div>
  );
}

export default async function NewUserPage({ params }: Props) {
  const { locale: raw } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "admin" });
  return (
    <>
      <PageHeader title={t("users.newTitle")} lead={t("users.newLead")}>
        <p className="mt-3">
          <a className="text-brand-700 underline" href={`/${locale}/admin/users`}>
            {t("users.backToList")}
          </a>
        </p>
      </PageHeader>
      <Suspense fallback={<p className="mt-8 text-slate-600">…</p>}>
        <CreateForm locale={locale} />
      </Suspense>
    </>
  );
}
