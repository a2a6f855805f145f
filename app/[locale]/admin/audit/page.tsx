// /{locale}/admin/audit: the audit log (admins only), newest first, 50 a page: time (Beijing time, in
// the page's locale), who acted, the action (a localized label for the known ones, else its code), the
// target and the details as plain key: value text. A GET form filters by action, user, target and dates;
// filters that cannot be read are ignored and named. Anonymous visitors go to the sign-in page, other
// roles get a localized refusal.
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { intlLocale, joinList } from "@/lib/format";
import { requireAdmin } from "@/lib/auth/guard";
import type { AdminUser } from "@/lib/auth/permissions";
import { listAuditLog, type AuditEntry, type AuditFilterName, type AuditFilters } from "@/lib/admin/audit-log";
import { adminPath } from "@/lib/routes";
import { portalDateTime } from "@/lib/time";
import { AdminFrame, Refusal } from "@/components/admin/admin-frame";
import { Alert } from "@/components/ui/alert";
import { primaryButton, textLink } from "@/components/ui/styles";
import { AuditDetails } from "@/components/admin/audit-details";

type Props = PageProps<"/[locale]/admin/audit">;
type T = Awaited<ReturnType<typeof getTranslations<"admin">>>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "admin" });
  return { title: `${t("audit.title")} · ${t("title")}` };
}

/** "user.password-reset" → "userPasswordReset", the message key of its label. */
const actionKey = (code: string) => code.replace(/[.-]+([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** The localized label of a known action, or null (unknown actions are shown as their code). */
function actionLabel(t: T, code: string): string | null {
  const key = actionKey(code);
  if (!/^[a-zA-Z0-9]+$/.test(key)) return null;
  const path = `audit.actions.${key}` as "audit.actions.authSignIn";
  return t.has(path) ? t(path) : null;
}

const filterLabel: Record<AuditFilterName, "action" | "user" | "target" | "from" | "to" | "page"> = {
  action: "action",
  userId: "user",
  target: "target",
  from: "from",
  to: "to",
  page: "page",
};

function href(locale: Locale, filters: AuditFilters, page: number): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v) q.set(k, v);
  if (page > 1) q.set("page", String(page));
  const s = q.toString();
  return `${adminPath(locale, "audit")}${s ? `?${s}` : ""}`;
}

const field = "mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-2 font-normal text-slate-900";

async function AuditLog({
  locale,
  user,
  searchParams,
}: {
  locale: Locale;
  user: AdminUser;
  searchParams: Props["searchParams"];
}) {
  const [t, sp] = await Promise.all([getTranslations({ locale, namespace: "admin" }), searchParams]);
  const result = await listAuditLog(user, sp);
  if (!result.ok) return <Refusal>{t("audit.forbidden")}</Refusal>;
  const log = result.log;
  const f = log.filters;
  const when = portalDateTime(intlLocale[locale], { dateStyle: "medium", timeStyle: "medium", hourCycle: "h23" });
  const actionOptions = [...new Set([...log.actions, ...(f.action ? [f.action] : [])])].map((code) => {
    const label = actionLabel(t, code);
    return { value: code, label: label ? `${label} (${code})` : code };
  });
  const userOptions = log.users.map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }));
  if (f.userId && !userOptions.some((o) => o.value === f.userId))
    userOptions.push({ value: f.userId, label: f.userId });
  const time = (e: AuditEntry) => <time dateTime={e.at.toISOString()}>{when.format(e.at)}</time>;
  const who = (e: AuditEntry) =>
    e.actor ? (
      <>
        <span className="font-medium">{e.actor.name}</span>
        <span className="block text-sm text-slate-600 [overflow-wrap:anywhere]">{e.actor.email}</span>
      </>
    ) : (
      <span className="italic text-slate-600">{t("audit.noAccount")}</span>
    );
  const action = (e: AuditEntry) => {
    const label = actionLabel(t, e.action);
    return label ? (
      <>
        <span className="font-medium">{label}</span>
        <code className="block text-xs text-slate-600">{e.action}</code>
      </>
    ) : (
      <code>{e.action}</code>
    );
  };
  const target = (e: AuditEntry) =>
    e.targetUser ? (
      <a
        className="text-brand-700 underline [overflow-wrap:anywhere]"
        href={adminPath(locale, "users", e.targetUser.id)}
      >
        {e.targetUser.name} ({e.targetUser.email})
      </a>
    ) : (
      <code className="text-sm [overflow-wrap:anywhere]">{e.target}</code>
    );
  const th = "px-3 py-2 text-left align-bottom";
  const td = "px-3 py-2 align-top";

  return (
    <div className="mt-6 space-y-6">
      <AuditFilterForm locale={locale} t={t} filters={f} actionOptions={actionOptions} userOptions={userOptions} />

      {log.ignored.length > 0 && (
        <Alert>
          {t("audit.ignored", {
            names: joinList(
              locale,
              log.ignored.map((n) => t(`audit.filters.${filterLabel[n]}`)),
            ),
          })}
        </Alert>
      )}
      <p className="text-slate-700" role="status">
        {t("audit.count", { count: log.total })}
      </p>

      {log.items.length === 0 ? (
        <p>{t("audit.empty")}</p>
      ) : (
        <>
          {/* Narrow screens: one card per entry (the table would hide most columns behind a scroll). */}
          <ol className="space-y-4 lg:hidden" aria-label={t("audit.caption")}>
            {log.items.map((e) => (
              <li key={e.id} className="rounded border border-slate-300 p-4" data-testid="audit-card">
                <p className="text-sm text-slate-700">{time(e)}</p>
                <p className="mt-1">{action(e)}</p>
                <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2 text-sm">
                  <dt className="font-medium">{t("audit.columns.who")}</dt>
                  <dd>{who(e)}</dd>
                  <dt className="font-medium">{t("audit.columns.target")}</dt>
                  <dd>{target(e)}</dd>
                  <dt className="font-medium">{t("audit.columns.details")}</dt>
                  <dd>
                    <AuditDetails lines={e.details} />
                  </dd>
                </dl>
              </li>
            ))}
          </ol>
          <div
            className="relative hidden overflow-x-auto lg:block"
            role="region"
            aria-labelledby="audit-caption"
            tabIndex={0}
          >
            <table className="min-w-full border-collapse text-sm sm:text-base" data-testid="audit-log">
              <caption id="audit-caption" className="sr-only">
                {t("audit.caption")}
              </caption>
              <thead>
                <tr className="border-b-2 border-slate-400">
                  <th scope="col" className={th}>
                    {t("audit.columns.time")}
                  </th>
                  <th scope="col" className={th}>
                    {t("audit.columns.who")}
                  </th>
                  <th scope="col" className={th}>
                    {t("audit.columns.action")}
                  </th>
                  <th scope="col" className={th}>
                    {t("audit.columns.target")}
                  </th>
                  <th scope="col" className={th}>
                    {t("audit.columns.details")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {log.items.map((e) => (
                  <tr key={e.id} className="border-b border-slate-200" data-testid="audit-entry" data-action={e.action}>
                    <td className={`${td} whitespace-nowrap`}>{time(e)}</td>
                    <td className={`${td} min-w-40`}>{who(e)}</td>
                    <td className={`${td} min-w-36`}>{action(e)}</td>
                    <td className={`${td} min-w-40`}>{target(e)}</td>
                    <td className={`${td} min-w-56`}>
                      <AuditDetails lines={e.details} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      <AuditPagination locale={locale} t={t} filters={f} page={log.page} pages={log.pages} />
    </div>
  );
}

type Option = { value: string; label: string };

/** The log's filters: a plain GET form (works without JavaScript). */
function AuditFilterForm({
  locale,
  t,
  filters: f,
  actionOptions,
  userOptions,
}: {
  locale: Locale;
  t: T;
  filters: AuditFilters;
  actionOptions: Option[];
  userOptions: Option[];
}) {
  return (
    <form
      method="get"
      className="rounded-lg border border-slate-200 bg-slate-50 p-4"
      role="search"
      aria-label={t("audit.filters.legend")}
    >
      <fieldset>
        <legend className="sr-only">{t("audit.filters.legend")}</legend>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
          <label className="flex flex-col text-sm font-semibold text-slate-800">
            {t("audit.filters.action")}
            <select name="action" defaultValue={f.action ?? ""} className={field}>
              <option value="">{t("audit.filters.all")}</option>
              {actionOptions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col text-sm font-semibold text-slate-800">
            {t("audit.filters.user")}
            <select name="userId" defaultValue={f.userId ?? ""} className={field}>
              <option value="">{t("audit.filters.all")}</option>
              {userOptions.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
          <div className="flex flex-col text-sm font-semibold text-slate-800">
            <label htmlFor="audit-target">{t("audit.filters.target")}</label>
            <input
              id="audit-target"
              name="target"
              type="text"
              defaultValue={f.target ?? ""}
              maxLength={200}
              aria-describedby="audit-target-hint"
              className={field}
            />
            <span id="audit-target-hint" className="mt-1 font-normal text-slate-600">
              {t("audit.filters.targetHint")}
            </span>
          </div>
          <label className="flex flex-col text-sm font-semibold text-slate-800">
            {t("audit.filters.from")}
            <input name="from" type="date" defaultValue={f.from ?? ""} className={field} />
          </label>
          <label className="flex flex-col text-sm font-semibold text-slate-800">
            {t("audit.filters.to")}
            <input name="to" type="date" defaultValue={f.to ?? ""} className={field} />
          </label>
        </div>
      </fieldset>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className={primaryButton}>
          {t("audit.filters.apply")}
        </button>
        <a href={adminPath(locale, "audit")} className={`text-sm ${textLink}`}>
          {t("audit.filters.reset")}
        </a>
      </div>
    </form>
  );
}

function AuditPagination({
  locale,
  t,
  filters: f,
  page,
  pages,
}: {
  locale: Locale;
  t: T;
  filters: AuditFilters;
  page: number;
  pages: number;
}) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={t("audit.pagination")} className="flex flex-wrap items-center gap-4">
      {page > 1 && (
        <a href={href(locale, f, page - 1)} className={textLink} rel="prev">
          {t("audit.previous")}
        </a>
      )}
      <span>{t("audit.pageOf", { page: page, pages: pages })}</span>
      {page < pages && (
        <a href={href(locale, f, page + 1)} className={textLink} rel="next">
          {t("audit.next")}
        </a>
      )}
    </nav>
  );
}

export default async function AuditPage({ params, searchParams }: Props) {
  const { l: locale, user, allowed } = await requireAdmin((await params).locale, "user:manage");
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "admin" });
  return (
    <AdminFrame
      title={t("audit.title")}
      lead={t("audit.lead")}
      back={{ href: adminPath(locale), label: t("audit.back") }}
    >
      {allowed ? (
        <AuditLog locale={locale} user={user} searchParams={searchParams} />
      ) : (
        <Refusal>{t("audit.forbidden")}</Refusal>
      )}
    </AdminFrame>
  );
}
