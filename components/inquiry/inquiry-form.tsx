"use client";
// The investor inquiry form: the page's one interactive leaf. It posts to a server action, so it also
// works without JavaScript (the server renders the returned state). All text comes from the `messages`
// prop (the page's `inquiry` namespace); errors arrive as message keys and are localized here.
import { useActionState, useCallback, useEffect, useMemo, useRef, type MouseEvent, type RefObject } from "react";
import type { Messages } from "next-intl";
import { plainTranslator } from "@/i18n/plain-translator";
import type { Locale } from "@/i18n/routing";
import {
  consentField,
  emptyInquiryValues,
  honeypotField,
  inquiryFields,
  interestCodes,
  type InquiryField,
  type InquiryFieldError,
  type InquiryFormState,
} from "@/lib/validation/inquiry-fields";
import { ProofOfWork } from "./proof-of-work";

type InquiryMessages = Messages["inquiry"];

const initialState: InquiryFormState = { status: "idle" };

const fieldId = (field: InquiryField) =>
  field === "interests" ? `inquiry-interests-${interestCodes[0]}` : `inquiry-${field}`;
const errorId = (field: InquiryField) => `inquiry-${field}-error`;

const inputClass = (invalid: boolean) =>
  `mt-2 block w-full rounded border bg-white px-3 py-2 text-base text-slate-900 ${
    invalid ? "border-2 border-accent-600" : "border-slate-500"
  }`;

export function InquiryForm({
  action,
  messages,
}: {
  action: (state: InquiryFormState, form: FormData) => Promise<InquiryFormState>;
  locale: Locale;
  messages: InquiryMessages;
}) {
  const [state, formAction, pending] = useActionState(action, initialState);
  const t = useMemo(() => plainTranslator(messages), [messages]);
  const summaryRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // Once the proof-of-work is solved, the form sends itself again with the proof.
  const resubmit = useCallback(() => formRef.current?.requestSubmit(), []);
  const successRef = useRef<HTMLDivElement>(null);

  // After each answer, move focus to it: the confirmation, or the summary of what went wrong.
  useEffect(() => {
    if (state.status === "success") successRef.current?.focus();
    else if (state.status !== "idle") summaryRef.current?.focus();
  }, [state]);

  if (state.status === "success") {
    return (
      <div
        ref={successRef}
        role="status"
        tabIndex={-1}
        className="rounded-lg border-2 border-brand-700 bg-brand-50 p-6"
        data-testid="inquiry-success"
      >
        <p className="text-lg font-semibold leading-relaxed text-brand-900">
          {t("success", { reference: state.reference })}
        </p>
      </div>
    );
  }

  const values = state.status === "idle" ? emptyInquiryValues : state.values;
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const errorText = (e: InquiryFieldError) =>
    t(`errors.${e.key}`, { min: e.params?.min ?? 0, max: e.params?.max ?? 0 });
  const label = (field: InquiryField) => t(field);
  const invalidFields = inquiryFields.filter((f) => errors[f]);

  const describe = (field: InquiryField) =>
    errors[field] ? { "aria-invalid": true as const, "aria-describedby": errorId(field) } : {};

  const fieldError = (field: InquiryField) => {
    const e = errors[field];
    return e ? (
      <p id={errorId(field)} className="mt-1 text-sm font-semibold text-accent-600">
        {errorText(e)}
      </p>
    ) : null;
  };

  return (
    <form ref={formRef} action={formAction} noValidate className="relative">
      <InquiryAlert state={state} t={t} summaryRef={summaryRef} invalidFields={invalidFields} errorText={errorText} />

      <div className="space-y-6">
        {(
          [
            ["name", "text", "name"],
            ["organisation", "text", "organization"],
            ["email", "email", "email"],
            ["country", "text", "country-name"],
          ] as const
        ).map(([field, type, autoComplete]) => (
          <div key={field} data-field={field}>
            <label htmlFor={fieldId(field)} className="block font-semibold text-slate-900">
              {label(field)}
              <span aria-hidden="true" className="ml-1 text-accent-600">
                {t("required")}
              </span>
            </label>
            {fieldError(field)}
            <input
              id={fieldId(field)}
              name={field}
              type={type}
              autoComplete={autoComplete}
              spellCheck={type === "email" ? false : undefined}
              aria-required="true"
              defaultValue={values[field]}
              className={inputClass(Boolean(errors[field]))}
              {...describe(field)}
            />
          </div>
        ))}

        <fieldset data-field="interests" aria-describedby={errors.interests ? errorId("interests") : undefined}>
          <legend className="font-semibold text-slate-900">
            {label("interests")}
            <span className="ml-1 text-accent-600">{t("required")}</span>
          </legend>
          {fieldError("interests")}
          <div className="mt-3 grid gap-3 sm:grid-cols-2">
            {interestCodes.map((code) => (
              <div key={code} className="flex items-center gap-3">
                <input
                  id={`inquiry-interests-${code}`}
                  type="checkbox"
                  name="interests"
                  value={code}
                  defaultChecked={values.interests.includes(code)}
                  aria-invalid={errors.interests ? true : undefined}
                  className="h-5 w-5 shrink-0 accent-brand-700"
                />
                <label htmlFor={`inquiry-interests-${code}`} className="text-slate-900">
                  {t(`interestOptions.${code}`)}
                </label>
              </div>
            ))}
          </div>
        </fieldset>

        <div data-field="message">
          <label htmlFor={fieldId("message")} className="block font-semibold text-slate-900">
            {label("message")}
            <span aria-hidden="true" className="ml-1 text-accent-600">
              {t("required")}
            </span>
          </label>
          {fieldError("message")}
          <textarea
            id={fieldId("message")}
            name="message"
            rows={8}
            aria-required="true"
            defaultValue={values.message}
            className={inputClass(Boolean(errors.message))}
            {...describe("message")}
          />
        </div>

        <ConsentAndTrap t={t} allowPublication={values.allowPublication} />

        {state.status === "challenge" && (
          <ProofOfWork
            challenge={state.challenge}
            onSolved={resubmit}
            messages={{ solving: t("challenge.solving"), solved: t("challenge.solved"), failed: t("challenge.failed") }}
          />
        )}

        <button
          type="submit"
          disabled={pending || state.status === "challenge"}
          className="rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800 disabled:cursor-wait disabled:opacity-80"
        >
          {pending ? t("sending") : t("submit")}
        </button>
      </div>
    </form>
  );
}

/** What went wrong, at the top: invalid fields (each a link to its field), or why nothing was stored. */
function InquiryAlert({
  state,
  t,
  summaryRef,
  invalidFields,
  errorText,
}: {
  state: InquiryFormState;
  t: ReturnType<typeof plainTranslator<InquiryMessages>>;
  summaryRef: RefObject<HTMLDivElement | null>;
  invalidFields: InquiryField[];
  errorText: (e: InquiryFieldError) => string;
}) {
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  // Summary links move focus to the field (not just scroll), and bring its label into view.
  const focusField = (event: MouseEvent<HTMLAnchorElement>, field: InquiryField) => {
    const target = document.getElementById(fieldId(field));
    if (!target) return;
    event.preventDefault();
    target.focus();
    (target.closest("[data-field]") ?? target).scrollIntoView({ block: "start" });
  };

  if (state.status === "invalid" && invalidFields.length > 0) {
    return (
      <div
        ref={summaryRef}
        id="inquiry-error-summary"
        role="alert"
        tabIndex={-1}
        aria-labelledby="inquiry-error-summary-title"
        className="mb-8 rounded-lg border-2 border-accent-600 bg-white p-5"
      >
        <h2 id="inquiry-error-summary-title" className="text-lg font-bold text-brand-900">
          {t("errors.summary")}
        </h2>
        <ul className="mt-3 list-disc space-y-1 pl-5">
          {invalidFields.map((f) => (
            <li key={f}>
              <a
                href={`#${fieldId(f)}`}
                onClick={(e) => focusField(e, f)}
                className="font-semibold text-accent-600 underline underline-offset-2"
              >
                {t(f)}: {errorText(errors[f]!)}
              </a>
            </li>
          ))}
        </ul>
      </div>
    );
  } else if (state.status === "challenge") {
    return (
      <div
        ref={summaryRef}
        id="inquiry-error-summary"
        role="alert"
        tabIndex={-1}
        className="mb-8 rounded-lg border-2 border-brand-700 bg-brand-50 p-5"
      >
        <p className="font-semibold text-brand-900">{t("challenge.surge")}</p>
        <noscript>
          <p className="mt-2 text-brand-900">{t("challenge.noscript")}</p>
        </noscript>
      </div>
    );
  } else if (state.status === "rateLimited" || state.status === "error") {
    return (
      <div
        ref={summaryRef}
        id="inquiry-error-summary"
        role="alert"
        tabIndex={-1}
        className="mb-8 rounded-lg border-2 border-accent-600 bg-white p-5"
      >
        <p className="font-semibold text-brand-900">
          {t(state.status === "rateLimited" ? "errors.rateLimited" : "errors.generic")}
        </p>
      </div>
    );
  }

  return null;
}

/** The publication consent box (unticked unless the asker ticked it) and the honeypot field bots fill in. */
function ConsentAndTrap({
  t,
  allowPublication,
}: {
  t: ReturnType<typeof plainTranslator<InquiryMessages>>;
  allowPublication: boolean;
}) {
  return (
    <>
      <div data-field={consentField} className="flex items-start gap-3 rounded border border-slate-300 p-4">
        <input
          id={`inquiry-${consentField}`}
          name={consentField}
          type="checkbox"
          value="1"
          defaultChecked={allowPublication}
          aria-describedby={`inquiry-${consentField}-hint`}
          className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
        />
        <div>
          <label htmlFor={`inquiry-${consentField}`} className="font-semibold text-slate-900">
            {t("allowPublication")}
          </label>
          <p id={`inquiry-${consentField}-hint`} className="mt-1 text-sm text-slate-700">
            {t("allowPublicationHint")}
          </p>
        </div>
      </div>

      {/* Honeypot: off-screen, hidden from assistive technology and out of the tab order. */}
      <div aria-hidden="true" className="absolute -left-[10000px] top-auto h-px w-px overflow-hidden">
        <label htmlFor={`inquiry-${honeypotField}`}>{t("honeypot")}</label>
        <input
          id={`inquiry-${honeypotField}`}
          name={honeypotField}
          type="text"
          tabIndex={-1}
          autoComplete="off"
          defaultValue=""
        />
      </div>
    </>
  );
}
