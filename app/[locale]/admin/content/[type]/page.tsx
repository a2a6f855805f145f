// /{locale}/admin/content/{type}: every item of one type with its status per language, outdated
// translations flagged, and a link to edit each language the user may edit.
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { requireAdmin } from "@/lib/auth/guard";
import { can } from "@/lib/auth/permissions";
import { contentTypeKeys, isContentType } from "@/lib/content-model/types";
import { editorPath } from "@/lib/routes";
import { listContent } from "@/lib/admin/content";
import { isMetadataType } from "@/lib/content-model/metadata";
import { AdminFrame, Refusal } from "@/components/admin/admin-frame";
import { adminPath } from "@/lib/routes";
import { textLink } from "@/components/ui/styles";

type Props = PageProps<"/[locale]/admin/content/[type]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, type } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "admin" });
  const name = isContentType(type) ? t(`content.types.${type}`) : t("content.title");
  return { title: `${name} · ${t("title")}` };
}

export function generateStaticParams() {
  return contentTypeKeys.map((type) => ({ type }));
}

async function List({ locale, type }: { locale: Locale; type: string }) {
  const { user } = await requireAdmin(locale);
  const t = await getTranslations({ locale, namespace: "admin" });
  const result = await listContent(user, type);
  if (!result.ok) {
    return <Refusal>{t(result.error === "forbidden" ? "content.forbidden" : "content.notFound")}</Refusal>;
  }
  if (!isContentType(type)) return null;
  if (result.items.length === 0) return <p className="mt-8">{t("content.empty")}</p>;
  const details = can(user, "content:edit") && isMetadataType(type);
  return (
    <ol className="mt-8 space-y-4">
      {result.items.map((item) => (
        <li key={item.key} className="rounded border border-slate-300 p-4" data-testid={`item-${item.key}`}>
          <h2 className="text-lg font-semibold text-brand-900" lang={item.originalLocale}>
            {item.number !== undefined && <span className="mr-2 text-slate-600">{item.number}.</span>}
            {item.title}
          </h2>
          <p className="font-mono text-sm text-slate-600">{item.key}</p>
          {details && (
            <p className="mt-1 flex flex-wrap gap-x-4">
              <a
                className={textLink}
                href={adminPath(locale, "content", type, item.key, "metadata")}
                aria-label={`${t("structure.detailsLink")}: ${item.title}`}
              >
                {t("structure.detailsLink")}
              </a>
              {type === "policy" && (
                <a
                  className={textLink}
                  href={adminPath(locale, "content", "policy", item.key, "structure")}
                  aria-label={`${t("structure.structureLink")}: ${item.title}`}
                >
                  {t("structure.structureLink")}
                </a>
              )}
            </p>
          )}
          <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-2">
            {item.translations.map((tr) => {
              const language = t(`news.localeNames.${tr.locale}`);
              return (
                <li
                  key={tr.locale}
                  className="flex flex-wrap items-center gap-2"
                  data-testid={`item-${item.key}-${tr.locale}`}
                >
                  {tr.editable ? (
                    <a className={textLink} href={editorPath(locale, type, item.key, tr.locale)}>
                      {t(tr.missing ? "content.add" : "content.edit", { language })}
                    </a>
                  ) : (
                    <span>{language}</span>
                  )}
                  {tr.missing && (
                    <span className="rounded border border-accent-600 px-2 text-sm font-medium text-accent-600">
                      {t("content.missing")}
                    </span>
                  )}
                  {tr.status && (
                    <span className="rounded bg-slate-100 px-2 text-sm">{t(`content.statuses.${tr.status}`)}</span>
                  )}
                  {tr.pendingDraft && (
                    <span className="rounded border border-brand-600 px-2 text-sm">{t("content.draftBadge")}</span>
                  )}
                  {tr.review !== "none" && (
                    <span className="rounded border border-accent-600 px-2 text-sm font-medium text-accent-600">
                      {t(`content.reviewStates.${tr.review}`)}
                    </span>
                  )}
                  {tr.locale === item.originalLocale && (
                    <span className="rounded bg-brand-50 px-2 text-sm">{t("content.original")}</span>
                  )}
                  {tr.outdated && (
                    <span className="rounded border border-accent-600 px-2 text-sm font-medium text-accent-600">
                      {t("content.outdated")}
                    </span>
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

export default async function ContentTypePage({ params }: Props) {
  const { locale: raw, type } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "admin" });
  return (
    <AdminFrame
      title={isContentType(type) ? t(`content.types.${type}`) : t("content.title")}
      lead={t("content.lead")}
      back={{ href: adminPath(locale, "content"), label: t("content.backToTypes") }}
    >
      <List locale={locale} type={type} />
    </AdminFrame>
  );
}
