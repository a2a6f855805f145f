"use client";
// The account form of the user management: name, email and initial password when creating; name, role
// and languages when editing (with the account's updatedAt, so a change based on an older state is
// refused). Posts to a server action through useActionState, which also works without JavaScript; when
// the change is refused the typed values come back (never the password) with localized field errors.
import { useActionState } from "react";
import type { Locale } from "@/i18n/routing";
import type { AdminRole } from "@/lib/auth/permissions";
import type { UserField, UserFieldErrors } from "@/lib/data/admin-users";

export interface UserFormValues {
  name: string;
  email: string;
  role: AdminRole | "";
  locales: Locale[];
}

export type UserFormError = "forbidden" | "invalid" | "notFound" | "stale" | "self" | "lastAdmin" | "failed";

export interface UserFormState {
  seq: number;
  values: UserFormValues;
  /** Edit mode: the account's updatedAt (ISO) the form was opened at. */
  updatedAt?: string;
  error?: UserFormError;
  fieldErrors?: UserFieldErrors;
}

export interface UserFormMessages {
  name: string;
  email: string;
  role: string;
  roleNames: Record<AdminRole, string>;
  roleHints: Record<AdminRole, string>;
  locales: string;
  localesHint: string;
  localeNames: Record<Locale, string>;
  password: string;
  passwordHint: string;
  ownRole: string;
  submit: string;
  submitting: string;
  reload: string;
  errors: Record<UserFormError, string>;
  /** Per field and error code, already formatted with the limits. */
  fieldErrors: Record<UserField, Partial<Record<string, string>>>;
}

const input = (err: unknown) =>
  `mt-1 block w-full max-w-md rounded border bg-white px-3 py-2 text-base text-slate-900 ${err ? "border-2 border-accent-600" : "border-slate-500"}`;

export function UserForm({
  mode,
  action,
  initial,
  roles,
  locales,
  ownAccount = false,
  messages,
}: {
  mode: "create" | "edit";
  action: (prev: UserFormState, form: FormData) => Promise<UserFormState>;
  initial: UserFormState;
  roles: readonly AdminRole[];
  locales: readonly Locale[];
  /** Editing one's own account: the role is shown, not offered (an admin cannot demote themself). */
  ownAccount?: boolean;
  messages: UserFormMessages;
}) {
  const [state, formAction, pending] = useActionState(action, initial);
  const fe = state.fieldErrors ?? {};
  const errorId = `user-form-${mode}-error`;
  const fieldError = (field: UserField) => {
    const code = fe[field];
    return code ? (messages.fieldErrors[field][code] ?? messages.fieldErrors[field].invalid ?? code) : undefined;
  };
  const describe = (id: string, hint: boolean, err: unknown) =>
    [hint && `${id}-hint`, err && `${id}-error`].filter(Boolean).join(" ") || undefined;
  const v = state.values;

  const text = (
    field: "name" | "email" | "password",
    label: string,
    props: { type: string; autoComplete: string; hint?: string; maxLength: number },
  ) => {
    const id = `user-${field}`;
    const err = fieldError(field);
    return (
      <div>
        <label htmlFor={id} className="block font-medium">
          {label}
        </label>
        {props.hint && (
          <p id={`${id}-hint`} className="text-sm text-slate-600">
            {props.hint}
          </p>
        )}
        <input
          id={id}
          name={field}
          type={props.type}
          autoComplete={props.autoComplete}
          maxLength={props.maxLength}
          required
          defaultValue={field === "password" ? "" : v[field]}
          aria-invalid={err ? true : undefined}
          aria-describedby={describe(id, !!props.hint, err)}
          className={input(err)}
        />
        {err && (
          <p id={`${id}-error`} className="mt-1 text-sm font-medium text-accent-600">
            {err}
          </p>
        )}
      </div>
    );
  };

  const roleErr = fieldError("role");
  const localesErr = fieldError("locales");

  return (
    <form action={formAction} noValidate className="space-y-6" aria-describedby={state.error ? errorId : undefined}>
      {state.error && (
        <div
          id={errorId}
          role="alert"
          className="rounded border-2 border-accent-600 bg-white px-4 py-3 font-medium text-accent-600"
        >
          <p>{messages.errors[state.error]}</p>
          {state.error === "stale" && (
            <p className="mt-2">
              <a href="" className="text-brand-700 underline">
                {messages.reload}
              </a>
            </p>
          )}
        </div>
      )}
      {state.updatedAt && <input type="hidden" name="expectedUpdatedAt" value={state.updatedAt} />}
      <div key={state.seq} className="space-y-6">
        {text("name", messages.name, { type: "text", autoComplete: "off", maxLength: 200 })}
        {mode === "create" && text("email", messages.email, { type: "email", autoComplete: "off", maxLength: 254 })}

        {ownAccount && v.role ? (
          <div>
            <p className="font-medium">{messages.role}</p>
            <p>{messages.roleNames[v.role]}</p>
            <p className="text-sm text-slate-600">{messages.ownRole}</p>
            <input type="hidden" name="role" value={v.role} />
          </div>
        ) : (
          <fieldset aria-describedby={roleErr ? "user-role-error" : undefined}>
            <legend className="font-medium">{messages.role}</legend>
            <div className="mt-1 space-y-2">
              {roles.map((r) => (
                <div key={r} className="flex items-start gap-2">
                  <input
                    id={`user-role-${r}`}
                    type="radio"
                    name="role"
                    value={r}
                    defaultChecked={v.role === r}
                    aria-describedby={`user-role-${r}-hint`}
                    className="mt-1 size-4"
                  />
                  <label htmlFor={`user-role-${r}`}>
                    <span className="font-medium">{messages.roleNames[r]}</span>
                    <span id={`user-role-${r}-hint`} className="block text-sm text-slate-600">
                      {messages.roleHints[r]}
                    </span>
                  </label>
                </div>
              ))}
            </div>
            {roleErr && (
              <p id="user-role-error" className="mt-1 text-sm font-medium text-accent-600">
                {roleErr}
              </p>
            )}
          </fieldset>
        )}

        <fieldset
          aria-describedby={["user-locales-hint", localesErr && "user-locales-error"].filter(Boolean).join(" ")}
        >
          <legend className="font-medium">{messages.locales}</legend>
          <p id="user-locales-hint" className="text-sm text-slate-600">
            {messages.localesHint}
          </p>
          <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
            {locales.map((l) => (
              <div key={l} className="flex items-center gap-2">
                <input
                  id={`user-locale-${l}`}
                  type="checkbox"
                  name="locales"
                  value={l}
                  defaultChecked={v.locales.includes(l)}
                  className="size-4"
                />
                <label htmlFor={`user-locale-${l}`}>{messages.localeNames[l]}</label>
              </div>
            ))}
          </div>
          {localesErr && (
            <p id="user-locales-error" className="mt-1 text-sm font-medium text-accent-600">
              {localesErr}
            </p>
          )}
        </fieldset>

        {mode === "create" &&
          text("password", messages.password, {
            type: "password",
            autoComplete: "new-password",
            hint: messages.passwordHint,
            maxLength: 128,
          })}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-60"
      >
        {pending ? messages.submitting : messages.submit}
      </button>
    </form>
  );
}
