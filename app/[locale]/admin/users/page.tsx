// /{locale}/admin/users: every staff account (admins only) with role, languages, status and last
// sign-in, a link to edit each and one to create a new account. Anonymous visitors go to the sign-in
// page, other roles get a localized refusal.
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { intlLocale, joinList } from "@/lib/format";
import { requireAdmin } from "@/lib/auth/guard";
import { listUsers, type UserListItem } from "@/lib/admin/users";
import { adminPath } from "@/lib/routes";
import { portalDateTime } from "@/lib/time";
import { AdminFrame } from "@/components/admin/admin-frame";
import { AdminTable, cell, row } from "@/components/admin/admin-table";
import { Alert } from "@/components/ui/alert";
import { primaryButton, textLink } from "@/components/ui/styles";

type Props = PageProps<"/[locale]/admin/users">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "admin" });
  return { title: `${t("users.title")} · ${t("title")}` };
}

export default async function UsersPage({ params, searchParams }: Props) {
  const { l: locale, user, allowed } = await requireAdmin((await params).locale, "user:manage");
  setRequestLocale(locale);
  const [t, sp] = await Promise.all([getTranslations({ locale, namespace: "admin" }), searchParams]);
  const frame = {
    title: t("users.title"),
    lead: t("users.lead"),
    back: { href: adminPath(locale), label: t("users.back") },
  };
  const result = allowed ? await listUsers(user) : null;
  if (!result?.ok) {
    return <AdminFrame {...frame} refused={t("users.forbidden")} />;
  }
  const when = portalDateTime(intlLocale[locale], { dateStyle: "medium", timeStyle: "short", hourCycle: "h23" });
  const created = typeof sp.created === "string" ? result.items.find((u) => u.id === sp.created) : undefined;
  const languages = (u: UserListItem) =>
    u.role !== "translator"
      ? t("users.allLanguages")
      : u.locales.length
        ? joinList(
            locale,
            u.locales.map((l) => t(`news.localeNames.${l}`)),
          )
        : t("users.noLanguages");
  const status = (u: UserListItem) =>
    u.deactivatedAt ? (
      <span className="rounded border border-accent-600 px-2 font-medium text-accent-600">
        {t("users.statuses.deactivated")}
      </span>
    ) : (
      t("users.statuses.active")
    );
  const lastSignIn = (u: UserListItem) =>
    u.lastSignInAt ? (
      <time dateTime={u.lastSignInAt.toISOString()}>{when.format(u.lastSignInAt)}</time>
    ) : (
      t("users.never")
    );
  const edit = (u: UserListItem) => (
    <a className={textLink} href={adminPath(locale, "users", u.id)} aria-label={t("users.editLabel", { name: u.name })}>
      {t("users.edit")}
    </a>
  );

  return (
    <AdminFrame {...frame}>
      <div className="mt-6 space-y-6">
        {created && <Alert tone="status">{t("users.created", { name: created.name, email: created.email })}</Alert>}
        <div className="flex flex-wrap items-center justify-between gap-4">
          <p className="text-slate-700">{t("users.count", { count: result.items.length })}</p>
          <a href={adminPath(locale, "users", "new")} className={primaryButton}>
            {t("users.newUser")}
          </a>
        </div>
        {/* Narrow screens: one card per account (the table would hide most columns behind a scroll). */}
        <ul className="space-y-4 md:hidden" aria-label={t("users.caption")}>
          {result.items.map((u) => (
            <li
              key={u.id}
              className={`rounded border border-slate-300 p-4 ${u.deactivatedAt ? "text-slate-600" : ""}`}
              data-testid={`user-card-${u.email}`}
            >
              <p className="font-semibold text-brand-900">
                {u.name}
                {u.id === user.id && (
                  <span className="ml-2 rounded bg-slate-100 px-2 text-sm font-normal">{t("users.you")}</span>
                )}
              </p>
              <p className="[overflow-wrap:anywhere]">{u.email}</p>
              <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
                <dt className="font-medium">{t("users.columns.role")}</dt>
                <dd>{t(`dashboard.roles.${u.role}`)}</dd>
                <dt className="font-medium">{t("users.columns.languages")}</dt>
                <dd>{languages(u)}</dd>
                <dt className="font-medium">{t("users.columns.status")}</dt>
                <dd>{status(u)}</dd>
                <dt className="font-medium">{t("users.columns.lastSignIn")}</dt>
                <dd>{lastSignIn(u)}</dd>
              </dl>
              <p className="mt-2">{edit(u)}</p>
            </li>
          ))}
        </ul>
        <AdminTable
          region
          className="hidden md:block"
          caption={t("users.caption")}
          testId="user-list"
          columns={[
            { label: t("users.columns.name") },
            { label: t("users.columns.email") },
            { label: t("users.columns.role") },
            { label: t("users.columns.languages") },
            { label: t("users.columns.status") },
            { label: t("users.columns.lastSignIn") },
            { label: t("users.columns.actions"), hidden: true },
          ]}
        >
          {result.items.map((u) => (
            <tr
              key={u.id}
              className={`${row} ${u.deactivatedAt ? "text-slate-600" : ""}`}
              data-testid={`user-${u.email}`}
            >
              <th scope="row" className={`${cell} text-left font-medium`}>
                {u.name}
                {u.id === user.id && (
                  <span className="ml-2 rounded bg-slate-100 px-2 text-sm font-normal">{t("users.you")}</span>
                )}
              </th>
              <td className={`${cell} [overflow-wrap:anywhere]`}>{u.email}</td>
              <td className={cell}>{t(`dashboard.roles.${u.role}`)}</td>
              <td className={cell} data-col="languages">
                {languages(u)}
              </td>
              <td className={cell} data-col="status">
                {status(u)}
              </td>
              <td className={`${cell} whitespace-nowrap`}>{lastSignIn(u)}</td>
              <td className={cell}>{edit(u)}</td>
            </tr>
          ))}
        </AdminTable>
      </div>
    </AdminFrame>
  );
}
