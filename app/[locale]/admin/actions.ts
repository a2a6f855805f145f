"use server";
// Server actions of the admin. Each one reads the session first (lib/auth/guard.ts), then checks its permission (the
// session); the data layer checks again with the user it is handed.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth/config";
import { requireAdmin } from "@/lib/auth/guard";
import { formOf } from "@/lib/auth/action-input";
import { auditSignOut } from "@/lib/admin/audit";
import { answerInquiry, startPublicQuestion, updateInquiryStatus } from "@/lib/admin/inquiries";
import { handleErrorReport } from "@/lib/data/error-reports";
import { adminPath, editorPath, signInPath } from "@/lib/routes";

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

/** The answer page's two forms redirect back to it (its reference is checked by the data layer). */
const answerPage = (l: string, reference: unknown) =>
  adminPath(l, "inquiries", encodeURIComponent(typeof reference === "string" ? reference.slice(0, 20) : ""));

export async function answerInquiryAction(locale: unknown, form: FormData): Promise<void> {
  const { l, user, allowed } = await requireAdmin(locale, "inquiry:update");
  form = formOf(form);
  const page = answerPage(l, form.get("reference"));
  if (!allowed) redirect(`${page}?error=forbidden`);
  const result = await answerInquiry(user, { reference: form.get("reference"), answer: form.get("answer") });
  if (!result.ok) redirect(`${page}?error=${result.error}`);
  redirect(`${page}?done=answered`);
}

export async function startPublicQuestionAction(locale: unknown, form: FormData): Promise<void> {
  const { l, user, allowed } = await requireAdmin(locale, "inquiry:update");
  form = formOf(form);
  const page = answerPage(l, form.get("reference"));
  if (!allowed) redirect(`${page}?error=forbidden`);
  const result = await startPublicQuestion(user, {
    reference: form.get("reference"),
    question: form.get("question"),
    answer: form.get("answer"),
    zone: form.get("zone") ?? "",
    topic: form.get("topic") ?? "",
  });
  if (!result.ok) redirect(`${page}?error=${result.error}`);
  // On to the editor, where the draft goes through review like any other text.
  redirect(editorPath(l, "question", result.slug, result.locale));
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
