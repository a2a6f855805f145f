"use client";
// One language's alt text and caption of an image (and the credit, for editors, in the original
// language's form). Posts to a server action through useActionState (works without JavaScript too) with
// the version the page was opened at; when the save is refused (stale, invalid, forbidden) the typed
// text comes back and is shown again.
import { useActionState } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { MediaFieldErrorCode, MediaFieldErrors } from "@/lib/admin/media";
import { FormAlert } from "@/components/ui/alert";
import { primaryButton } from "@/components/ui/styles";

export interface MediaTextValues {
  alt: string;
  caption: string;
  /** Only in the form that edits the credit. */
  credit?: string;
}

export type MediaTextError = "stale" | "forbidden" | "notFound" | "invalid" | "failed";

export interface MediaTextState {
  seq: number;
  version: number;
  values: MediaTextValues;
  error?: MediaTextError;
  fieldErrors?: MediaFieldErrors;
}

export interface MediaTextMessages {
  alt: string;
  altHint: string;
  caption: string;
  credit: string;
  creditHint: string;
  save: string;
  saving: string;
  reload: string;
  errors: Record<MediaTextError, string>;
  /** Already formatted with each field's limit. */
  fieldErrors: Record<"alt" | "caption" | "credit", Record<MediaFieldErrorCode, string>>;
}

export function MediaTextForm({
  action,
  initial,
  idPrefix,
  reloadHref,
  lang,
  limits,
  messages,
}: {
  action: (prev: MediaTextState, form: FormData) => Promise<MediaTextState>;
  initial: MediaTextState;
  /** Several forms share the page: ids are prefixed per language. */
  idPrefix: string;
  /** The page without any returned outcome in its address. */
  reloadHref: string;
  lang: string;
  limits: { alt: number; caption: number; credit: number };
  messages: MediaTextMessages;
}) {
  const [state, formAction, pending] = useActionState(action, initial);
  // "1" once React runs: a post without it is a native one (no JavaScript yet), answered with a redirect.
  const enhanced = useHydrated() ? "1" : "";
  const fe = state.fieldErrors ?? {};
  const errorId = `${idPrefix}-error`;
  const cls = (err: unknown) =>
    `mt-1 block w-full rounded border bg-white px-3 py-2 text-base text-slate-900 ${err ? "border-2 border-accent-600" : "border-slate-500"}`;
  const fields: {
    name: "alt" | "caption" | "credit";
    label: string;
    hint?: string;
    rows: number;
    required: boolean;
    lang?: string;
  }[] = [
    { name: "alt", label: messages.alt, hint: messages.altHint, rows: 2, required: true, lang },
    { name: "caption", label: messages.caption, rows: 3, required: false, lang },
    // The credit is locale-neutral (no lang) and one line.
    ...(state.values.credit !== undefined
      ? [{ name: "credit" as const, label: messages.credit, hint: messages.creditHint, rows: 0, required: false }]
      : []),
  ];

  return (
    <form action={formAction} noValidate className="space-y-4" aria-describedby={state.error ? errorId : undefined}>
      <input type="hidden" name="_enhanced" value={enhanced} />
      {state.error && (
        <FormAlert
          id={errorId}
          message={messages.errors[state.error]}
          reload={state.error === "stale" ? { label: messages.reload, href: reloadHref } : null}
        />
      )}
      <input type="hidden" name="expectedVersion" value={state.version} />
      <div key={state.seq} className="space-y-4">
        {fields.map((f) => {
          const id = `${idPrefix}-${f.name}`;
          const err = fe[f.name];
          const max = limits[f.name];
          const common = {
            id,
            name: f.name,
            lang: f.lang,
            maxLength: max,
            defaultValue: state.values[f.name] ?? "",
            required: f.required,
            "aria-invalid": err ? true : undefined,
            "aria-describedby": [f.hint && `${id}-hint`, err && `${id}-error`].filter(Boolean).join(" ") || undefined,
            className: cls(err),
          };
          return (
            <div key={f.name}>
              <label htmlFor={id} className="block font-medium">
                {f.label}
              </label>
              {f.hint && (
                <p id={`${id}-hint`} className="text-sm text-slate-600">
                  {f.hint}
                </p>
              )}
              {f.rows ? <textarea rows={f.rows} {...common} /> : <input type="text" {...common} />}
              {err && (
                <p id={`${id}-error`} className="mt-1 text-sm font-medium text-accent-600">
                  {messages.fieldErrors[f.name][err]}
                </p>
              )}
            </div>
          );
        })}
      </div>
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? messages.saving : messages.save}
      </button>
    </form>
  );
}
