// /{locale}/admin/users: every staff account (admins only) with role, languages, status and last
// sign-in, a link to edit each and one to create a new account. Reads the session, so the list sits
// inside <Suspense>; anonymous visitors go to the sign-in page, other roles get a localized refusal.
import { Suspense } from "react";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { intlLocale, joinList } from "@/lib/format";
import { requirePermission } from "@/lib/auth/permissions";
import { listUsers, type UserListItem } from "@/lib/data/admin-users";
import { PageHeader } from "@/components/ui/page-header";

type Props = PageProps<"/[locale]/admin/users">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "admin" });
  return { title: `${t("users.title")} · ${t("title")}`, robots: { index: false, follow: false } };
}

async function UserList({ locale, searchParams }: { locale: Locale; searchParams: Props["searchParams"] }) {
  const allowed = await requirePermission("user:manage");
  if (!allowed.ok && allowed.error === "unauthenticated") redirect(`/${locale}/admin/sign-in`);
  const [t, sp] = await Promise.all([getTranslations({ locale, namespace: "admin" }), searchParams]);
  if (!allowed.ok) {
    return (
      <p role="alert" className="mt-8 font-medium">
        {t("users.forbidden")}
      </p>
    );
  }
  const result = await listUsers(allowed.user);
  if (!result.ok) {
    return (
      <p role="alert" className="mt-8 font-medium">
        {t("users.forbidden")}
      </p>
    );
  }
  const when = new Intl.DateTimeFormat(intlLocale[locale], {
    dateStyle: "medium",
    timeStyle: "short",
    hourCycle: "h23",
    timeZone: "Asia/Shanghai",
  });
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
    <a
      className="text-brand-700 underline"
      href={`/${locale}/admin/users/${u.id}`}
      aria-label={t("users.editLabel", { name: u.name })}
    >
      {t("users.edit")}
    </a>
  );
  const th = "px-3 py-2 text-left align-bottom";
  const td = "px-3 py-2 align-top";

  return (
    <div className="mt-6 space-y-6">
      {created && (
        <p role="status" className="rounded border border-brand-600 bg-brand-50 px-4 py-2">
          {t("users.created", { name: created.name, email: created.email })}
        </p>
      )}
      <div className="flex flex-wrap items-center justify-between gap-4">
        <p className="text-slate-700">{t("users.count", { count: result.items.length })}</p>
        <a
          href={`/${locale}/admin/users/new`}
          className="rounded bg-brand-800 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-900"
        >
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
              {u.id === allowed.user.id && (
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
      <div
        className="relative hidden overflow-x-auto md:block"
        role="region"
        aria-labelledby="users-caption"
        tabIndex={0}
      >
        <table className="min-w-full border-collapse text-sm sm:text-base" data-testid="user-list">
          <caption id="users-caption" className="sr-only">
            {t("users.caption")}
          </caption>
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className={th}>
                {t("users.columns.name")}
              </th>
              <th scope="col" className={th}>
                {t("users.columns.email")}
              </th>
              <th scope="col" className={th}>
                {t("users.columns.role")}
              </th>
              <th scope="col" className={th}>
                {t("users.columns.languages")}
              </th>
              <th scope="col" className={th}>
                {t("users.columns.status")}
              </th>
              <th scope="col" className={th}>
                {t("users.columns.lastSignIn")}
              </th>
              <th scope="col" className={th}>
                <span className="sr-only">{t("users.columns.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((u) => (
              <tr
                key={u.id}
                className={`border-b border-slate-200 ${u.deactivatedAt ? "text-slate-600" : ""}`}
                data-testid={`user-${u.email}`}
              >
                <th scope="row" className={`${td} text-left font-medium`}>
                  {u.name}
                  {u.id === allowed.user.id && (
                    <span className="ml-2 rounded bg-slate-100 px-2 text-sm font-normal">{t("users.you")}</span>
                  )}
                </th>
                <td className={`${td} [overflow-wrap:anywhere]`}>{u.email}</td>
                <td className={td}>{t(`dashboard.roles.${u.role}`)}</td>
                <td className={td} data-col="languages">
                  {languages(u)}
                </td>
                <td className={td} data-col="status">
                  {status(u)}
                </td>
                <td className={`${td} whitespace-nowrap`}>{lastSignIn(u)}</td>
                <td className={td}>{edit(u)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

export default async function UsersPage({ params, searchParams }: Props) {
  const { locale: raw } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "admin" });
  return (
    <>
      <PageHeader title={t("users.title")} lead={t("users.lead")}>
        <p className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
          <a className="text-brand-700 underline" href={`/${locale}/admin`}>
            {t("users.back")}
          </a>
        </p>
      </PageHeader>
      <Suspense fallback={<p className="mt-8 text-slate-600">…</p>}>
        <UserList locale={locale} searchParams={searchParams} />
      </Suspense>
    </>
  );
}
