// /{locale}/admin/news: every news article with its status per language, outdated translations flagged,
// and a link to edit each language the user may edit. Reads the session, so the list sits inside
// <Suspense>; anonymous visitors go to the sign-in page.
import { Suspense } from "react";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { currentAdminUser } from "@/lib/auth/session";
import { listNewsForEditing } from "@/lib/data/admin-news";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/news">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "admin" });
  return { title: `${t("news.title")} · ${t("title")}`, robots: { index: false, follow: false } };
}

async function NewsList({ locale }: { locale: Locale }) {
  const user = await currentAdminUser();
  if (!user) redirect(`/${locale}/admin/sign-in`);
  const t = await getTranslations({ locale, namespace: "admin" });
  const result = await listNewsForEditing(user);
  if (!result.ok) return <p role="alert" className="mt-8 font-medium">{t("news.forbidden")}</p>;
  if (result.items.length === 0) return <p className="mt-8">{t("news.empty")}</p>;
  return (
    <ol className="mt-8 space-y-4">
      {result.items.map((a) => (
        <li key={a.slug} className="rounded border border-slate-300 p-4" data-testid={`news-${a.slug}`}>
          <h2 className="text-lg font-semibold text-brand-900" lang={a.originalLocale}>
            {a.title}
          </h2>
          <p className="font-mono text-sm text-slate-600">{a.slug}</p>
          <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
            {a.translations.map((tr) => {
              const language = t(`news.localeNames.${tr.locale}`);
              return (
                <li key={tr.locale} className="flex flex-wrap items-center gap-2" data-testid={`news-${a.slug}-${tr.locale}`}>
                  {tr.editable ? (
                    <a className="text-brand-700 underline" href={`/${locale}/admin/news/${a.slug}/${tr.locale}`}>
                      {t("news.edit", { language })}
                    </a>
                  ) : (
                    <span>{language}</span>
                  )}
                  <span className="rounded bg-slate-100 px-2 text-sm">{t(`news.statuses.${tr.status}`)}</span>
                  {tr.locale === a.originalLocale && <span className="rounded bg-brand-50 px-2 text-sm">{t("news.original")}</span>}
                  {tr.outdated && (
                    <span className="rounded border border-accent-600 px-2 text-sm font-medium text-accent-600">{t("news.outdated")}</span>
                  )}
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ol>
  );
}

export default async function NewsAdminPage({ params }: PageProps<"/[locale]/admin/news">) {
  const { locale: raw } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "admin" });
  return (
    <>
      <PageHeader title={t("news.title")} lead={t("news.lead")}>
        <p className="mt-3">
          <a className="text-brand-700 underline" href={`/${locale}/admin`}>
            {t("news.back")}
          </a>
        </p>
      </PageHeader>
      <Suspense fallback={<p className="mt-8 text-slate-600">…</p>}>
        <NewsList locale={locale} />
      </Suspense>
    </>
  );
}
