// The current admin user, read from the request's session cookie through better-auth. Server only.
import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { auth, SESSION_ABSOLUTE_MS } from "./config";
import { db } from "@/lib/db";
import { toAdminUser, type AdminUser } from "./permissions";

/**
 * The signed-in user, or null (anonymous, an account deactivated since it signed in, or a session older
 * than its absolute lifetime: that session is deleted, so better-auth's own endpoints refuse it too).
 * Read once per request (the admin shell and the page both ask).
 */
export const currentAdminUser = cache(async function currentAdminUser(): Promise<AdminUser | null> {
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session || session.user.deactivatedAt) return null;
  if (Date.now() - new Date(session.session.createdAt).getTime() > SESSION_ABSOLUTE_MS) {
    await db.session.deleteMany({ where: { id: session.session.id } });
    return null;
  }
  return toAdminUser(session.user);
});
