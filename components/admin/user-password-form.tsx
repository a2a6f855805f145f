"use client";
// Setting a new password for an account (user management). Posts to a server action through
// useActionState (works without JavaScript too); a refused password never comes back to the page.
import { useActionState } from "react";

export type UserPasswordError = "forbidden" | "invalid" | "notFound" | "failed";

export interface UserPasswordState {
  seq: number;
  error?: UserPasswordError;
  /** The password field's error code ("required", "tooShort", "tooLong"). */
  fieldError?: string;
}

export interface UserPasswordMessages {
  label: string;
  hint: string;
  submit: string;
  submitting: string;
  errors: Record<UserPasswordError, string>;
  /** Per error code, already formatted with the limits. */
  fieldErrors: Partial<Record<string, string>>;
}

export function UserPasswordForm({
  action,
  messages,
}: {
  action: (prev: UserPasswordState, form: FormData) => Promise<UserPasswordState>;
  messages: UserPasswordMessages;
}) {
  const [state, formAction, pending] = useActionState(action, { seq: 0 });
  const err = state.fieldError ? (messages.fieldErrors[state.fieldError] ?? state.fieldError) : undefined;
  const id = "user-new-password";
  return (
    <form
      action={formAction}
      noValidate
      className="space-y-4"
      aria-describedby={state.error && !err ? "user-password-error" : undefined}
    >
      {state.error && !err && (
        <p
          id="user-password-error"
          role="alert"
          className="rounded border-2 border-accent-600 bg-white px-4 py-3 font-medium text-accent-600"
        >
          {messages.errors[state.error]}
        </p>
      )}
      <div key={state.seq}>
        <label htmlFor={id} className="block font-medium">
          {messages.label}
        </label>
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {messages.hint}
        </p>
        <input
          id={id}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          maxLength={128}
          aria-invalid={err ? true : undefined}
          aria-describedby={[`${id}-hint`, err && `${id}-error`].filter(Boolean).join(" ")}
          className={`mt-1 block w-full max-w-md rounded border bg-white px-3 py-2 text-base text-slate-900 ${err ? "border-2 border-accent-600" : "border-slate-500"}`}
        />
        {err && (
          <p id={`${id}-error`} role="alert" className="mt-1 text-sm font-medium text-accent-600">
            {err}
          </p>
        )}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded border border-slate-500 px-4 py-2 font-medium hover:bg-slate-100 disabled:opacity-60"
      >
        {pending ? messages.submitting : messages.submit}
      </button>
    </form>
  );
}
