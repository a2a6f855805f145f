"use server";
// The error-report form's server action: with or without JavaScript, it answers with a state the form shows
// in the reader's language; never a 500.
import { headers } from "next/headers";
import { z } from "zod";
import { defaultLocale, locales } from "@/i18n/routing";
import { createErrorReport } from "@/lib/data/error-reports";
import { clientKey } from "@/lib/http/client-address";
import { errorReportValues, parseErrorReport, type ErrorReportFormState } from "@/lib/validation/error-report";

const localeSchema = z.enum(locales).catch(defaultLocale);

export async function submitErrorReport(
  locale: unknown,
  _previous: ErrorReportFormState,
  form: FormData,
): Promise<ErrorReportFormState> {
  const { honeypot, ...values } =
    form instanceof FormData ? errorReportValues(form) : { page: "", message: "", email: "", honeypot: "" };
  const parsed = parseErrorReport(values);
  if (!parsed.success && !honeypot) return { status: "invalid", values, fieldErrors: parsed.fieldErrors };
  try {
    const result = await createErrorReport(values, {
      locale: localeSchema.parse(locale),
      clientKey: clientKey(await headers()),
      honeypot,
    });
    if (result.ok) return { status: "success", reference: result.reference };
    if ("error" in result) return { status: "rateLimited", values };
    return { status: "invalid", values, fieldErrors: result.fieldErrors };
  } catch (e) {
    console.error("error report: could not store a report", e);
    return { status: "error", values };
  }
}
