// The user forms' text, formatted on the server and handed to the client leaves as plain data.
import { getTranslations } from "next-intl/server";
import { locales, type Locale } from "@/i18n/routing";
import { adminRoles, type AdminRole } from "@/lib/auth/permissions";
import { userLimits, type UserField } from "@/lib/data/admin-users";
import type { UserFormMessages } from "@/components/admin/user-form";
import type { UserPasswordMessages } from "@/components/admin/user-password-form";

type T = Awaited<ReturnType<typeof getTranslations<"admin">>>;

function passwordErrors(t: T): Partial<Record<string, string>> {
  return {
    required: t("users.fieldErrors.required"),
    tooShort: t("users.fieldErrors.tooShort", { min: userLimits.passwordMin }),
    tooLong: t("users.fieldErrors.tooLong", { max: userLimits.passwordMax }),
    invalid: t("users.fieldErrors.invalid"),
  };
}

export function userFormMessages(t: T, mode: "create" | "edit"): UserFormMessages {
  const generic = { required: t("users.fieldErrors.required"), invalid: t("users.fieldErrors.invalid") };
  const fieldErrors: Record<UserField, Partial<Record<string, string>>> = {
    name: { ...generic, tooLong: t("users.fieldErrors.tooLong", { max: userLimits.name }) },
    email: {
      ...generic,
      invalid: t("users.fieldErrors.emailInvalid"),
      tooLong: t("users.fieldErrors.tooLong", { max: userLimits.email }),
      taken: t("users.fieldErrors.taken"),
    },
    role: { ...generic, required: t("users.fieldErrors.roleRequired") },
    locales: { ...generic, required: t("users.fieldErrors.localesRequired") },
    password: passwordErrors(t),
  };
  return {
    name: t("users.form.name"),
    email: t("users.form.email"),
    role: t("users.form.role"),
    roleNames: Object.fromEntries(adminRoles.map((r) => [r, t(`dashboard.roles.${r}`)])) as Record<AdminRole, string>,
    roleHints: Object.fromEntries(adminRoles.map((r) => [r, t(`users.form.roleHints.${r}`)])) as Record<
      AdminRole,
      string
    >,
    locales: t("users.form.locales"),
    localesHint: t("users.form.localesHint"),
    localeNames: Object.fromEntries(locales.map((l) => [l, t(`news.localeNames.${l}`)])) as Record<Locale, string>,
    password: t("users.form.password"),
    passwordHint: t("users.form.passwordHint", { min: userLimits.passwordMin }),
    ownRole: t("users.form.ownRole"),
    submit: t(mode === "create" ? "users.form.create" : "users.form.save"),
    submitting: t(mode === "create" ? "users.form.creating" : "users.form.saving"),
    reload: t("users.reload"),
    errors: {
      forbidden: t("users.errors.forbidden"),
      invalid: t("users.errors.invalid"),
      notFound: t("users.errors.notFound"),
      stale: t("users.errors.stale"),
      self: t("users.errors.self"),
      lastAdmin: t("users.errors.lastAdmin"),
      failed: t("users.errors.failed"),
    },
    fieldErrors,
  };
}

export function userPasswordMessages(t: T): UserPasswordMessages {
  return {
    label: t("users.newPassword"),
    hint: t("users.newPasswordHint", { min: userLimits.passwordMin }),
    submit: t("users.setPassword"),
    submitting: t("users.settingPassword"),
    errors: {
      forbidden: t("users.errors.forbidden"),
      invalid: t("users.errors.invalid"),
      notFound: t("users.errors.notFound"),
      failed: t("users.errors.failed"),
    },
    fieldErrors: passwordErrors(t),
  };
}
