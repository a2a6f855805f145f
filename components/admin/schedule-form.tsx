"use client";
// The schedule form of the content editor: a date and time (Beijing time, <input type="datetime-local">)
// at which a draft translation goes live by itself. Posts to a server action through useActionState, so
// it works without JavaScript too; a refused time comes back with its localized error and the typed
// value. When a schedule is pending it shows the time and a Cancel button (a plain form) instead.
import { useActionState } from "react";
import type { ScheduleFieldError } from "@/lib/data/admin-schedule";

export type ScheduleError = "forbidden" | "notFound" | "alreadyPublished" | "invalid" | "failed";

export interface ScheduleFormState {
  seq: number;
  value: string;
  error?: ScheduleError;
  fieldError?: ScheduleFieldError;
}

export interface ScheduleFormMessages {
  heading: string;
  publishAt: string;
  publishAtHint: string;
  submit: string;
  submitting: string;
  /** Already formatted with the pending time. */
  pending: string;
  cancel: string;
  viewAll: string;
  errors: Record<ScheduleError, string>;
  fieldErrors: Record<ScheduleFieldError, string>;
}

export function ScheduleForm({
  action,
  cancelAction,
  pending,
  min,
  listHref,
  messages,
}: {
  action: (prev: ScheduleFormState, form: FormData) => Promise<ScheduleFormState>;
  cancelAction: (form: FormData) => Promise<void>;
  /** The pending schedule, if any. */
  pending: { id: string; iso: string } | null;
  /** The earliest value the picker offers (now, in Beijing time). */
  min: string;
  listHref: string;
  messages: ScheduleFormMessages;
}) {
  const [state, formAction, submitting] = useActionState(action, { seq: 0, value: "" });
  const id = "schedule-publishAt";
  const describedBy = [`${id}-hint`, state.fieldError ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <section
      aria-labelledby="schedule-heading"
      id="schedule"
      className="mt-4 rounded border border-slate-300 p-4"
      data-testid="schedule"
    >
      <h3 id="schedule-heading" className="text-lg font-semibold text-brand-900">
        {messages.heading}
      </h3>
      {pending ? (
        <form action={cancelAction} className="mt-2 flex flex-wrap items-center gap-3">
          <p data-testid="schedule-pending">
            <time dateTime={pending.iso}>{messages.pending}</time>
          </p>
          <input type="hidden" name="id" value={pending.id} />
          <button type="submit" className="rounded border border-slate-500 px-4 py-2 font-medium hover:bg-slate-100">
            {messages.cancel}
          </button>
        </form>
      ) : (
        <form action={formAction} noValidate className="mt-2 space-y-2">
          {state.error && (
            <p
              role="alert"
              className="rounded border-2 border-accent-600 bg-white px-3 py-2 font-medium text-accent-600"
            >
              {messages.errors[state.error]}
            </p>
          )}
          <label htmlFor={id} className="block font-medium">
            {messages.publishAt}
          </label>
          <p id={`${id}-hint`} className="text-sm text-slate-600">
            {messages.publishAtHint}
          </p>
          <div className="flex flex-wrap items-start gap-3">
            <input
              key={state.seq}
              id={id}
              name="publishAt"
              type="datetime-local"
              step={1}
              min={min}
              defaultValue={state.value}
              required
              aria-invalid={state.fieldError ? true : undefined}
              aria-describedby={describedBy}
              className={`rounded border bg-white px-3 py-2 text-base text-slate-900 ${state.fieldError ? "border-2 border-accent-600" : "border-slate-500"}`}
            />
            <button
              type="submit"
              disabled={submitting}
              className="rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-60"
            >
              {submitting ? messages.submitting : messages.submit}
            </button>
          </div>
          {state.fieldError && (
            <p id={`${id}-error`} className="text-sm font-medium text-accent-600">
              {messages.fieldErrors[state.fieldError]}
            </p>
          )}
        </form>
      )}
      <p className="mt-3 text-sm">
        <a className="text-brand-700 underline" href={listHref}>
          {messages.viewAll}
        </a>
      </p>
    </section>
  );
}
