"use client";
// "Add a section" / "Add an article" on a policy's structure page: a few fields (section, number,
// heading, body), a hidden expectedVersion and Add. Posts to a server action through useActionState, so
// it works without JavaScript too; a refused form (invalid, stale) comes back with what was typed and a
// localized message per field.
import { useActionState } from "react";
import type { MetaErrorCode } from "@/lib/content-model/metadata";
import { FormAlert } from "@/components/ui/alert";
import { primaryButton } from "@/components/ui/styles";

export type StructureAddError = "stale" | "forbidden" | "notFound" | "invalid" | "failed";

export interface StructureAddState {
  seq: number;
  version: number;
  values: Record<string, string>;
  error?: StructureAddError;
  fieldErrors?: Partial<Record<string, MetaErrorCode>>;
}

export interface StructureAddField {
  name: string;
  kind: "select" | "number" | "text" | "textarea";
  label: string;
  hint?: string;
  required?: boolean;
  /** BCP 47 language of the text typed into the field. */
  lang?: string;
  options?: { value: string; label: string; lang?: string }[];
  max?: number;
  maxLength?: number;
}

export function StructureAddForm({
  id,
  action,
  fields,
  initial,
  messages,
}: {
  /** Prefix of the element ids (two of these forms share a page). */
  id: string;
  action: (prev: StructureAddState, form: FormData) => Promise<StructureAddState>;
  fields: StructureAddField[];
  initial: StructureAddState;
  messages: {
    add: string;
    adding: string;
    reload: string;
    errors: Record<StructureAddError, string>;
    fieldErrors: Record<string, Partial<Record<MetaErrorCode, string>>>;
  };
}) {
  const [state, formAction, pending] = useActionState(action, initial);
  const fe = state.fieldErrors ?? {};
  return (
    <form
      action={formAction}
      noValidate
      className="space-y-4"
      aria-describedby={state.error ? `${id}-error` : undefined}
    >
      {state.error && (
        <FormAlert
          id={`${id}-error`}
          message={messages.errors[state.error]}
          reload={state.error === "stale" ? { label: messages.reload } : null}
        />
      )}
      <input type="hidden" name="expectedVersion" value={state.version} />
      <div key={state.seq} className="space-y-4">
        {fields.map((f) => {
          const fid = `${id}-${f.name}`;
          const err = fe[f.name];
          const describedBy =
            [f.hint ? `${fid}-hint` : null, err ? `${fid}-error` : null].filter(Boolean).join(" ") || undefined;
          const common = {
            id: fid,
            name: f.name,
            defaultValue: state.values[f.name] ?? "",
            required: f.required,
            lang: f.lang,
            "aria-invalid": err ? true : undefined,
            "aria-describedby": describedBy,
            className: `mt-1 block w-full rounded border bg-white px-3 py-2 text-base text-slate-900 ${err ? "border-2 border-accent-600" : "border-slate-500"}`,
          };
          return (
            <div key={f.name}>
              <label htmlFor={fid} className="block font-medium">
                {f.label}
              </label>
              {f.hint && (
                <p id={`${fid}-hint`} className="text-sm text-slate-600">
                  {f.hint}
                </p>
              )}
              {f.kind === "select" ? (
                <select {...common}>
                  {(f.options ?? []).map((o) => (
                    <option key={o.value} value={o.value} lang={o.lang}>
                      {o.label}
                    </option>
                  ))}
                </select>
              ) : f.kind === "textarea" ? (
                <textarea rows={6} maxLength={f.maxLength} {...common} />
              ) : f.kind === "number" ? (
                <input
                  type="number"
                  min={1}
                  max={f.max}
                  step={1}
                  inputMode="numeric"
                  {...common}
                  className={`${common.className} sm:max-w-40`}
                />
              ) : (
                <input type="text" maxLength={f.maxLength} {...common} />
              )}
              {err && (
                <p id={`${fid}-error`} className="mt-1 text-sm font-medium text-accent-600">
                  {messages.fieldErrors[f.name]?.[err] ?? messages.errors.invalid}
                </p>
              )}
            </div>
          );
        })}
      </div>
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? messages.adding : messages.add}
      </button>
    </form>
  );
}
