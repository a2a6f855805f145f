// /{locale}/admin/inquiries: the inquiry inbox, newest first, with a status form per inquiry (a plain
// form posting to a server action: works without JavaScript) and the CSV export.
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { htmlLang, type Locale } from "@/i18n/routing";
import { requireAdmin } from "@/lib/auth/guard";
import { inquiryStatuses, listInquiries } from "@/lib/admin/inquiries";
import { adminPath } from "@/lib/routes";
import { portalDateTime } from "@/lib/time";
import { AdminFrame } from "@/components/admin/admin-frame";
import { RecordCard, RecordList } from "@/components/admin/admin-table";
import { Alert } from "@/components/ui/alert";
import { primaryButton, secondaryButton, textLink } from "@/components/ui/styles";
import { changeInquiryStatusAction } from "../actions";

type Props = PageProps<"/[locale]/admin/inquiries">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "admin" });
  return { title: `${t("inquiries.title")} · ${t("title")}` };
}

const errorKeys = ["forbidden", "invalid", "notFound", "failed"] as const;

export default async function InquiriesPage({ params, searchParams }: Props) {
  const { l: locale, user, allowed } = await requireAdmin((await params).locale, "inquiry:read");
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "admin.inquiries" });
  const frame = { title: t("title"), lead: t("lead"), back: { href: adminPath(locale), label: t("back") } };
  const result = allowed ? await listInquiries(user) : null;
  if (!result?.ok) {
    return <AdminFrame {...frame} refused={t("forbidden")} />;
  }
  const sp = await searchParams;
  const updated = typeof sp.updated === "string" ? sp.updated.slice(0, 20) : undefined;
  const error = errorKeys.find((k) => k === sp.error);
  const when = portalDateTime(htmlLang[locale], { dateStyle: "medium", timeStyle: "short" });
  const action = changeInquiryStatusAction.bind(null, locale);

  return (
    <AdminFrame {...frame}>
      <div className="mt-6 space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-4">
          <p>{t("count", { count: result.items.length })}</p>
          <a href={adminPath(locale, "inquiries", "export.csv")} className={secondaryButton} download>
            {t("exportCsv")}
          </a>
        </div>
        {updated && <Alert tone="status">{t("updated", { reference: updated })}</Alert>}
        {error && <Alert>{t(`errors.${error}`)}</Alert>}
      </div>
      {result.items.length === 0 ? (
        <p className="mt-6">{t("empty")}</p>
      ) : (
        <RecordList>
          {result.items.map((q) => (
            <RecordCard
              key={q.id}
              heading={
                <>
                  <span className="font-mono">{q.reference}</span> · {q.organisation}
                </>
              }
              status={<span data-testid="inquiry-status">{t(`statuses.${q.status}`)}</span>}
              facts={[
                [
                  t("received"),
                  <time key="r" dateTime={q.createdAt.toISOString()}>
                    {when.format(q.createdAt)}
                  </time>,
                ],
                [
                  t("from"),
                  <>
                    {q.name} ·{" "}
                    <a className={textLink} href={`mailto:${q.email}`}>
                      {q.email}
                    </a>{" "}
                    · {q.country}
                  </>,
                ],
                [t("language"), q.locale],
                [t("interests"), q.interests.join(", ")],
              ]}
            >
              <p className="mt-2">
                <a
                  className={`font-semibold ${textLink}`}
                  href={adminPath(locale, "inquiries", q.reference)}
                  data-testid="inquiry-open"
                >
                  {t("open", { reference: q.reference })}
                </a>
                {q.allowPublication && <span className="ml-3 text-sm">({t("consentYes")})</span>}
              </p>
              <details className="mt-2">
                <summary className="cursor-pointer font-medium">{t("message")}</summary>
                <p className="mt-2 whitespace-pre-wrap" lang={q.locale}>
                  {q.message}
                </p>
              </details>
              <form action={action} className="mt-3 flex flex-wrap items-end gap-2">
                <input type="hidden" name="id" value={q.id} />
                <label className="flex flex-col text-sm font-medium">
                  {t("statusFor", { reference: q.reference })}
                  <select
                    name="status"
                    defaultValue={q.status}
                    className="mt-1 rounded border border-slate-500 bg-white px-2 py-1.5 text-base font-normal"
                  >
                    {inquiryStatuses.map((s) => (
                      <option key={s} value={s}>
                        {t(`statuses.${s}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <button type="submit" className={primaryButton}>
                  {t("save")}
                </button>
              </form>
            </RecordCard>
          ))}
        </RecordList>
      )}
    </AdminFrame>
  );
}
