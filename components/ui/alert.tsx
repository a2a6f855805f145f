// The banner of a form's or page's outcome: `error` (role=alert, for what went wrong) or `status`
// (role=status, for what was done). No hooks, so server pages and client forms both use it.
import type { ReactNode } from "react";
import { textLink } from "./styles";

const tones = {
  error: {
    role: "alert",
    className: "rounded border-2 border-accent-600 bg-white px-4 py-3 font-medium text-accent-600",
  },
  status: { role: "status", className: "rounded border border-brand-600 bg-brand-50 px-4 py-2" },
} as const;

export function Alert({
  tone = "error",
  id,
  className = "",
  children,
  ...data
}: {
  tone?: keyof typeof tones;
  id?: string;
  className?: string;
  children: ReactNode;
} & { [k: `data-${string}`]: string | undefined }) {
  const t = tones[tone];
  return (
    <div id={id} role={t.role} className={`${t.className} ${className}`.trim()} {...data}>
      {children}
    </div>
  );
}

/** A form's refusal: the message, and when the form is stale the link that reloads it (href "" reloads the page). */
export function FormAlert({
  id,
  message,
  reload,
}: {
  id?: string;
  message: ReactNode;
  reload?: { label: string; href?: string } | null;
}) {
  return (
    <Alert id={id}>
      <p>{message}</p>
      {reload && (
        <p className="mt-2">
          <a href={reload.href ?? ""} className={textLink}>
            {reload.label}
          </a>
        </p>
      )}
    </Alert>
  );
}
