// /{locale}/admin/content: the content types, each with its number of items, as the way into the lists.
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { requireAdmin } from "@/lib/auth/guard";
import { contentTypeKeys } from "@/lib/content-model/types";
import { listContent } from "@/lib/admin/content";
import { canEditAnyLocale } from "@/lib/auth/permissions";
import { AdminFrame, Refusal } from "@/components/admin/admin-frame";
import { adminPath } from "@/lib/routes";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/content">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "admin" });
  return { title: `${t("content.title")} · ${t("title")}` };
}

async function Types({ locale }: { locale: Locale }) {
  const { user } = await requireAdmin(locale);
  const t = await getTranslations({ locale, namespace: "admin" });
  if (!canEditAnyLocale(user)) return <Refusal>{t("content.forbidden")}</Refusal>;
  const counts = await Promise.all(
    contentTypeKeys.map(async (type) => {
      const r = await listContent(user, type);
      return {
        type,
        count: r.ok ? r.items.length : 0,
        outdated: r.ok ? r.items.filter((i) => i.translations.some((x) => x.outdated)).length : 0,
      };
    }),
  );
  return (
    <ul className="mt-8 grid gap-4 sm:grid-cols-2">
      {counts.map(({ type, count, outdated }) => (
        <li key={type} className="rounded border border-slate-300 p-4">
          <a className="text-lg font-semibold text-brand-700 underline" href={adminPath(locale, "content", type)}>
            {t(`content.types.${type}`)}
          </a>
          <p className="mt-1 text-slate-700">
            {t("content.itemCount", { count })}
            {outdated > 0 && (
              <span className="ml-3 rounded border border-accent-600 px-2 text-sm font-medium text-accent-600">
                {t("content.outdated")}: {outdated}
              </span>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}

export default async function ContentTypesPage({ params }: PageProps<"/[locale]/admin/content">) {
  const { locale: raw } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "admin" });
  return (
    <AdminFrame
      title={t("content.title")}
      lead={t("content.lead")}
      back={{ href: adminPath(locale), label: t("content.back") }}
    >
      <Types locale={locale} />
    </AdminFrame>
  );
}
