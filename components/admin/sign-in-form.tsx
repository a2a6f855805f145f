"use client";
// The admin sign-in form: the page's one interactive leaf. It posts to better-auth's endpoint
// (/api/auth/sign-in/email) through better-auth's vanilla client, so better-auth's rate limit applies;
// on success the browser loads the dashboard with the new session cookie. Text arrives as plain data.
import { useState, type FormEvent } from "react";
import { createAuthClient } from "better-auth/client";
import { Alert } from "@/components/ui/alert";
import { primaryButton } from "@/components/ui/styles";
import { useHydrated } from "@/components/ui/use-hydrated";

export interface SignInMessages {
  email: string;
  password: string;
  submit: string;
  submitting: string;
  errors: {
    required: string;
    invalid: string;
    rateLimited: string;
    origin: string;
    failed: string;
    deactivated: string;
  };
}

const authClient = createAuthClient();

type ErrorKey = keyof SignInMessages["errors"];

export function SignInForm({ messages, next }: { messages: SignInMessages; next: string }) {
  const [error, setError] = useState<ErrorKey | null>(null);
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!email || !password) return setError("required");
    setPending(true);
    setError(null);
    try {
      const { error: failure } = await authClient.signIn.email({ email, password });
      if (!failure) {
        window.location.assign(next);
        return;
      }
      // ACCOUNT_DEACTIVATED: lib/auth/config.ts refuses a deactivated account's session (after the password).
      setError(
        failure.code === "ACCOUNT_DEACTIVATED"
          ? "deactivated"
          : failure.code === "INVALID_ORIGIN"
            ? "origin"
            : failure.status === 429
              ? "rateLimited"
              : failure.status === 401 || failure.status === 400
                ? "invalid"
                : "failed",
      );
    } catch {
      setError("failed");
    }
    setPending(false);
  }

  const input = `mt-2 block w-full rounded border bg-white px-3 py-2 text-base text-slate-900 ${error ? "border-2 border-accent-600" : "border-slate-500"}`;
  return (
    // method="post": submitted before the script has loaded, the browser must never put the password into
    // the address (a GET would, and addresses end up in history and server logs). data-hydrated tells
    // tests the script has taken over.
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      className="space-y-5"
      aria-describedby={error ? "sign-in-error" : undefined}
      data-hydrated={hydrated || undefined}
    >
      {error && <Alert id="sign-in-error">{messages.errors[error]}</Alert>}
      <div>
        <label htmlFor="admin-email" className="block font-medium">
          {messages.email}
        </label>
        <input id="admin-email" name="email" type="email" autoComplete="username" required className={input} />
      </div>
      <div>
        <label htmlFor="admin-password" className="block font-medium">
          {messages.password}
        </label>
        <input
          id="admin-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className={input}
        />
      </div>
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? messages.submitting : messages.submit}
      </button>
    </form>
  );
}
