"use client";
// The "report an error on this page" form: posts to a server action, so it works without JavaScript (the
// server renders the returned state). Strings come from the `messages` prop (site.reportError).
import { useActionState, useEffect, useMemo, useRef } from "react";
import type { Messages } from "next-intl";
import { plainTranslator } from "@/i18n/plain-translator";
import type { Locale } from "@/i18n/routing";
import { ERROR_REPORT_HONEYPOT, type ErrorReportField, type ErrorReportFormState } from "@/lib/validation/error-report";

type ReportMessages = Messages["site"]["reportError"];

const inputClass = (invalid: boolean) =>
  `mt-2 block w-full rounded border bg-white px-3 py-2 text-base text-slate-900 ${invalid ? "border-2 border-accent-600" : "border-slate-500"}`;

export function ReportErrorForm({
  action,
  messages,
  page,
}: {
  action: (state: ErrorReportFormState, form: FormData) => Promise<ErrorReportFormState>;
  locale: Locale;
  messages: ReportMessages;
  /** The page the reader came from, when known. */
  page: string;
}) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as ErrorReportFormState);
  const t = useMemo(() => plainTranslator(messages), [messages]);
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== "idle") alertRef.current?.focus();
  }, [state]);

  if (state.status === "success")
    return (
      <div
        ref={alertRef}
        role="status"
        tabIndex={-1}
        className="rounded-lg border-2 border-brand-700 bg-brand-50 p-6"
        data-testid="report-success"
      >
        <p className="text-lg font-semibold text-brand-900">{t("success", { reference: state.reference })}</p>
      </div>
    );

  const values = state.values ?? { page, message: "", email: "" };
  const errors = state.status === "invalid" ? (state.fieldErrors ?? {}) : {};
  const err = (f: ErrorReportField) =>
    errors[f] ? (
      <p id={`report-${f}-error`} className="mt-1 text-sm font-semibold text-accent-600">
        {t(`errors.${errors[f] as "pageRequired"}`)}
      </p>
    ) : null;
  const aria = (f: ErrorReportField, hint?: string) => ({
    "aria-invalid": errors[f] ? (true as const) : undefined,
    "aria-describedby": [errors[f] ? `report-${f}-error` : "", hint ?? ""].filter(Boolean).join(" ") || undefined,
  });
  const problem =
    state.status === "invalid"
      ? "invalid"
      : state.status === "rateLimited"
        ? "rateLimited"
        : state.status === "error"
          ? "error"
          : null;

  return (
    <form action={formAction} noValidate className="space-y-6">
      {problem && (
        <div
          ref={alertRef}
          role="alert"
          tabIndex={-1}
          className="rounded-lg border-2 border-accent-600 bg-white p-4"
          data-testid="report-alert"
        >
          <p className="font-semibold text-brand-900">{t(`errors.${problem}`)}</p>
        </div>
      )}
      <div>
        <label htmlFor="report-page" className="block font-semibold">
          {t("page")}
        </label>
        <p id="report-page-hint" className="mt-1 text-sm text-slate-700">
          {t("pageHint")}
        </p>
        {err("page")}
        <input
          id="report-page"
          name="page"
          type="text"
          inputMode="url"
          required
          defaultValue={values.page}
          className={inputClass(Boolean(errors.page))}
          {...aria("page", "report-page-hint")}
        />
      </div>
      <div>
        <label htmlFor="report-message" className="block font-semibold">
          {t("message")}
        </label>
        {err("message")}
        <textarea
          id="report-message"
          name="message"
          rows={6}
          required
          maxLength={2000}
          defaultValue={values.message}
          className={inputClass(Boolean(errors.message))}
          {...aria("message")}
        />
      </div>
      <div>
        <label htmlFor="report-email" className="block font-semibold">
          {t("email")}
        </label>
        {err("email")}
        <input
          id="report-email"
          name="email"
          type="email"
          autoComplete="email"
          spellCheck={false}
          defaultValue={values.email}
          className={inputClass(Boolean(errors.email))}
          {...aria("email")}
        />
      </div>
      {/* Left empty by people; bots fill it. Hidden from everyone. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label>
          {ERROR_REPORT_HONEYPOT}
          <input name={ERROR_REPORT_HONEYPOT} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand-800 px-6 py-3 font-semibold text-white hover:bg-brand-900 disabled:opacity-60"
      >
        {t("submit")}
      </button>
    </form>
  );
}
