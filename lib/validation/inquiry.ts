// The investor inquiry, validated by one zod schema on both sides: the form (for its field names, limits
// and error keys) and the server (lib/data/inquiries.ts, which validates again whatever it is handed).
//
// Error messages are message KEYS of `inquiry.errors.*` in messages/*.json, not text: the form turns
// `{ key, params }` into the visitor's language. Params come from the failed check (min / max).
import { z } from "zod";
import {
  consentField,
  honeypotField,
  inquiryFields,
  inquiryLimits,
  interestCodes,
  type InquiryErrorKey,
  type InquiryField,
  type InquiryFieldError,
  type InquiryFieldErrors,
  type InquiryValues,
} from "./inquiry-fields";

export * from "./inquiry-fields";

/** C0/C1 control characters (with DEL) and the Unicode line/paragraph separators. */
const CONTROL = /[\p{Cc}\u2028\u2029]/u;
/** Of those, the message may hold line breaks and tabs. */
const ALLOWED_IN_MESSAGE = /[\t\n]/g;

function text(opts: { min?: number; max: number; multiline?: boolean }) {
  let s = z
    .string({ error: "required" })
    // Browsers submit textarea line breaks as CRLF: count them as one character, store them as LF.
    .overwrite((v) => v.replace(/\r\n?/g, "\n"))
    .trim()
    .normalize("NFC")
    .min(1, { error: "required", abort: true });
  if (opts.min && opts.min > 1) s = s.min(opts.min, { error: "tooShort" });
  return s
    .max(opts.max, { error: "tooLong" })
    .refine((v) => !CONTROL.test(opts.multiline ? v.replace(ALLOWED_IN_MESSAGE, "") : v), {
      error: "invalidCharacters",
    });
}

export const inquirySchema = z.object({
  name: text(inquiryLimits.name),
  organisation: text(inquiryLimits.organisation),
  email: z
    .string({ error: "required" })
    .trim()
    .min(1, { error: "required", abort: true })
    .max(inquiryLimits.email.max, { error: "tooLong", abort: true })
    .refine((v) => !CONTROL.test(v), { error: "invalidCharacters", abort: true })
    .pipe(z.email({ error: "email" })),
  country: text(inquiryLimits.country),
  interests: z
    .array(z.enum(interestCodes, { error: "interests" }), { error: "interests" })
    .overwrite((codes) => [...new Set(codes)])
    .min(1, { error: "interests" }),
  message: text({ ...inquiryLimits.message, multiline: true }),
  // Consent is given only by a ticked box ("1", or true from a JSON caller); anything else is no.
  [consentField]: z
    .unknown()
    .optional()
    .transform((v) => v === "1" || v === true),
  [honeypotField]: z.string().trim().max(0, { error: "honeypot" }).optional(),
});

export type InquiryInput = z.input<typeof inquirySchema>;
export type Inquiry = Omit<z.output<typeof inquirySchema>, typeof honeypotField>;

export type InquiryParseResult =
  { success: true; data: Inquiry } | { success: false; honeypot: boolean; fieldErrors: InquiryFieldErrors };

function isKnownKey(message: string): message is InquiryErrorKey {
  return ["required", "email", "tooLong", "tooShort", "interests", "invalidCharacters"].includes(message);
}

/** The first error of each visible field, as a message key with its params. */
export function fieldErrorsOf(issues: readonly z.core.$ZodIssue[]): InquiryFieldErrors {
  const out: InquiryFieldErrors = {};
  for (const issue of issues) {
    const field = issue.path[0];
    if (!(inquiryFields as readonly unknown[]).includes(field)) continue;
    const f = field as InquiryField;
    if (out[f]) continue;
    // Any failure inside the interests array (unknown code, wrong type) reads "choose at least one".
    const key: InquiryErrorKey =
      f === "interests" ? "interests" : isKnownKey(issue.message) ? issue.message : "required";
    const error: InquiryFieldError = { key };
    if (key === "tooLong" && issue.code === "too_big") error.params = { max: Number(issue.maximum) };
    if (key === "tooShort" && issue.code === "too_small") error.params = { min: Number(issue.minimum) };
    out[f] = error;
  }
  return out;
}

/**
 * Validates anything (a parsed form, a JSON body, a caller's object). A non-object counts as an empty
 * form. `honeypot` is true when the hidden field was filled, whatever else is wrong.
 */
export function parseInquiry(input: unknown): InquiryParseResult {
  const candidate = typeof input === "object" && input !== null && !Array.isArray(input) ? input : {};
  const result = inquirySchema.safeParse(candidate);
  if (result.success) {
    const { [honeypotField]: _honeypot, ...data } = result.data;
    return { success: true, data };
  }
  const honeypot = result.error.issues.some((i) => i.path[0] === honeypotField);
  return { success: false, honeypot, fieldErrors: fieldErrorsOf(result.error.issues) };
}

/** The raw form submission as the schema expects it: strings for text fields, a list of interests. */
export function inquiryFromFormData(form: FormData): Record<string, unknown> {
  const str = (name: string) => {
    const v = form.get(name);
    return typeof v === "string" ? v : undefined;
  };
  return {
    name: str("name"),
    organisation: str("organisation"),
    email: str("email"),
    country: str("country"),
    interests: form.getAll("interests").filter((v): v is string => typeof v === "string"),
    message: str("message"),
    [consentField]: str(consentField),
    [honeypotField]: str(honeypotField),
  };
}

/** The visible values of a raw submission, to refill the form (never the honeypot). */
export function inquiryValuesOf(raw: Record<string, unknown>): InquiryValues {
  // Refilled into the form, so never more than a field may hold (an over-long value is not echoed back
  // whole: the visitor sees the "too long" error with the text cut at the limit).
  const s = (v: unknown, max: number) => (typeof v === "string" ? v.slice(0, max) : "");
  return {
    name: s(raw.name, inquiryLimits.name.max),
    organisation: s(raw.organisation, inquiryLimits.organisation.max),
    email: s(raw.email, inquiryLimits.email.max),
    country: s(raw.country, inquiryLimits.country.max),
    interests: Array.isArray(raw.interests)
      ? raw.interests.filter((v): v is string => typeof v === "string" && v.length <= 100).slice(0, 50)
      : [],
    message: s(raw.message, inquiryLimits.message.max),
    allowPublication: raw[consentField] === "1" || raw[consentField] === true,
  };
}
