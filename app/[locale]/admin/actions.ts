"use server";
// Server actions of the admin. Each one reads the session first (lib/auth/guard.ts), then checks its permission (the
// session); the data layer checks again with the user it is handed.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth/config";
import { requireAdmin } from "@/lib/auth/guard";
import { formOf } from "@/lib/auth/action-input";
import { auditSignOut } from "@/lib/admin/audit";
import { updateInquiryStatus } from "@/lib/admin/inquiries";
import { handleErrorReport } from "@/lib/data/error-reports";
import { adminPath, signInPath } from "@/lib/routes";

export async function signOutAction(locale: unknown): Promise<void> {
  const { l, user } = await requireAdmin(locale);
  await auth.api.signOut({ headers: await headers() }); // deletes the Session row; nextCookies clears the cookie
  await auditSignOut(user);
  redirect(signInPath(l));
}

export async function changeInquiryStatusAction(locale: unknown, form: FormData): Promise<void> {
  const { l, user, allowed } = await requireAdmin(locale, "inquiry:update");
  form = formOf(form);
  const inbox = adminPath(l, "inquiries");
  if (!allowed) redirect(`${inbox}?error=forbidden`);
  const result = await updateInquiryStatus(user, { id: form.get("id"), status: form.get("status") });
  if (!result.ok) redirect(`${inbox}?error=${result.error}`);
  redirect(`${inbox}?updated=${encodeURIComponent(result.reference)}`);
}

export async function handleErrorReportAction(locale: unknown, form: FormData): Promise<void> {
  const { l, user, allowed } = await requireAdmin(locale, "inquiry:update");
  form = formOf(form);
  const list = adminPath(l, "error-reports");
  if (!allowed) redirect(`${list}?error=forbidden`);
  const result = await handleErrorReport(user, { id: form.get("id"), replyNote: form.get("replyNote") });
  if (!result.ok) redirect(`${list}?error=${result.error}`);
  redirect(`${list}?updated=${encodeURIComponent(result.reference)}`);
}
