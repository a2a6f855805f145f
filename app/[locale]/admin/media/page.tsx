// /{locale}/admin/media: the media library — every image as a thumbnail with its alt text in the admin's
// language (the original's, marked with its lang, when there is none), the alt texts missing in the
// languages the user works in, where it is used, and a link to edit it. Editors and admins also get the
// upload link. Reads the session, so the list sits inside <Suspense>; anonymous visitors go to sign-in.
import { Suspense } from "react";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { htmlLang, type Locale } from "@/i18n/routing";
import { currentAdminUser } from "@/lib/auth/session";
import { listMedia, type MediaListItem } from "@/lib/data/admin-media";
import { PageHeader } from "@/components/ui/page-header";

type Props = PageProps<"/[locale]/admin/media">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "admin" });
  return { title: `${t("media.title")} · ${t("title")}`, robots: { index: false, follow: false } };
}

/** The alt text to show in `locale`: its own, else the original's (with the lang it is in). */
function altFor(item: MediaListItem, locale: Locale): { text: string; lang?: string } {
  const own = item.alts.find((a) => a.locale === locale);
  if (own) return { text: own.alt };
  const fallback = item.alts.find((a) => a.locale === item.originalLocale) ?? item.alts[0];
  return fallback ? { text: fallback.alt, lang: htmlLang[fallback.locale] } : { text: "" };
}

async function MediaList({ locale, searchParams }: { locale: Locale; searchParams: Props["searchParams"] }) {
  const user = await currentAdminUser();
  if (!user) redirect(`/${locale}/admin/sign-in`);
  const [t, sp] = await Promise.all([getTranslations({ locale, namespace: "admin" }), searchParams]);
  const result = await listMedia(user);
  if (!result.ok) {
    return (
      <p role="alert" className="mt-8 font-medium">
        {t("media.forbidden")}
      </p>
    );
  }
  return (
    <div className="mt-6 space-y-6">
      {sp.deleted === "1" && (
        <p role="status" className="rounded border border-brand-600 bg-brand-50 px-4 py-2">
          {t("media.deleted")}
        </p>
      )}
      <div className="flex flex-wrap items-center justify-between gap-4">
        <p className="text-slate-700">{t("media.count", { count: result.items.length })}</p>
        {result.canUpload && (
          <a
            href={`/${locale}/admin/media/upload`}
            className="rounded bg-brand-800 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-900"
          >
            {t("media.upload")}
          </a>
        )}
      </div>
      {result.items.length === 0 ? (
        <p>{t("media.empty")}</p>
      ) : (
        <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-3" data-testid="media-list">
          {result.items.map((m) => {
            const alt = altFor(m, locale);
            return (
              <li key={m.id} className="flex flex-col rounded border border-slate-300" data-testid={`media-${m.id}`}>
                <img
                  src={`/media/${m.id}/${m.thumb.width}.webp`}
                  width={m.thumb.width}
                  height={m.thumb.height}
                  alt={alt.text}
                  lang={alt.lang}
                  loading="lazy"
                  decoding="async"
                  className="aspect-[4/3] h-auto w-full rounded-t bg-slate-100 object-contain"
                />
                <div className="flex flex-1 flex-col gap-2 p-4">
                  <h2 className="break-all font-semibold text-brand-900">{m.filename}</h2>
                  <p className="text-sm text-slate-700">
                    {t("media.size", { width: m.width, height: m.height })}
                    {" · "}
                    {t("media.credit")}:{" "}
                    <span lang={m.credit && m.originalLocale !== locale ? htmlLang[m.originalLocale] : undefined}>
                      {m.credit || t("media.noCredit")}
                    </span>
                  </p>
                  <p className="text-sm">
                    <span className="font-medium">{t("media.altText")}:</span>{" "}
                    {m.alts.map((a) => (
                      <span key={a.locale} className="mr-1 inline-block rounded bg-slate-100 px-2">
                        {t(`media.localeNames.${a.locale}`)}
                        {a.locale === m.originalLocale && ` (${t("media.original")})`}
                      </span>
                    ))}
                    {m.missing.map((l) => (
                      <span
                        key={l}
                        className="mr-1 inline-block rounded border border-accent-600 px-2 font-medium text-accent-600"
                      >
                        {t(`media.localeNames.${l}`)}: {t("media.missing")}
                      </span>
                    ))}
                  </p>
                  <p className="text-sm text-slate-700">{t("media.usedBy", { count: m.usedBy })}</p>
                  <p className="mt-auto pt-2">
                    <a
                      className="text-brand-700 underline"
                      href={`/${locale}/admin/media/${m.id}`}
                      aria-label={t("media.editLabel", { filename: m.filename })}
                    >
                      {t("media.edit")}
                    </a>
                  </p>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

export default async function MediaAdminPage({ params, searchParams }: Props) {
  const { locale: raw } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "admin" });
  return (
    <>
      <PageHeader title={t("media.title")} lead={t("media.lead")}>
        <p className="mt-3">
          <a className="text-brand-700 underline" href={`/${locale}/admin`}>
            {t("media.back")}
          </a>
        </p>
      </PageHeader>
      <Suspense fallback={<p className="mt-8 text-slate-600">…</p>}>
        <MediaList locale={locale} searchParams={searchParams} />
      </Suspense>
    </>
  );
}
