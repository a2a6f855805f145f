// The "report an error on this page" form: one zod schema for the form and the server. Errors are message
// keys under site.reportError.errors, localized by the form.
import { z } from "zod";
import { locales } from "@/i18n/routing";

export const errorReportFields = ["page", "message", "email"] as const;
export type ErrorReportField = (typeof errorReportFields)[number];
export const ERROR_REPORT_HONEYPOT = "website";

const localePath = new RegExp(`^/(${locales.join("|")})(/[^\\s]*)?$`);

/**
 * The page's path on this site: a path ("/zh/news/x#article-2") or a full address whose path is one; the
 * origin is dropped (the site may be reached under more than one name), the fragment kept.
 */
export function sitePath(value: string): string | null {
  const v = value.trim();
  let url: URL;
  try {
    url = new URL(v, "http://site.invalid");
  } catch {
    return null;
  }
  if (!/^https?:$/.test(url.protocol)) return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return localePath.test(url.pathname) && path.length <= 500 ? path : null;
}

export const errorReportSchema = z.object({
  page: z
    .string({ error: "pageRequired" })
    .trim()
    .min(1, "pageRequired")
    .max(1000, "pageInvalid")
    .transform((v, ctx) => sitePath(v) ?? (ctx.addIssue({ code: "custom", message: "pageInvalid" }), z.NEVER)),
  message: z
    .string({ error: "messageRequired" })
    .trim()
    .min(1, "messageRequired")
    .min(5, "messageTooShort")
    .max(2000, "messageTooLong"),
  email: z
    .string()
    .trim()
    .max(254, "emailInvalid")
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(z.email("emailInvalid").optional()),
});

export type ErrorReportInput = z.output<typeof errorReportSchema>;
export type ErrorReportFieldErrors = Partial<Record<ErrorReportField, string>>;

export type ErrorReportFormState =
  | { status: "idle"; values?: Record<ErrorReportField, string> }
  | { status: "success"; reference: string }
  | {
      status: "invalid" | "rateLimited" | "error";
      values: Record<ErrorReportField, string>;
      fieldErrors?: ErrorReportFieldErrors;
    };

/** The form's raw fields as strings (anything else becomes ""), bounded so a huge field is never echoed back whole. */
export function errorReportValues(form: FormData): Record<ErrorReportField, string> & { honeypot: string } {
  const get = (name: string) => {
    const v = form.get(name);
    return typeof v === "string" ? v.slice(0, 4000) : "";
  };
  return { page: get("page"), message: get("message"), email: get("email"), honeypot: get(ERROR_REPORT_HONEYPOT) };
}

export function parseErrorReport(
  raw: unknown,
): { success: true; data: ErrorReportInput } | { success: false; fieldErrors: ErrorReportFieldErrors } {
  const r = errorReportSchema.safeParse(raw);
  if (r.success) return { success: true, data: r.data };
  const fieldErrors: ErrorReportFieldErrors = {};
  for (const issue of r.error.issues) {
    const field = issue.path[0] as ErrorReportField;
    if (errorReportFields.includes(field) && !fieldErrors[field]) fieldErrors[field] = issue.message;
  }
  return { success: false, fieldErrors };
}

/**
 * A page path as one URL segment, for /{locale}/report-error/<from>: its segments joined by "~"
 * ("/ko/news/x" → "ko~news~x"); query and fragment are dropped. Null when a segment is not a plain slug.
 */
export function encodeFromSegment(path: string): string | null {
  const segments = path.split(/[?#]/)[0]!.split("/").filter(Boolean);
  if (!segments.length || segments.some((s) => !/^[A-Za-z0-9._-]{1,160}$/.test(s))) return null;
  const out = segments.join("~");
  return out.length <= 400 ? out : null;
}

/** The page path of a /{locale}/report-error/<from> segment, or "" when it is not one of the site's pages. */
export function decodeFromSegment(segment: string): string {
  const parts = segment.split("~");
  if (parts.some((p) => p === "")) return "";
  const path = `/${parts.join("/")}`;
  return encodeFromSegment(path) !== null && sitePath(path) === path ? path : "";
}
