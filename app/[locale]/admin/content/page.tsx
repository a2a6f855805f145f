// /{locale}/admin/content: the content types, each with its number of items, as the way into the lists.
import { Suspense } from "react";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { currentAdminUser } from "@/lib/auth/session";
import { contentTypeKeys } from "@/lib/admin/content-types";
import { canEditAnyLocale, listContent } from "@/lib/data/admin-content";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/content">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "admin" });
  return { title: `${t("content.title")} · ${t("title")}`, robots: { index: false, follow: false } };
}

async function Types({ locale }: { locale: Locale }) {
  const user = await currentAdminUser();
  if (!user) redirect(`/${locale}/admin/sign-in`);
  const t = await getTranslations({ locale, namespace: "admin" });
  if (!canEditAnyLocale(user)) return <p role="alert" className="mt-8 font-medium">{t("content.forbidden")}</p>;
  const counts = await Promise.all(contentTypeKeys.map(async (type) => {
    const r = await listContent(user, type);
    return { type, count: r.ok ? r.items.length : 0, outdated: r.ok ? r.items.filter((i) => i.translations.some((x) => x.outdated)).length : 0 };
  }));
  return (
    <ul className="mt-8 grid gap-4 sm:grid-cols-2">
      {counts.map(({ type, count, outdated }) => (
        <li key={type} className="rounded border border-slate-300 p-4">
          <a className="text-lg font-semibold text-brand-700 underline" href={`/${locale}/admin/content/${type}`}>
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
    <>
      <PageHeader title={t("content.title")} lead={t("content.lead")}>
        <p className="mt-3">
          <a className="text-brand-700 underline" href={`/${locale}/admin`}>
            {t("content.back")}
          </a>
        </p>
      </PageHeader>
      <Suspense fallback={<p className="mt-8 text-slate-600">…</p>}>
        <Types locale={locale} />
      </Suspense>
    </>
  );
}
