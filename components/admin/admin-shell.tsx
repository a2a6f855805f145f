// The admin wing's chrome (app/[locale]/admin/layout.tsx): the way back to the dashboard and to the public
// site, who is signed in with which role and the sign-out button, and the navigation between the areas
// the user may open. No public header: the admin's links are plain <a> (no prefetch), and the sign-in page
// shows the bar without the account or the navigation.
import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { currentAdminUser } from "@/lib/auth/session";
import { adminSections } from "@/lib/admin/sections";
import { adminPath, localized, paths } from "@/lib/routes";

const sectionLabel = {
  content: "dashboard.content",
  news: "dashboard.news",
  translations: "dashboard.translations",
  schedule: "dashboard.schedule",
  media: "dashboard.media",
  inquiries: "dashboard.inbox",
  "error-reports": "dashboard.errorReports",
  "site-health": "dashboard.siteHealth",
  audit: "dashboard.audit",
  users: "dashboard.users",
  outbox: "outboxNav",
} as const;

async function Account({ locale, signOut }: { locale: Locale; signOut: () => Promise<void> }) {
  const user = await currentAdminUser();
  if (!user) return null;
  const t = await getTranslations({ locale, namespace: "admin.dashboard" });
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <p data-testid="admin-shell-user">
        <span className="font-semibold">{user.name}</span> · {t(`roles.${user.role}`)}
      </p>
      <form action={signOut}>
        <button
          type="submit"
          className="rounded border border-white/60 px-3 py-1 font-medium text-white hover:bg-white/10"
        >
          {t("signOut")}
        </button>
      </form>
    </div>
  );
}

async function Sections({ locale }: { locale: Locale }) {
  const user = await currentAdminUser();
  if (!user) return null;
  const t = await getTranslations({ locale, namespace: "admin" });
  const tf = await getTranslations({ locale, namespace: "follow.admin" });
  return (
    <nav aria-label={t("dashboard.sections")} className="border-t border-white/15 bg-slate-700">
      <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-5 gap-y-1 px-4 py-2 text-sm">
        {adminSections(user).map(({ section, path }) => (
          <li key={section}>
            <a className="text-white underline-offset-4 hover:underline" href={adminPath(locale, path)}>
              {section === "outbox" ? tf("outboxNav") : t(sectionLabel[section])}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** `signOut`: the sign-out server action, bound to the locale. */
export async function AdminShellHeader({ locale, signOut }: { locale: Locale; signOut: () => Promise<void> }) {
  const t = await getTranslations({ locale, namespace: "admin" });
  const tm = await getTranslations({ locale, namespace: "meta" });
  return (
    <header className="bg-slate-800 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <p className="flex flex-wrap items-baseline gap-x-3">
          <a href={adminPath(locale)} className="text-lg font-bold text-white no-underline">
            {t("title")}
          </a>
          <a href={localized(locale, paths.home)} className="text-sm text-white/90 underline">
            {tm("siteShortName")}
          </a>
        </p>
        <Suspense fallback={null}>
          <Account locale={locale} signOut={signOut} />
        </Suspense>
      </div>
      <Suspense fallback={null}>
        <Sections locale={locale} />
      </Suspense>
    </header>
  );
}
