"use client";
// The news editor's form: the editable fields of one locale, a hidden expectedVersion, Save. Posts to a
// server action through useActionState (works without JavaScript too); when the save is refused (stale,
// invalid, forbidden) the action hands the typed text back and it is shown again, so nothing is lost.
// Text arrives as plain data from the page.
import { useActionState } from "react";
import type { FieldErrorCode, FieldErrors, NewsField } from "@/lib/data/admin-news";

export type NewsEditorValues = Record<NewsField, string>;

export interface NewsEditorState {
  seq: number;
  version: number;
  values: NewsEditorValues;
  error?: "stale" | "forbidden" | "notFound" | "invalid" | "failed";
  fieldErrors?: FieldErrors;
}

export interface NewsEditorMessages {
  fields: Record<NewsField, string>;
  save: string;
  saving: string;
  errors: Record<NonNullable<NewsEditorState["error"]>, string>;
  reload: string;
  /** Already formatted with each field's limit. */
  fieldErrors: Record<NewsField, Record<FieldErrorCode, string>>;
}

const order: { name: NewsField; rows?: number; max: number; required: boolean }[] = [
  { name: "title", max: 300, required: true },
  { name: "summary", rows: 4, max: 1000, required: true },
  { name: "body", rows: 18, max: 50_000, required: true },
  { name: "sourceName", max: 300, required: true },
  { name: "byline", max: 300, required: false },
];

export function NewsEditorForm({
  action,
  initial,
  lang,
  messages,
}: {
  action: (prev: NewsEditorState, form: FormData) => Promise<NewsEditorState>;
  initial: NewsEditorState;
  lang: string;
  messages: NewsEditorMessages;
}) {
  const [state, formAction, pending] = useActionState(action, initial);
  const fe = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="space-y-4" aria-describedby={state.error ? "news-editor-error" : undefined}>
      {state.error && (
        <div id="news-editor-error" role="alert" className="rounded border-2 border-accent-600 bg-white px-4 py-3 font-medium text-accent-600">
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
      <input type="hidden" name="expectedVersion" value={state.version} />
      {/* Keyed by the action's sequence: after a refused save the fields show the text just typed. */}
      <div key={state.seq} className="space-y-4">
        {order.map((f) => {
          const id = `news-${f.name}`;
          const err = fe[f.name];
          const cls = `mt-1 block w-full rounded border bg-white px-3 py-2 text-base text-slate-900 ${err ? "border-2 border-accent-600" : "border-slate-500"}`;
          const common = {
            id,
            name: f.name,
            lang,
            defaultValue: state.values[f.name],
            required: f.required,
            "aria-invalid": err ? true : undefined,
            "aria-describedby": err ? `${id}-error` : undefined,
            className: cls,
          };
          return (
            <div key={f.name}>
              <label htmlFor={id} className="block font-medium">
                {messages.fields[f.name]}
              </label>
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
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900 disabled:opacity-60"
      >
        {pending ? messages.saving : messages.save}
      </button>
    </form>
  );
}
