// /{locale}/admin/media: the media library — every image as a thumbnail with its alt text in the admin's
// language (the original's, marked with its lang, when there is none), the alt texts missing in the
// languages the user works in, where it is used, and a link to edit it. Editors and admins also get the
// upload link. Anonymous visitors go to sign-in.
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { htmlLang, type Locale } from "@/i18n/routing";
import { requireAdmin } from "@/lib/auth/guard";
import { listMedia, type MediaListItem } from "@/lib/admin/media";
import { AdminFrame, Refusal } from "@/components/admin/admin-frame";
import { adminPath } from "@/lib/routes";
import { primaryButton, textLink } from "@/components/ui/styles";
import { Alert } from "@/components/ui/alert";
import { textIn } from "@/lib/data/translation";

type Props = PageProps<"/[locale]/admin/media">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "admin" });
  return { title: `${t("media.title")} · ${t("title")}` };
}

/** The alt text to show in `locale`: its own, else the original's (with the lang it is in). */
function altFor(item: MediaListItem, locale: Locale): { text: string; lang?: string } {
  const own = item.alts.find((a) => a.locale === locale);
  if (own) return { text: own.alt };
  const fallback = textIn(item.alts, item.originalLocale);
  return fallback ? { text: fallback.alt, lang: htmlLang[fallback.locale] } : { text: "" };
}

async function MediaList({ locale, searchParams }: { locale: Locale; searchParams: Props["searchParams"] }) {
  const { user } = await requireAdmin(locale);
  const [t, sp] = await Promise.all([getTranslations({ locale, namespace: "admin" }), searchParams]);
  const result = await listMedia(user);
  if (!result.ok) {
    return <Refusal>{t("media.forbidden")}</Refusal>;
  }
  return (
    <div className="mt-6 space-y-6">
      {sp.deleted === "1" && <Alert tone="status">{t("media.deleted")}</Alert>}
      <div className="flex flex-wrap items-center justify-between gap-4">
        <p className="text-slate-700">{t("media.count", { count: result.items.length })}</p>
        {result.canUpload && (
          <a href={adminPath(locale, "media", "upload")} className={primaryButton}>
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
                      className={textLink}
                      href={adminPath(locale, "media", m.id)}
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
    <AdminFrame
      title={t("media.title")}
      lead={t("media.lead")}
      back={{ href: adminPath(locale), label: t("media.back") }}
    >
      <MediaList locale={locale} searchParams={searchParams} />
    </AdminFrame>
  );
}
