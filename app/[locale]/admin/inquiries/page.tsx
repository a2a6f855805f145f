// /{locale}/admin/inquiries: the inquiry inbox, newest first, with a status form per inquiry (a plain
// form posting to a server action: works without JavaScript) and the CSV export. Reads the session, so
// the inbox itself sits inside <Suspense>; anonymous visitors go to the sign-in page.
import { Suspense } from "react";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { htmlLang, type Locale } from "@/i18n/routing";
import { requirePermission } from "@/lib/auth/permissions";
import { inquiryStatuses, listInquiries } from "@/lib/data/admin-inquiries";
import { PageHeader } from "@/components/ui/page-header";
import { changeInquiryStatusAction } from "../actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/admin/inquiries">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "admin" });
  return { title: `${t("inquiries.title")} · ${t("title")}`, robots: { index: false, follow: false } };
}

const errorKeys = ["forbidden", "invalid", "notFound", "failed"] as const;

async function Inbox({
  locale,
  searchParams,
}: {
  locale: Locale;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const allowed = await requirePermission("inquiry:read");
  if (!allowed.ok && allowed.error === "unauthenticated") redirect(`/${locale}/admin/sign-in`);
  const t = await getTranslations({ locale, namespace: "admin" });
  if (!allowed.ok)
    return (
      <p role="alert" className="mt-8 font-medium">
        {t("inquiries.forbidden")}
      </p>
    );
  const result = await listInquiries(allowed.user);
  if (!result.ok)
    return (
      <p role="alert" className="mt-8 font-medium">
        {t("inquiries.forbidden")}
      </p>
    );
  const sp = await searchParams;
  const updated = typeof sp.updated === "string" ? sp.updated.slice(0, 20) : undefined;
  const error = errorKeys.find((k) => k === sp.error);
  const when = new Intl.DateTimeFormat(htmlLang[locale], {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Shanghai",
  });
  const action = changeInquiryStatusAction.bind(null, locale);

  return (
    <div className="mt-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <p>{t("inquiries.count", { count: result.items.length })}</p>
        <a
          href={`/${locale}/admin/inquiries/export.csv`}
          className="rounded border border-slate-500 px-4 py-2 font-medium hover:bg-slate-100"
          download
        >
          {t("inquiries.exportCsv")}
        </a>
      </div>
      {updated && (
        <p role="status" className="mt-4 rounded border border-brand-600 bg-brand-50 px-4 py-2">
          {t("inquiries.updated", { reference: updated })}
        </p>
      )}
      {error && (
        <p role="alert" className="mt-4 rounded border-2 border-accent-600 px-4 py-2 font-medium text-accent-600">
          {t(`inquiries.errors.${error}`)}
        </p>
      )}
      {result.items.length === 0 ? (
        <p className="mt-6">{t("inquiries.empty")}</p>
      ) : (
        <ol className="mt-6 space-y-4">
          {result.items.map((q) => (
            <li key={q.id} className="rounded border border-slate-300 p-4">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="text-lg font-semibold text-brand-900">
                  <span className="font-mono">{q.reference}</span> · {q.organisation}
                </h2>
                <span data-testid="inquiry-status">{t(`inquiries.statuses.${q.status}`)}</span>
              </div>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                <dt className="font-medium">{t("inquiries.received")}</dt>
                <dd>
                  <time dateTime={q.createdAt.toISOString()}>{when.format(q.createdAt)}</time>
                </dd>
                <dt className="font-medium">{t("inquiries.from")}</dt>
                <dd>
                  {q.name} ·{" "}
                  <a className="text-brand-700 underline" href={`mailto:${q.email}`}>
                    {q.email}
                  </a>{" "}
                  · {q.country}
                </dd>
                <dt className="font-medium">{t("inquiries.language")}</dt>
                <dd>{q.locale}</dd>
                <dt className="font-medium">{t("inquiries.interests")}</dt>
                <dd>{q.interests.join(", ")}</dd>
              </dl>
              <p className="mt-2">
                <a
                  className="font-semibold text-brand-700 underline"
                  href={`/${locale}/admin/inquiries/${q.reference}`}
                  data-testid="inquiry-open"
                >
                  {t("inquiries.open", { reference: q.reference })}
                </a>
                {q.allowPublication && <span className="ml-3 text-sm">({t("inquiries.consentYes")})</span>}
              </p>
              <details className="mt-2">
                <summary className="cursor-pointer font-medium">{t("inquiries.message")}</summary>
                <p className="mt-2 whitespace-pre-wrap" lang={q.locale}>
                  {q.message}
                </p>
              </details>
              <form action={action} className="mt-3 flex flex-wrap items-end gap-2">
                <input type="hidden" name="id" value={q.id} />
                <label className="flex flex-col text-sm font-medium">
                  {t("inquiries.statusFor", { reference: q.reference })}
                  <select
                    name="status"
                    defaultValue={q.status}
                    className="mt-1 rounded border border-slate-500 bg-white px-2 py-1.5 text-base font-normal"
                  >
                    {inquiryStatuses.map((s) => (
                      <option key={s} value={s}>
                        {t(`inquiries.statuses.${s}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <button
                  type="submit"
                  className="rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900"
                >
                  {t("inquiries.save")}
                </button>
              </form>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

export default async function InquiriesPage({ params, searchParams }: PageProps<"/[locale]/admin/inquiries">) {
  const { locale: raw } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "admin" });
  return (
    <>
      <PageHeader title={t("inquiries.title")} lead={t("inquiries.lead")}>
        <p className="mt-3">
          <a className="text-brand-700 underline" href={`/${locale}/admin`}>
            {t("inquiries.back")}
          </a>
        </p>
      </PageHeader>
      <Suspense fallback={<p className="mt-8 text-slate-600">…</p>}>
        <Inbox locale={locale} searchParams={searchParams} />
      </Suspense>
    </>
  );
}
