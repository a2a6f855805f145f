// Who may do what in the admin. `can` is the one rule, decided from the user's role alone:
//
//   admin       everything, including managing users
//   editor      content (edit, publish, every language) and the inquiry inbox (read, update)
//   translator  translation:edit:<locale> for the locales on their account, nothing else
//
// Pages and server actions call `requireAdmin` (lib/auth/guard.ts), which reads the session; the data
// layer's writes take the acting user and call these rules again (lib/admin/*), so neither trusts the
// other. This module has no server-only imports so the matrix can be unit tested.
import { z } from "zod";
import { locales, type Locale } from "@/i18n/routing";

export const adminRoles = ["admin", "editor", "translator"] as const;
export type AdminRole = (typeof adminRoles)[number];

export type Permission =
  "inquiry:read" | "inquiry:update" | "user:manage" | "content:edit" | "content:publish" | `translation:edit:${Locale}`;

export const permissions: readonly Permission[] = [
  "inquiry:read",
  "inquiry:update",
  "user:manage",
  "content:edit",
  "content:publish",
  ...locales.map((l) => `translation:edit:${l}` as const),
];

/** The signed-in person as the admin sees them (from the session, or handed to the data layer). */
export interface AdminUser {
  id: string;
  email: string;
  name: string;
  role: AdminRole;
  /** Locales a translator may edit. */
  locales: Locale[];
}

/** Turns a session's user (better-auth returns additional fields untyped) into an AdminUser, or null. */
export const adminUserSchema = z.object({
  id: z.string().min(1),
  email: z.string(),
  name: z.string(),
  role: z.enum(adminRoles),
  locales: z
    .array(z.string())
    .nullish()
    .transform((l) => (l ?? []).filter((x): x is Locale => (locales as readonly string[]).includes(x))),
});

export function toAdminUser(raw: unknown): AdminUser | null {
  const r = adminUserSchema.safeParse(raw);
  return r.success ? r.data : null;
}

const EDITOR: ReadonlySet<Permission> = new Set<Permission>([
  "inquiry:read",
  "inquiry:update",
  "content:edit",
  "content:publish",
  ...locales.map((l) => `translation:edit:${l}` as const),
]);

export function can(user: Pick<AdminUser, "role" | "locales"> | null | undefined, permission: Permission): boolean {
  if (!user) return false;
  switch (user.role) {
    case "admin":
      return true;
    case "editor":
      return EDITOR.has(permission);
    case "translator": {
      const m = /^translation:edit:(.+)$/.exec(permission);
      return !!m && (user.locales as readonly string[]).includes(m[1]!);
    }
    default:
      return false;
  }
}

/** Whether the user may edit the text of `locale` — an item's or an image's (editors and admins: every locale). */
export function canEditLocale(user: Pick<AdminUser, "role" | "locales"> | null | undefined, locale: Locale): boolean {
  return can(user, `translation:edit:${locale}`);
}

export const canEditAnyLocale = (user: Pick<AdminUser, "role" | "locales"> | null | undefined) =>
  locales.some((l) => canEditLocale(user, l));

/**
 * Whether the user may edit a text (an item's, or an image's alt text and caption) in `locale`. The
 * original-language text is the source every translation is checked against, so changing it is an
 * editor's decision: a translator assigned the original's language may read it but not save it.
 */
export function canEditText(
  user: Pick<AdminUser, "role" | "locales"> | null | undefined,
  locale: Locale,
  originalLocale: Locale,
): boolean {
  return canEditLocale(user, locale) && (locale !== originalLocale || can(user, "content:edit"));
}
