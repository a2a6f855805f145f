// The one guard of the admin. Every admin page and server action starts with `requireAdmin(locale,
// permission)`: anyone without a session is sent to the sign-in page before anything else is read; the
// signed-in user comes back with whether the permission is granted, and the caller refuses in its own
// words (a page shows its alert, an action redirects with ?error=forbidden or returns the error state).
// Route handlers, which answer with a status instead, use `adminFor`. The data layer checks again with the
// user it is handed (lib/auth/permissions.ts), so neither trusts the other.
import "server-only";
import { redirect } from "next/navigation";
import type { Locale } from "@/i18n/routing";
import { requestLocaleSchema } from "@/lib/validation/common";
import { signInPath } from "@/lib/routes";
import { can, type AdminUser, type Permission } from "./permissions";
import { currentAdminUser } from "./session";

export interface Admin {
  /** The locale of the admin's own pages (a bad value reads as the default locale). */
  l: Locale;
  user: AdminUser;
  /** Whether `permission` is granted (true when none was asked for). */
  allowed: boolean;
}

/**
 * The signed-in user, or a redirect to the sign-in page. `locale` may come straight from the request (an
 * action's bound argument); `permission` is decided from the session's user.
 */
export async function requireAdmin(locale: unknown, permission?: Permission): Promise<Admin> {
  const user = await currentAdminUser();
  const l = requestLocaleSchema.parse(locale);
  if (!user) redirect(signInPath(l));
  return { l, user, allowed: permission ? can(user, permission) : true };
}

/** For route handlers: the user when signed in and allowed, else the status to answer with (401 or 403). */
export async function adminFor(
  permission: Permission,
): Promise<{ ok: true; user: AdminUser } | { ok: false; status: 401 | 403 }> {
  const user = await currentAdminUser();
  if (!user) return { ok: false, status: 401 };
  return can(user, permission) ? { ok: true, user } : { ok: false, status: 403 };
}
