// /{locale}/admin/error-reports: readers' error reports with their 3-working-day reply clock, open ones
// first (oldest on top); staff mark one handled with a note (a plain form: works without JavaScript;
// audit-logged).
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { htmlLang, type Locale } from "@/i18n/routing";
import { requireAdmin } from "@/lib/auth/guard";
import { listErrorReports } from "@/lib/data/error-reports";
import { adminPath } from "@/lib/routes";
import { portalDateTime } from "@/lib/time";
import { AdminFrame } from "@/components/admin/admin-frame";
import { RecordCard, RecordList } from "@/components/admin/admin-table";
import { Alert } from "@/components/ui/alert";
import { primaryButton, textLink } from "@/components/ui/styles";
import { handleErrorReportAction } from "../actions";

type Props = PageProps<"/[locale]/admin/error-reports">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "admin" });
  return { title: `${t("errorReports.title")} · ${t("title")}` };
}

const errorKeys = ["forbidden", "invalid", "notFound", "alreadyHandled", "failed"] as const;

export default async function ErrorReportsPage({ params, searchParams }: Props) {
  const { l: locale, user, allowed } = await requireAdmin((await params).locale, "inquiry:read");
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "admin.errorReports" });
  const frame = { title: t("title"), lead: t("lead"), back: { href: adminPath(locale), label: t("back") } };
  const result = allowed ? await listErrorReports(user) : null;
  if (!result?.ok) {
    return <AdminFrame {...frame} refused={t("errors.forbidden")} />;
  }
  const sp = await searchParams;
  const updated = typeof sp.updated === "string" ? sp.updated.slice(0, 20) : undefined;
  const error = errorKeys.find((k) => k === sp.error);
  const when = portalDateTime(htmlLang[locale], { dateStyle: "medium", timeStyle: "short" });
  const time = (d: Date) => <time dateTime={d.toISOString()}>{when.format(d)}</time>;
  const action = handleErrorReportAction.bind(null, locale);
  const open = result.items.filter((r) => r.status === "open");
  return (
    <AdminFrame {...frame}>
      <div className="mt-6 space-y-4">
        <p data-testid="error-report-count">
          {t("count", { open: open.length, overdue: open.filter((r) => r.overdue).length })}
        </p>
        {updated && <Alert tone="status">{t("updated", { reference: updated })}</Alert>}
        {error && <Alert>{t(`errors.${error}`)}</Alert>}
      </div>
      {result.items.length === 0 ? (
        <p className="mt-6">{t("empty")}</p>
      ) : (
        <RecordList>
          {result.items.map((r) => (
            <RecordCard
              key={r.id}
              heading={<span className="font-mono">{r.reference}</span>}
              status={<span>{r.status === "open" ? t("open") : t("handled")}</span>}
              urgent={r.overdue}
              data-testid="error-report"
              data-overdue={r.overdue ? "1" : "0"}
              facts={[
                [
                  t("page"),
                  <a key="p" className={`${textLink} break-all`} href={r.pagePath}>
                    {r.pagePath}
                  </a>,
                ],
                [t("language"), r.locale],
                [t("received"), time(r.createdAt)],
                r.status === "open"
                  ? [
                      t("due"),
                      <span key="d" data-testid="error-report-due">
                        {time(r.dueAt)}
                      </span>,
                    ]
                  : [t("handledAt"), r.handledAt && time(r.handledAt)],
                r.email && [
                  t("email"),
                  <a key="e" className={textLink} href={`mailto:${r.email}`}>
                    {r.email}
                  </a>,
                ],
              ]}
            >
              {r.overdue && <p className="mt-1 font-semibold text-accent-600">{t("overdue")}</p>}
              <p className="mt-2 font-medium">{t("message")}</p>
              <p className="mt-1 whitespace-pre-wrap" lang={htmlLang[r.locale]}>
                {r.message}
              </p>
              {r.status === "open" ? (
                <form action={action} className="mt-3 space-y-2">
                  <input type="hidden" name="id" value={r.id} />
                  <label className="block text-sm font-medium" htmlFor={`note-${r.id}`}>
                    {t("noteFor", { reference: r.reference })}
                  </label>
                  <textarea
                    id={`note-${r.id}`}
                    name="replyNote"
                    rows={3}
                    required
                    maxLength={2000}
                    className="block w-full rounded border border-slate-500 px-3 py-2"
                  />
                  <button type="submit" className={primaryButton}>
                    {t("markHandled")}
                  </button>
                </form>
              ) : (
                <>
                  <p className="mt-2 font-medium">{t("note")}</p>
                  <p className="mt-1 whitespace-pre-wrap">{r.replyNote}</p>
                </>
              )}
            </RecordCard>
          ))}
        </RecordList>
      )}
    </AdminFrame>
  );
}
