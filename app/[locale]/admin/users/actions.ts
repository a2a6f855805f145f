"use server";
// Server actions of the user management. Each reads the session before its input (lib/auth/action-guard.ts), then the permission (
// "user:manage"); the data layer (lib/data/admin-users.ts) checks again with the user it is handed.
// Bound arguments travel through the browser, so they are validated here too.
import { redirect } from "next/navigation";
import { z } from "zod";
import { locales, type Locale } from "@/i18n/routing";
import { adminRoles, permitted } from "@/lib/auth/permissions";
import { formOf, signedIn, stateOf } from "@/lib/auth/action-guard";
import { createUser, deactivateUser, reactivateUser, resetPassword, updateUser } from "@/lib/data/admin-users";
import type { UserFormError, UserFormState, UserFormValues } from "@/components/admin/user-form";
import type { UserPasswordState } from "@/components/admin/user-password-form";

const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

const str = (form: FormData, k: string) => {
  const v = form.get(k);
  return typeof v === "string" ? v : "";
};

/** What the form sent, to show again when the change is refused (never the password). */
function typedValues(form: FormData, prev: UserFormValues): UserFormValues {
  const role = z.enum(adminRoles).safeParse(form.get("role"));
  return {
    name: str(form, "name"),
    email: form.has("email") ? str(form, "email") : prev.email,
    role: role.success ? role.data : "",
    locales: locales.filter((l) => form.getAll("locales").includes(l)) as Locale[],
  };
}

/** Create an account (for useActionState): on success to the list, else the typed values come back. */
export async function createUserAction(locale: unknown, prev: UserFormState, form: FormData): Promise<UserFormState> {
  const { l, user: sessionUser } = await signedIn(locale);
  form = formOf(form);
  prev = stateOf(prev, { seq: 0, values: {} } as unknown as typeof prev);
  const values = typedValues(form, prev.values);
  const fail = (error: UserFormError, fieldErrors = {}): UserFormState => ({
    seq: prev.seq + 1,
    values,
    error,
    fieldErrors,
  });
  const allowed = permitted(sessionUser, "user:manage");
  if (!allowed.ok) return fail("forbidden");
  let result;
  try {
    result = await createUser(allowed.user, {
      name: form.get("name"),
      email: form.get("email"),
      role: form.get("role") ?? "",
      locales: form.getAll("locales"),
      password: form.get("password"),
    });
  } catch (e) {
    console.error("user create failed", e);
    return fail("failed");
  }
  if (!result.ok) return result.error === "invalid" ? fail("invalid", result.fieldErrors) : fail(result.error);
  redirect(`/${l}/admin/users?created=${encodeURIComponent(result.id)}`);
}

/** Change name, role and languages (for useActionState): on success back to the account's page. */
export async function updateUserAction(
  locale: unknown,
  id: unknown,
  prev: UserFormState,
  form: FormData,
): Promise<UserFormState> {
  const { l, user: sessionUser } = await signedIn(locale);
  form = formOf(form);
  prev = stateOf(prev, { seq: 0, values: {} } as unknown as typeof prev);
  const values = typedValues(form, prev.values);
  const fail = (error: UserFormError, fieldErrors = {}): UserFormState => ({
    seq: prev.seq + 1,
    values,
    updatedAt: prev.updatedAt,
    error,
    fieldErrors,
  });
  const i = idSchema.safeParse(id);
  if (!i.success) return fail("notFound");
  const allowed = permitted(sessionUser, "user:manage");
  if (!allowed.ok) return fail("forbidden");
  let result;
  try {
    result = await updateUser(allowed.user, {
      id: i.data,
      name: form.get("name"),
      role: form.get("role") ?? "",
      locales: form.getAll("locales"),
      expectedUpdatedAt: form.get("expectedUpdatedAt"),
    });
  } catch (e) {
    console.error("user update failed", e);
    return fail("failed");
  }
  if (!result.ok) return result.error === "invalid" ? fail("invalid", result.fieldErrors) : fail(result.error);
  redirect(`/${l}/admin/users/${i.data}?${result.changed ? "saved" : "unchanged"}=1`);
}

/** Deactivate or reactivate (a plain form; deactivating needs the confirmation box). */
export async function setUserStatusAction(locale: unknown, id: unknown, form: FormData): Promise<void> {
  const { l, user: sessionUser } = await signedIn(locale);
  form = formOf(form);
  const i = idSchema.safeParse(id);
  if (!i.success) redirect(`/${l}/admin/users`);
  const page = `/${l}/admin/users/${i.data}`;
  const allowed = permitted(sessionUser, "user:manage");
  if (!allowed.ok) redirect(`${page}?error=forbidden#status`);
  const deactivate = form.get("intent") === "deactivate";
  if (deactivate && form.get("confirm") !== "yes") redirect(`${page}?error=confirm#status`);
  let result;
  try {
    result = deactivate
      ? await deactivateUser(allowed.user, { id: i.data })
      : await reactivateUser(allowed.user, { id: i.data });
  } catch (e) {
    console.error("user status change failed", e);
    redirect(`${page}?error=failed#status`);
  }
  if (!result.ok) redirect(`${page}?error=${result.error}#status`);
  redirect(deactivate ? `${page}?deactivated=${result.sessionsEnded}#status` : `${page}?reactivated=1#status`);
}

/** Set a new password (for useActionState): on success back to the account's page. */
export async function resetPasswordAction(
  locale: unknown,
  id: unknown,
  prev: UserPasswordState,
  form: FormData,
): Promise<UserPasswordState> {
  const { l, user: sessionUser } = await signedIn(locale);
  form = formOf(form);
  prev = stateOf(prev, { seq: 0 } as unknown as typeof prev);
  const fail = (error: NonNullable<UserPasswordState["error"]>, fieldError?: string): UserPasswordState => ({
    seq: prev.seq + 1,
    error,
    fieldError,
  });
  const i = idSchema.safeParse(id);
  if (!i.success) return fail("notFound");
  const allowed = permitted(sessionUser, "user:manage");
  if (!allowed.ok) return fail("forbidden");
  let result;
  try {
    result = await resetPassword(allowed.user, { id: i.data, password: form.get("password") });
  } catch (e) {
    console.error("password reset failed", e);
    return fail("failed");
  }
  if (!result.ok) {
    if (result.error === "invalid") return fail("invalid", result.fieldErrors.password);
    return fail(result.error === "notFound" ? "notFound" : result.error === "forbidden" ? "forbidden" : "failed");
  }
  // An admin who set their own password has just ended their own session: the page sends them to sign in.
  redirect(`/${l}/admin/users/${i.data}?password=${result.sessionsEnded}#password`);
}
