"use client";
// The media library's upload form: the file, its original language, the credit and the alt text per
// language (the original language's is required). Posts to a server action through useActionState, which
// also works without JavaScript (a plain multipart form post). When the upload is refused the typed text
// comes back; the file cannot (browsers never let a page preset a file input), so the form says to choose
// it again. With JavaScript a file over the limit is refused before it is sent.
import { useActionState, useState, type ReactNode } from "react";
import { htmlLang, type Locale } from "@/i18n/routing";
import type { MediaFieldErrorCode, MediaFieldErrors } from "@/lib/admin/media";
import { useHydrated } from "@/components/ui/use-hydrated";
import { primaryButton } from "@/components/ui/styles";
import { Alert } from "@/components/ui/alert";

export interface MediaUploadValues {
  originalLocale: Locale;
  credit: string;
  alt: Record<Locale, string>;
}

export type MediaUploadError = "invalid" | "forbidden" | "failed";

export interface MediaUploadState {
  seq: number;
  values: MediaUploadValues;
  error?: MediaUploadError;
  fieldErrors?: MediaFieldErrors;
}

export interface MediaUploadMessages {
  file: string;
  fileHint: string;
  originalLocale: string;
  originalLocaleHint: string;
  credit: string;
  /** May hold an example marked with its lang. */
  creditHint: ReactNode;
  altLegend: string;
  /** Per locale, already formatted ("Alt text in Korean"). */
  alt: Record<Locale, string>;
  altHint: string;
  required: string;
  optional: string;
  submit: string;
  submitting: string;
  chooseAgain: string;
  localeNames: Record<Locale, string>;
  errors: Record<MediaUploadError, string>;
  /** Already formatted with each limit. */
  fieldErrors: Record<MediaFieldErrorCode | "fileRequired" | "altRequired" | "creditTooLong" | "altTooLong", string>;
}

const inputClass = (err: unknown) =>
  `mt-1 block w-full rounded border bg-white px-3 py-2 text-base text-slate-900 ${err ? "border-2 border-accent-600" : "border-slate-500"}`;

export function MediaUploadForm({
  action,
  initial,
  locales,
  accept,
  maxBytes,
  messages,
}: {
  action: (prev: MediaUploadState, form: FormData) => Promise<MediaUploadState>;
  initial: MediaUploadState;
  locales: readonly Locale[];
  accept: string;
  maxBytes: number;
  messages: MediaUploadMessages;
}) {
  const [state, formAction, pending] = useActionState(action, initial);
  // "1" once React runs: a post without it is a native one (no JavaScript yet), answered with a redirect.
  const enhanced = useHydrated() ? "1" : "";
  const [original, setOriginal] = useState<Locale>(state.values.originalLocale);
  // A file refused in the browser (too large) before it is sent; cleared when another file is chosen.
  const [localFileError, setLocalFileError] = useState<"tooLarge" | null>(null);
  const [seenSeq, setSeenSeq] = useState(state.seq);
  if (seenSeq !== state.seq) {
    // A new answer from the server: its original language wins over the one picked before.
    setSeenSeq(state.seq);
    setOriginal(state.values.originalLocale);
  }
  const fe = state.fieldErrors ?? {};
  const fileError = localFileError ?? fe.file;
  const fileMessage = (code: MediaFieldErrorCode) =>
    code === "required" ? messages.fieldErrors.fileRequired : messages.fieldErrors[code];
  const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(" ") || undefined;

  return (
    <form
      action={formAction}
      noValidate
      className="max-w-2xl space-y-5"
      aria-describedby={state.error ? "media-upload-error" : undefined}
      onSubmit={(e) => {
        const file = (e.currentTarget.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0];
        if (file && file.size > maxBytes) {
          e.preventDefault();
          setLocalFileError("tooLarge");
          (e.currentTarget.elements.namedItem("file") as HTMLInputElement).focus();
        }
      }}
    >
      <input type="hidden" name="_enhanced" value={enhanced} />
      {state.error && (
        <Alert id="media-upload-error">
          <p>{messages.errors[state.error]}</p>
          <p className="mt-1 font-normal text-slate-800">{messages.chooseAgain}</p>
        </Alert>
      )}
      <div>
        <label htmlFor="media-file" className="block font-medium">
          {messages.file}
        </label>
        <p id="media-file-hint" className="text-sm text-slate-600">
          {messages.fileHint}
        </p>
        <input
          id="media-file"
          name="file"
          type="file"
          accept={accept}
          required
          aria-invalid={fileError ? true : undefined}
          aria-describedby={describedBy("media-file-hint", fileError && "media-file-error")}
          onChange={() => setLocalFileError(null)}
          className={`${inputClass(fileError)} file:mr-3 file:rounded file:border-0 file:bg-brand-50 file:px-3 file:py-1 file:font-medium file:text-brand-900`}
        />
        {fileError && (
          <p id="media-file-error" className="mt-1 text-sm font-medium text-accent-600">
            {fileMessage(fileError)}
          </p>
        )}
      </div>

      {/* Keyed by the action's sequence: after a refused upload the fields show the text just typed. */}
      <div key={state.seq} className="space-y-5">
        <div>
          <label htmlFor="media-originalLocale" className="block font-medium">
            {messages.originalLocale}
          </label>
          <p id="media-originalLocale-hint" className="text-sm text-slate-600">
            {messages.originalLocaleHint}
          </p>
          <select
            id="media-originalLocale"
            name="originalLocale"
            defaultValue={state.values.originalLocale}
            onChange={(e) => setOriginal(e.target.value as Locale)}
            aria-describedby="media-originalLocale-hint"
            className={inputClass(fe.originalLocale)}
          >
            {locales.map((l) => (
              <option key={l} value={l}>
                {messages.localeNames[l]}
              </option>
            ))}
          </select>
        </div>

        <AltTextFields
          locales={locales}
          messages={messages}
          original={original}
          values={state.values.alt}
          errors={fe}
        />

        <div>
          <label htmlFor="media-credit" className="block font-medium">
            {messages.credit}
          </label>
          <p id="media-credit-hint" className="text-sm text-slate-600">
            {messages.creditHint}
          </p>
          <input
            id="media-credit"
            name="credit"
            type="text"
            maxLength={200}
            defaultValue={state.values.credit}
            aria-invalid={fe.credit ? true : undefined}
            aria-describedby={describedBy("media-credit-hint", fe.credit && "media-credit-error")}
            className={inputClass(fe.credit)}
          />
          {fe.credit && (
            <p id="media-credit-error" className="mt-1 text-sm font-medium text-accent-600">
              {fe.credit === "tooLong" ? messages.fieldErrors.creditTooLong : messages.fieldErrors[fe.credit]}
            </p>
          )}
        </div>
      </div>

      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? messages.submitting : messages.submit}
      </button>
    </form>
  );
}

/** The alt text in each language: required in the original language, optional in the others. */
function AltTextFields({
  locales,
  messages,
  original,
  values,
  errors: fe,
}: {
  locales: readonly Locale[];
  messages: MediaUploadMessages;
  original: Locale;
  values: Record<Locale, string>;
  errors: MediaFieldErrors;
}) {
  const altMessage = (code: MediaFieldErrorCode) =>
    code === "required"
      ? messages.fieldErrors.altRequired
      : code === "tooLong"
        ? messages.fieldErrors.altTooLong
        : messages.fieldErrors[code];
  return (
    <fieldset className="space-y-4 rounded border border-slate-300 p-4">
      <legend className="px-1 font-semibold">{messages.altLegend}</legend>
      <p className="text-sm text-slate-600">{messages.altHint}</p>
      {locales.map((l) => {
        const id = `media-alt-${l}`;
        const err = fe[`alt.${l}`];
        const isOriginal = l === original;
        return (
          <div key={l}>
            <label htmlFor={id} className="block font-medium">
              {messages.alt[l]}{" "}
              <span
                data-testid={`alt-mark-${l}`}
                className={`ml-1 rounded px-2 text-sm font-normal ${isOriginal ? "bg-brand-50 text-brand-900" : "bg-slate-100 text-slate-700"}`}
              >
                {isOriginal ? messages.required : messages.optional}
              </span>
            </label>
            <input
              id={id}
              name={`alt_${l}`}
              type="text"
              lang={htmlLang[l]}
              maxLength={300}
              defaultValue={values[l]}
              required={isOriginal}
              aria-invalid={err ? true : undefined}
              aria-describedby={err ? `${id}-error` : undefined}
              className={inputClass(err)}
            />
            {err && (
              <p id={`${id}-error`} className="mt-1 text-sm font-medium text-accent-600">
                {altMessage(err)}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
