// Who may do what in the admin. `can` is the one rule, decided from the user's role alone:
//
//   admin       everything, including managing users
//   editor      content (edit, publish, every language) and the inquiry inbox (read, update)
//   translator  translation:edit:<locale> for the locales on their account, nothing else
//
// Server actions and route handlers call `requirePermission`, which reads the session itself; the data
// layer's writes take the acting user and call `can` again (lib/data/admin-*.ts), so neither trusts the
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

export type PermissionResult =
  | { ok: true; user: AdminUser }
  | { ok: false; error: "unauthenticated" }
  | { ok: false; error: "forbidden"; user: AdminUser };

/** Thrown by `assertPermission`; route handlers map it to 401/403. */
export class ForbiddenError extends Error {
  constructor(
    readonly reason: "unauthenticated" | "forbidden",
    readonly permission: Permission,
  ) {
    super(`${reason}: ${permission}`);
    this.name = "ForbiddenError";
  }
}

/**
 * For server actions and route handlers: reads the session from the request's cookies and decides.
 * Never throws for an anonymous or unauthorized caller; returns a typed result instead.
 */
export async function requirePermission(permission: Permission): Promise<PermissionResult> {
  const { currentAdminUser } = await import("./session");
  const user = await currentAdminUser();
  if (!user) return { ok: false, error: "unauthenticated" };
  if (!can(user, permission)) return { ok: false, error: "forbidden", user };
  return { ok: true, user };
}

/** Like requirePermission, but throws ForbiddenError; returns the user when allowed. */
export async function assertPermission(permission: Permission): Promise<AdminUser> {
  const r = await requirePermission(permission);
  if (!r.ok) throw new ForbiddenError(r.error, permission);
  return r.user;
}

/** For the data layer, which receives the acting user: the same rule without reading the request. */
export function check(user: AdminUser | null | undefined, permission: Permission): user is AdminUser {
  return can(user, permission);
}

/** For an action that has the signed-in user already (lib/auth/action-guard.ts): may they do this? */
export function permitted(user: AdminUser, permission: Permission): PermissionResult {
  return can(user, permission) ? { ok: true, user } : { ok: false, error: "forbidden", user };
}
