// The admin's areas, in the order its navigation lists them, and who may open each. The shell's
// navigation (components/admin/admin-shell.tsx) shows a user the ones they may open; each page checks the
// permission again (requireAdmin) and so does its data layer.
import { locales } from "@/i18n/routing";
import { can, type AdminUser } from "@/lib/auth/permissions";

export type AdminSection =
  | "content"
  | "news"
  | "translations"
  | "schedule"
  | "media"
  | "inquiries"
  | "error-reports"
  | "site-health"
  | "audit"
  | "users"
  | "outbox";

/** Path under /{locale}/admin and whether `user` may open it. */
export function adminSections(user: AdminUser): { section: AdminSection; path: string }[] {
  const translates = locales.some((l) => can(user, `translation:edit:${l}`));
  const all: [AdminSection, string, boolean][] = [
    ["content", "content", translates],
    ["news", "content/news", translates],
    ["translations", "translations", translates],
    ["schedule", "schedule", can(user, "content:publish")],
    ["media", "media", translates],
    ["inquiries", "inquiries", can(user, "inquiry:read")],
    ["error-reports", "error-reports", can(user, "inquiry:read")],
    ["site-health", "site-health", can(user, "content:publish")],
    ["audit", "audit", can(user, "user:manage")],
    ["users", "users", can(user, "user:manage")],
    ["outbox", "outbox", can(user, "user:manage")],
  ];
  return all.filter(([, , ok]) => ok).map(([section, path]) => ({ section, path }));
}
