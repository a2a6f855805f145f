"use client";
// The form of an item's locale-neutral fields (lib/admin/metadata.ts declares them per type): a
// select, date, number, text/address, list or set of checkboxes per field, a hidden expectedVersion and
// Save. Posts to a server action through useActionState, so it works without JavaScript too; a refused
// save (invalid, stale, forbidden) comes back with what was typed and a localized message per field.
import { useActionState } from "react";
import type { MetaErrorCode, MetaFormValues, MetaInput } from "@/lib/content-model/metadata";
import { FormAlert } from "@/components/ui/alert";
import { primaryButton } from "@/components/ui/styles";

export type MetadataError = "stale" | "forbidden" | "notFound" | "invalid" | "failed";

export interface MetadataFormState {
  seq: number;
  version: number;
  values: MetaFormValues;
  error?: MetadataError;
  fieldErrors?: Partial<Record<string, MetaErrorCode>>;
}

export interface MetadataFieldView {
  name: string;
  input: MetaInput;
  required: boolean;
  label: string;
  hint?: string;
  /** `note` is shown after the label in the page's language (e.g. a slug beside a Chinese name). */
  options?: { value: string; label: string; lang?: string; note?: string }[];
  min?: number;
  max?: number;
  step?: string;
  maxLength?: number;
  /** Shown but not changeable (the value travels in a hidden input). */
  disabled?: boolean;
  disabledNote?: string;
}

export interface MetadataFormMessages {
  save: string;
  saving: string;
  reload: string;
  none: string;
  errors: Record<MetadataError, string>;
  /** Per field, per code; already formatted with the field's limits. */
  fieldErrors: Record<string, Record<MetaErrorCode, string>>;
}

const box = "mt-1 block w-full rounded border bg-white px-3 py-2 text-base text-slate-900";

export function MetadataForm({
  action,
  fields,
  initial,
  messages,
}: {
  action: (prev: MetadataFormState, form: FormData) => Promise<MetadataFormState>;
  fields: MetadataFieldView[];
  initial: MetadataFormState;
  messages: MetadataFormMessages;
}) {
  const [state, formAction, pending] = useActionState(action, initial);
  const fe = state.fieldErrors ?? {};
  return (
    <form
      action={formAction}
      noValidate
      className="space-y-5"
      aria-describedby={state.error ? "metadata-error" : undefined}
    >
      {state.error && (
        <FormAlert
          id="metadata-error"
          message={messages.errors[state.error]}
          reload={state.error === "stale" ? { label: messages.reload } : null}
        />
      )}
      <input type="hidden" name="expectedVersion" value={state.version} />
      {/* Keyed by the action's sequence: after a refused save the fields show what was just posted. */}
      <div key={state.seq} className="grid gap-5 md:grid-cols-2">
        {fields.map((f) => (
          <Field key={f.name} f={f} value={state.values[f.name]} error={fe[f.name]} messages={messages} />
        ))}
      </div>
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? messages.saving : messages.save}
      </button>
    </form>
  );
}

function Field({
  f,
  value,
  error,
  messages,
}: {
  f: MetadataFieldView;
  value: string | string[] | undefined;
  error?: MetaErrorCode;
  messages: MetadataFormMessages;
}) {
  const id = `meta-${f.name}`;
  const hintId = f.hint || f.disabledNote ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  const cls = `${box} ${error ? "border-2 border-accent-600" : "border-slate-500"} disabled:bg-slate-100`;
  const str = Array.isArray(value) ? value.join("\n") : (value ?? "");
  const hint = hintId && (
    <p id={hintId} className="text-sm text-slate-600">
      {[f.hint, f.disabledNote].filter(Boolean).join(" ")}
    </p>
  );
  const err = error && (
    <p id={errorId!} className="mt-1 text-sm font-medium text-accent-600">
      {messages.fieldErrors[f.name]?.[error]}
    </p>
  );
  const common = {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    required: f.required,
  };

  if (f.input === "checkboxes") {
    const checked = new Set(Array.isArray(value) ? value : value ? [value] : []);
    return (
      <fieldset
        className="md:col-span-2"
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        data-testid={`meta-${f.name}`}
      >
        <legend className="font-medium">{f.label}</legend>
        {hint}
        <div className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
          {(f.options ?? []).map((o) => (
            <label key={o.value} className="flex items-start gap-2 py-1">
              <input
                type="checkbox"
                name={f.name}
                value={o.value}
                defaultChecked={checked.has(o.value)}
                className="mt-1 h-4 w-4 shrink-0"
              />
              <span>
                <span lang={o.lang}>{o.label}</span>
                {o.note && <span className="ml-1 break-all font-mono text-sm text-slate-600">{o.note}</span>}
              </span>
            </label>
          ))}
        </div>
        {err}
      </fieldset>
    );
  }

  let control;
  switch (f.input) {
    case "select":
      control = (
        <>
          <select {...common} name={f.name} defaultValue={str} disabled={f.disabled} className={cls}>
            {(!f.required || !f.options?.some((o) => o.value === str)) && <option value="">{messages.none}</option>}
            {(f.options ?? []).map((o) => (
              <option key={o.value} value={o.value} lang={o.lang}>
                {o.label}
              </option>
            ))}
          </select>
          {f.disabled && <input type="hidden" name={f.name} value={str} />}
        </>
      );
      break;
    case "date":
      control = (
        <input
          {...common}
          type="date"
          name={f.name}
          defaultValue={str}
          min="1900-01-01"
          max="2200-12-31"
          className={cls}
        />
      );
      break;
    case "decimal":
    case "integer":
      control = (
        <input
          {...common}
          type="number"
          name={f.name}
          defaultValue={str}
          min={f.min}
          max={f.max}
          step={f.step ?? "1"}
          inputMode={f.input === "decimal" ? "decimal" : "numeric"}
          className={cls}
        />
      );
      break;
    case "url":
      control = (
        <input {...common} type="url" name={f.name} defaultValue={str} maxLength={f.maxLength} className={cls} />
      );
      break;
    case "list":
      control = <textarea {...common} name={f.name} defaultValue={str} rows={4} className={cls} />;
      break;
    default:
      control = (
        <input {...common} type="text" name={f.name} defaultValue={str} maxLength={f.maxLength} className={cls} />
      );
  }
  return (
    <div className={f.input === "list" || f.input === "url" ? "md:col-span-2" : undefined}>
      <label htmlFor={id} className="block font-medium">
        {f.label}
      </label>
      {hint}
      {control}
      {err}
    </div>
  );
}
