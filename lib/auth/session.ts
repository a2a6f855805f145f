// The current admin user, read from the request's session cookie through better-auth. Server only.
import "server-only";
import { headers } from "next/headers";
import { auth } from "@/lib/auth";
import { toAdminUser, type AdminUser } from "./permissions";

/** The signed-in user, or null (anonymous, or an account deactivated since it signed in). */
export async function currentAdminUser(): Promise<AdminUser | null> {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session || session.user.deactivatedAt) return null;
  return toAdminUser(session.user);
}
