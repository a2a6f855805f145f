// /{locale}/admin/outbox (admins only): the last 100 emails kept instead of sent while no SMTP_URL is set —
// confirmations and change notifications, with their headers. Plain text, never rendered as HTML.
import { Suspense } from "react";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { intlLocale } from "@/lib/format";
import { requirePermission } from "@/lib/auth/permissions";
import { listOutbox } from "@/lib/data/admin-outbox";
import { PageHeader } from "@/components/ui/page-header";

type Props = PageProps<"/[locale]/admin/outbox">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "follow.admin" });
  return { title: t("outboxTitle"), robots: { index: false, follow: false } };
}

export default async function OutboxPage({ params }: Props) {
  const { locale: raw } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "follow.admin" });
  return (
    <>
      <PageHeader title={t("outboxTitle")} lead={t("outboxLead")} />
      <Suspense fallback={null}>
        <Outbox locale={locale} />
      </Suspense>
    </>
  );
}

async function Outbox({ locale }: { locale: Locale }) {
  const allowed = await requirePermission("user:manage");
  if (!allowed.ok && allowed.error === "unauthenticated") redirect(`/${locale}/admin/sign-in`);
  const t = await getTranslations({ locale, namespace: "follow.admin" });
  const result = await listOutbox(allowed.ok ? allowed.user : null);
  if (!result.ok)
    return (
      <p role="alert" className="mt-6">
        {t("outboxForbidden")}
      </p>
    );
  const time = new Intl.DateTimeFormat(intlLocale[locale], {
    dateStyle: "medium",
    timeStyle: "medium",
    timeZone: "Asia/Shanghai",
  });
  return (
    <div className="mt-6 space-y-6">
      {result.mode === "smtp" && <p className="rounded border border-slate-300 px-4 py-2">{t("outboxSmtp")}</p>}
      {result.entries.length === 0 && <p>{t("outboxEmpty")}</p>}
      <ol className="space-y-6" data-testid="outbox">
        {result.entries.map((m) => (
          <li key={m.id} className="rounded border border-slate-300 p-4" data-testid="outbox-mail">
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
              <dt className="font-medium">{t("outboxAt")}</dt>
              <dd>
                <time dateTime={m.createdAt}>{time.format(new Date(m.createdAt))}</time>
              </dd>
              <dt className="font-medium">{t("outboxTo")}</dt>
              <dd data-testid="outbox-to">{m.to}</dd>
              <dt className="font-medium">{t("outboxSubject")}</dt>
              <dd data-testid="outbox-subject">{m.subject}</dd>
              {Object.keys(m.headers).length > 0 && (
                <>
                  <dt className="font-medium">{t("outboxHeaders")}</dt>
                  <dd className="break-all font-mono text-sm">
                    {Object.entries(m.headers).map(([k, v]) => (
                      <div key={k}>
                        {k}: {v}
                      </div>
                    ))}
                  </dd>
                </>
              )}
            </dl>
            <pre
              className="mt-3 whitespace-pre-wrap break-words rounded bg-slate-50 p-3 text-sm"
              data-testid="outbox-text"
            >
              {m.text}
            </pre>
          </li>
        ))}
      </ol>
    </div>
  );
}
