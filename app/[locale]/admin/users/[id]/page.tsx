// /{locale}/admin/users/{id}: one account (admins only) — its details, the form for name, role and
// languages (refused when based on an older state, when an admin would demote themself, or when it would
// leave no active admin), deactivation/reactivation (a plain form with a confirmation box) and setting a
// new password. Reads the session, so everything below the header sits inside <Suspense>.
import { Suspense } from "react";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { locales, type Locale } from "@/i18n/routing";
import { intlLocale } from "@/lib/format";
import { adminRoles, requirePermission } from "@/lib/auth/permissions";
import { getUserForEditing } from "@/lib/data/admin-users";
import { PageHeader } from "@/components/ui/page-header";
import { UserForm } from "@/components/admin/user-form";
import { UserPasswordForm } from "@/components/admin/user-password-form";
import { resetPasswordAction, setUserStatusAction, updateUserAction } from "../actions";
import { userFormMessages, userPasswordMessages } from "../form-messages";

type Props = PageProps<"/[locale]/admin/users/[id]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "admin" });
  return { title: `${t("users.editTitle")} · ${t("users.title")}`, robots: { index: false, follow: false } };
}

// Cache Components needs sample params to check this route's shell at build time (the layout's language
// switcher reads the pathname). Every real id renders on request; this placeholder only shows "not found".
export function generateStaticParams() {
  return [{ id: "_" }];
}

const statusErrors = ["forbidden", "notFound", "self", "lastAdmin", "confirm", "failed"] as const;
const count = (v: unknown) => (typeof v === "string" && /^\d{1,4}$/.test(v) ? Number(v) : null);

async function Editor({
  locale,
  params,
  searchParams,
}: {
  locale: Locale;
  params: Props["params"];
  searchParams: Props["searchParams"];
}) {
  const allowed = await requirePermission("user:manage");
  if (!allowed.ok && allowed.error === "unauthenticated") redirect(`/${locale}/admin/sign-in`);
  const [{ id }, sp, t] = await Promise.all([params, searchParams, getTranslations({ locale, namespace: "admin" })]);
  if (!allowed.ok) {
    return (
      <p role="alert" className="mt-8 font-medium">
        {t("users.forbidden")}
      </p>
    );
  }
  const result = await getUserForEditing(allowed.user, id);
  if (!result.ok) {
    return (
      <p role="alert" className="mt-8 font-medium">
        {t(result.error === "forbidden" ? "users.forbidden" : "users.notFound")}
      </p>
    );
  }
  const u = result.user;
  const when = new Intl.DateTimeFormat(intlLocale[locale], {
    dateStyle: "medium",
    timeStyle: "short",
    hourCycle: "h23",
    timeZone: "Asia/Shanghai",
  });
  const time = (d: Date) => <time dateTime={d.toISOString()}>{when.format(d)}</time>;
  const error = statusErrors.find((k) => k === sp.error);
  const deactivated = count(sp.deactivated);
  const passwordSet = count(sp.password);
  const notice =
    sp.saved === "1"
      ? t("users.saved")
      : sp.unchanged === "1"
        ? t("users.unchanged")
        : deactivated !== null
          ? t("users.deactivated", { count: deactivated })
          : sp.reactivated === "1"
            ? t("users.reactivated")
            : passwordSet !== null
              ? t("users.passwordSet", { count: passwordSet })
              : null;
  const button = "rounded border border-slate-500 px-4 py-2 font-medium hover:bg-slate-100";

  return (
    <div className="mt-6 space-y-10">
      {notice && (
        <p role="status" className="rounded border border-brand-600 bg-brand-50 px-4 py-2">
          {notice}
        </p>
      )}

      <section aria-labelledby="account">
        <h2 id="account" className="text-xl font-semibold text-brand-900">
          {t("users.details.heading", { name: u.name })}
        </h2>
        <dl className="mt-3 grid max-w-2xl grid-cols-[auto_minmax(0,1fr)] gap-x-6 gap-y-2">
          <dt className="font-medium">{t("users.details.email")}</dt>
          <dd className="break-all" data-testid="user-email">
            {u.email}
          </dd>
          <dt className="font-medium">{t("users.details.status")}</dt>
          <dd data-testid="user-status">
            {u.deactivatedAt ? (
              <span className="font-medium text-accent-600">
                {t("users.deactivatedOn", { date: when.format(u.deactivatedAt) })}
              </span>
            ) : (
              t("users.statuses.active")
            )}
          </dd>
          <dt className="font-medium">{t("users.details.created")}</dt>
          <dd>{time(u.createdAt)}</dd>
          <dt className="font-medium">{t("users.details.lastSignIn")}</dt>
          <dd>{u.lastSignInAt ? time(u.lastSignInAt) : t("users.never")}</dd>
          <dt className="font-medium">{t("users.details.sessions")}</dt>
          <dd>{u.sessions}</dd>
        </dl>
      </section>

      <section aria-labelledby="profile" className="max-w-2xl">
        <h2 id="profile" className="text-xl font-semibold text-brand-900">
          {t("users.profileHeading")}
        </h2>
        <div className="mt-3">
          <UserForm
            key={u.updatedAt.toISOString()}
            mode="edit"
            action={updateUserAction.bind(null, locale, u.id)}
            initial={{
              seq: 0,
              updatedAt: u.updatedAt.toISOString(),
              values: { name: u.name, email: u.email, role: u.role, locales: u.locales },
            }}
            roles={adminRoles}
            locales={locales}
            ownAccount={u.isSelf}
            messages={userFormMessages(t, "edit")}
          />
        </div>
      </section>

      <section aria-labelledby="status" className="max-w-2xl rounded border-2 border-slate-300 p-4">
        <h2 id="status" className="text-xl font-semibold text-brand-900">
          {t("users.statusHeading")}
        </h2>
        {error && (
          <p role="alert" className="mt-3 rounded border-2 border-accent-600 px-4 py-2 font-medium text-accent-600">
            {t(`users.errors.${error}`)}
          </p>
        )}
        {u.isSelf ? (
          <p className="mt-2">{t("users.selfStatus")}</p>
        ) : u.deactivatedAt ? (
          <form action={setUserStatusAction.bind(null, locale, u.id)} className="mt-2 space-y-3">
            <p>{t("users.reactivateLead")}</p>
            <input type="hidden" name="intent" value="reactivate" />
            <button type="submit" className={button}>
              {t("users.reactivate")}
            </button>
          </form>
        ) : (
          <form action={setUserStatusAction.bind(null, locale, u.id)} className="mt-2 space-y-3">
            <p>{t("users.deactivateLead")}</p>
            <input type="hidden" name="intent" value="deactivate" />
            <p className="flex items-start gap-2">
              <input
                id="deactivate-confirm"
                type="checkbox"
                name="confirm"
                value="yes"
                required
                className="mt-1 size-5"
              />
              <label htmlFor="deactivate-confirm">{t("users.deactivateConfirm")}</label>
            </p>
            <button type="submit" className="rounded bg-accent-600 px-4 py-2 font-semibold text-white hover:opacity-90">
              {t("users.deactivate")}
            </button>
          </form>
        )}
      </section>

      <section aria-labelledby="password" className="max-w-2xl">
        <h2 id="password" className="text-xl font-semibold text-brand-900">
          {t("users.passwordHeading")}
        </h2>
        <p className="mt-1 text-slate-700">{t(u.isSelf ? "users.passwordSelf" : "users.passwordLead")}</p>
        <div className="mt-3">
          <UserPasswordForm action={resetPasswordAction.bind(null, locale, u.id)} messages={userPasswordMessages(t)} />
        </div>
      </section>
    </div>
  );
}

// The id is not known at build time: everything that reads it sits inside <Suspense>.
async function EditPage({ params, searchParams }: Props) {
  const { locale: raw } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "admin" });
  return (
    <>
      <PageHeader title={t("users.editTitle")}>
        <p className="mt-3">
          <a className="text-brand-700 underline" href={`/${locale}/admin/users`}>
            {t("users.backToList")}
          </a>
        </p>
      </PageHeader>
      <Suspense fallback={<p className="mt-8 text-slate-600">…</p>}>
        <Editor locale={locale} params={params} searchParams={searchParams} />
      </Suspense>
    </>
  );
}

export default function UserEditPage(props: Props) {
  return (
    <Suspense fallback={<p className="mt-8 text-slate-600">…</p>}>
      <EditPage {...props} />
    </Suspense>
  );
}
