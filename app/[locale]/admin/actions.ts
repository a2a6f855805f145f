"use server";
// Server actions of the admin. Each one checks its permission itself (requirePermission reads the
// session); the data layer checks again with the user it is handed.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defaultLocale, locales } from "@/i18n/routing";
import { auth } from "@/lib/auth";
import { requirePermission } from "@/lib/auth/permissions";
import { currentAdminUser } from "@/lib/auth/session";
import { auditSignOut } from "@/lib/data/admin-audit";
import { updateInquiryStatus } from "@/lib/data/admin-inquiries";

// Bound by the page, but bound arguments travel through the browser: check it.
const localeSchema = z.enum(locales).catch(defaultLocale);

export async function signOutAction(locale: unknown): Promise<void> {
  const l = localeSchema.parse(locale);
  const h = await headers();
  const user = await currentAdminUser();
  await auth.api.signOut({ headers: h }); // deletes the Session row; nextCookies clears the cookie
  if (user) await auditSignOut(user);
  redirect(`/${l}/admin/sign-in`);
}

export async function changeInquiryStatusAction(locale: unknown, form: FormData): Promise<void> {
  const l = localeSchema.parse(locale);
  const inbox = `/${l}/admin/inquiries`;
  const allowed = await requirePermission("inquiry:update");
  if (!allowed.ok && allowed.error === "unauthenticated") redirect(`/${l}/admin/sign-in`);
  if (!allowed.ok) redirect(`${inbox}?error=forbidden`);
  const result = await updateInquiryStatus(allowed.user, { id: form.get("id"), status: form.get("status") });
  if (!result.ok) redirect(`${inbox}?error=${result.error}`);
  redirect(`${inbox}?updated=${encodeURIComponent(result.reference)}`);
}
