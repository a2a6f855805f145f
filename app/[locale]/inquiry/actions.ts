"use server";
// The inquiry form's server action. Works with and without JavaScript (the form posts here either way)
// and always answers with a state the form can show in the visitor's language: never a 500.
import { headers } from "next/headers";
import { z } from "zod";
import { defaultLocale, locales } from "@/i18n/routing";
import { createInquiry } from "@/lib/data/inquiries";
import { inquiryFromFormData, inquiryValuesOf, parseInquiry, type InquiryFormState } from "@/lib/validation/inquiry";
import { clientKey as clientKeyOf } from "@/lib/http/client-address";

// The locale is bound by the page, but bound arguments travel through the browser: check it.
const localeSchema = z.enum(locales).catch(defaultLocale);

export async function submitInquiry(
  locale: unknown,
  _previous: InquiryFormState,
  form: FormData,
): Promise<InquiryFormState> {
  const raw = form instanceof FormData ? inquiryFromFormData(form) : {};
  const values = inquiryValuesOf(raw);

  // Checked here first so that invalid input costs no database work; createInquiry checks again.
  const parsed = parseInquiry(raw);
  if (!parsed.success && !parsed.honeypot) return { status: "invalid", values, fieldErrors: parsed.fieldErrors };

  try {
    const clientKey = clientKeyOf(await headers());
    const proof = form instanceof FormData ? form.get("proof") : null;
    const result = await createInquiry(raw, {
      locale: localeSchema.parse(locale),
      clientKey,
      proof: typeof proof === "string" && proof.length <= 4096 ? proof : undefined,
    });
    if (result.ok) return { status: "success", reference: result.reference };
    if ("error" in result && result.error === "challenge")
      return { status: "challenge", values, challenge: JSON.stringify(result.challenge) };
    if ("error" in result) return { status: "rateLimited", values };
    return { status: "invalid", values, fieldErrors: result.fieldErrors };
  } catch (e) {
    console.error("inquiry: could not store an inquiry", e);
    return { status: "error", values };
  }
}
