// /{locale}/admin/users/new: create an account (admins only). The form is a client leaf
// (components/admin/user-form.tsx) posting to createUserAction; it works without JavaScript. Anonymous
// visitors go to the sign-in page.
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { locales, type Locale } from "@/i18n/routing";
import { requireAdmin } from "@/lib/auth/guard";
import { adminRoles } from "@/lib/auth/permissions";
import { AdminFrame, Refusal } from "@/components/admin/admin-frame";
import { UserForm } from "@/components/admin/user-form";
import { createUserAction } from "../actions";
import { userFormMessages } from "../form-messages";
import { adminPath } from "@/lib/routes";

type Props = PageProps<"/[locale]/admin/users/new">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "admin" });
  return { title: `${t("users.newTitle")} · ${t("users.title")}` };
}

async function CreateForm({ locale }: { locale: Locale }) {
  const { allowed } = await requireAdmin(locale, "user:manage");
  const t = await getTranslations({ locale, namespace: "admin" });
  if (!allowed) {
    return <Refusal>{t("users.forbidden")}</Refusal>;
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
    <AdminFrame
      title={t("users.newTitle")}
      lead={t("users.newLead")}
      back={{ href: adminPath(locale, "users"), label: t("users.backToList") }}
    >
      <CreateForm locale={locale} />
    </AdminFrame>
  );
}
