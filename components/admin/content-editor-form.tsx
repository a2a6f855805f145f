"use client";
// The content editor's form: one locale's translatable fields of any content type (the field list comes
// from lib/content-model/types.ts), a hidden expectedRevision (the translation's revision it was opened at), Preview and Save. Posts to a server action
// through useActionState, so it works without JavaScript too. When a save is refused (stale, invalid,
// forbidden) the action hands the typed text back and it is shown again: nothing typed is lost. Preview
// validates without saving and shows the text as the public site renders it (the action returns the
// rendered preview).
import { useActionState, useState, type ReactNode } from "react";
import type { FieldDef, FieldErrorCode } from "@/lib/content-model/types";
import { useHydrated } from "@/components/ui/use-hydrated";
import { glossaryViolations, type LintLocale, type RejectedRendering } from "@/lib/content/lint";
import { FormAlert } from "@/components/ui/alert";
import { primaryButton } from "@/components/ui/styles";

export type EditorValues = Record<string, string>;
export type EditorError = "stale" | "forbidden" | "notFound" | "invalid" | "failed";

export interface ContentEditorState {
  seq: number;
  version: number;
  values: EditorValues;
  error?: EditorError;
  fieldErrors?: Record<string, FieldErrorCode>;
  /** Rendered by the server when Preview was pressed. */
  preview?: ReactNode;
}

export interface ContentEditorMessages {
  labels: Record<string, string>;
  listHint: string;
  markdownHint: string;
  save: string;
  saving: string;
  preview: string;
  previewing: string;
  previewTitle: string;
  previewNotSaved: string;
  reload: string;
  errors: Record<EditorError, string>;
  /** Already formatted with each field's limit. */
  fieldErrors: Record<string, Record<FieldErrorCode, string>>;
  /** "Glossary: …{rejected}… {preferred}": the warning beside a field that uses a rejected rendering. */
  glossaryWarning: string;
}

const rows = { line: 0, text: 4, markdown: 12, list: 5 } as const;

export function ContentEditorForm({
  action,
  fields,
  initial,
  lang,
  messages,
  locale,
  glossary = [],
}: {
  action: (prev: ContentEditorState, form: FormData) => Promise<ContentEditorState>;
  fields: readonly FieldDef[];
  initial: ContentEditorState;
  lang: string;
  messages: ContentEditorMessages;
  /** The language being edited, for the glossary check. */
  locale: LintLocale;
  /** The glossary's rejected renderings in that language (lib/content/glossary-check.ts). */
  glossary?: Pick<RejectedRendering, "rejected" | "preferred">[];
}) {
  const [state, formAction, pending] = useActionState(action, initial);
  // The text as typed, for the glossary warning (the fields themselves stay uncontrolled).
  const [typed, setTyped] = useState<{ seq: number; values: EditorValues }>({ seq: state.seq, values: state.values });
  const current = typed.seq === state.seq ? typed.values : state.values;
  const rules = glossary.map((g) => ({ ...g, slug: "", locale }));
  // Marks the form once React has taken it over (tests wait for it before typing: text typed into the
  // server-rendered fields before hydration can be replaced by their default values).
  const hydrated = useHydrated();
  const fe = state.fieldErrors ?? {};
  return (
    <form
      action={formAction}
      noValidate
      className="space-y-4"
      aria-describedby={state.error ? "content-editor-error" : undefined}
      data-hydrated={hydrated || undefined}
    >
      {state.error && (
        <FormAlert
          id="content-editor-error"
          message={messages.errors[state.error]}
          reload={state.error === "stale" ? { label: messages.reload } : null}
        />
      )}
      <input type="hidden" name="expectedRevision" value={state.version} />
      {/* Keyed by the action's sequence: after a refused save or a preview the fields show the text just typed. */}
      <div key={state.seq} className="space-y-4">
        {fields.map((f) => {
          const id = `field-${f.name}`;
          const err = fe[f.name];
          const hint = f.kind === "list" ? messages.listHint : f.kind === "markdown" ? messages.markdownHint : null;
          const warnings = glossaryViolations(current[f.name] ?? "", locale, rules);
          const describedBy =
            [hint ? `${id}-hint` : null, err ? `${id}-error` : null, warnings.length ? `${id}-glossary` : null]
              .filter(Boolean)
              .join(" ") || undefined;
          const cls = `mt-1 block w-full rounded border bg-white px-3 py-2 text-base text-slate-900 ${err ? "border-2 border-accent-600" : "border-slate-500"}`;
          const common = {
            id,
            name: f.name,
            lang,
            defaultValue: state.values[f.name] ?? "",
            required: f.required,
            "aria-invalid": err ? true : undefined,
            "aria-describedby": describedBy,
            className: cls,
            onChange: (e: { currentTarget: { value: string } }) => {
              const value = e.currentTarget.value;
              setTyped((prev) => ({
                seq: state.seq,
                values: { ...(prev.seq === state.seq ? prev.values : state.values), [f.name]: value },
              }));
            },
          };
          return (
            <div key={f.name}>
              <label htmlFor={id} className="block font-medium">
                {messages.labels[f.name] ?? f.name}
              </label>
              {hint && (
                <p id={`${id}-hint`} className="text-sm text-slate-600">
                  {hint}
                </p>
              )}
              {f.kind === "line" ? <input type="text" {...common} /> : <textarea rows={rows[f.kind]} {...common} />}
              {err && (
                <p id={`${id}-error`} className="mt-1 text-sm font-medium text-accent-600">
                  {messages.fieldErrors[f.name]?.[err]}
                </p>
              )}
              {warnings.length > 0 && (
                <ul
                  id={`${id}-glossary`}
                  className="mt-1 space-y-1 text-sm text-amber-900"
                  data-testid={`glossary-warning-${f.name}`}
                >
                  {warnings.map((w) => (
                    <li key={w.rejected} className="rounded border border-amber-400 bg-amber-50 px-2 py-1">
                      {messages.glossaryWarning.replace("{rejected}", w.rejected).replace("{preferred}", w.preferred)}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="intent" value="save" disabled={pending} className={primaryButton}>
          {pending ? messages.saving : messages.save}
        </button>
        <button
          type="submit"
          name="intent"
          value="preview"
          disabled={pending}
          className="rounded border border-slate-500 px-4 py-2 font-medium hover:bg-slate-100 disabled:opacity-60"
        >
          {messages.preview}
        </button>
      </div>
      {state.preview && (
        <section
          aria-labelledby="content-preview-title"
          className="rounded border-2 border-dashed border-brand-600 p-4"
          data-testid="unsaved-preview"
        >
          <h2 id="content-preview-title" className="text-xl font-semibold text-brand-900">
            {messages.previewTitle}
          </h2>
          <p className="text-sm text-slate-600">{messages.previewNotSaved}</p>
          <div className="mt-3">{state.preview}</div>
        </section>
      )}
    </form>
  );
}
