"use server";
// Server actions of the admin. Each one reads the session first (lib/auth/action-guard.ts), then checks its permission (the
// session); the data layer checks again with the user it is handed.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth";
import { permitted } from "@/lib/auth/permissions";
import { formOf, signedIn } from "@/lib/auth/action-guard";
import { auditSignOut } from "@/lib/data/admin-audit";
import { updateInquiryStatus } from "@/lib/data/admin-inquiries";
import { handleErrorReport } from "@/lib/data/error-reports";


export async function signOutAction(locale: unknown): Promise<void> {
  const { l, user } = await signedIn(locale);
  await auth.api.signOut({ headers: await headers() }); // deletes the Session row; nextCookies clears the cookie
  await auditSignOut(user);
  redirect(`/${l}/admin/sign-in`);
}

export async function changeInquiryStatusAction(locale: unknown, form: FormData): Promise<void> {
  const { l, user: sessionUser } = await signedIn(locale);
  form = formOf(form);
  const inbox = `/${l}/admin/inquiries`;
  const allowed = permitted(sessionUser, "inquiry:update");
  if (!allowed.ok) redirect(`${inbox}?error=forbidden`);
  const result = await updateInquiryStatus(allowed.user, { id: form.get("id"), status: form.get("status") });
  if (!result.ok) redirect(`${inbox}?error=${result.error}`);
  redirect(`${inbox}?updated=${encodeURIComponent(result.reference)}`);
}

export async function handleErrorReportAction(locale: unknown, form: FormData): Promise<void> {
  const { l, user: sessionUser } = await signedIn(locale);
  form = formOf(form);
  const list = `/${l}/admin/error-reports`;
  const allowed = permitted(sessionUser, "inquiry:update");
  if (!allowed.ok) redirect(`${list}?error=forbidden`);
  const result = await handleErrorReport(allowed.user, { id: form.get("id"), replyNote: form.get("replyNote") });
  if (!result.ok) redirect(`${list}?error=${result.error}`);
  redirect(`${list}?updated=${encodeURIComponent(result.reference)}`);
}
