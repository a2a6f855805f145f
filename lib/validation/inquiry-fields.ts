// The inquiry form's fields, limits, error keys and states: plain data with no zod, so the client form
// can import it without shipping the validator. lib/validation/inquiry.ts builds the schema on these.
/** The interest codes, in display order (labels: `inquiry.interestOptions.*`). */
export const interestCodes = ["investment", "policies", "land", "logistics", "partnership", "other"] as const;
export type InterestCode = (typeof interestCodes)[number];

/** The visible fields, in form order (the error summary lists errors in this order). */
export const inquiryFields = ["name", "organisation", "email", "country", "interests", "message"] as const;
export type InquiryField = (typeof inquiryFields)[number];

/**
 * The asker's consent to publish the question and its answer (never their name, organisation or address):
 * an unticked checkbox by default; only "1" counts as yes.
 */
export const consentField = "allowPublication";

/** The honeypot: hidden from people, tempting to bots. Anything typed into it marks the sender a bot. */
export const honeypotField = "website";

/** Keys of `inquiry.errors.*` a field can fail with. */
export type InquiryErrorKey = "required" | "email" | "tooLong" | "tooShort" | "interests" | "invalidCharacters";

export interface InquiryFieldError {
  key: InquiryErrorKey;
  params?: { min?: number; max?: number };
}
export type InquiryFieldErrors = Partial<Record<InquiryField, InquiryFieldError>>;

export const inquiryLimits = {
  name: { max: 120 },
  organisation: { max: 200 },
  email: { max: 254 },
  country: { max: 100 },
  message: { min: 10, max: 5000 },
} as const;

/** What the visitor typed, kept to refill the form after an error. */
export interface InquiryValues {
  name: string;
  organisation: string;
  email: string;
  country: string;
  interests: string[];
  message: string;
  allowPublication: boolean;
}

export const emptyInquiryValues: InquiryValues = {
  name: "",
  organisation: "",
  email: "",
  country: "",
  interests: [],
  message: "",
  allowPublication: false,
};

/** The state the server action hands back to the form (plain data, serializable). */
export type InquiryFormState =
  | { status: "idle" }
  | { status: "success"; reference: string }
  | { status: "invalid"; values: InquiryValues; fieldErrors: InquiryFieldErrors }
  | { status: "rateLimited"; values: InquiryValues }
  /** Inquiries are surging: solve this proof-of-work challenge (altcha-lib's JSON) and send again. */
  | { status: "challenge"; values: InquiryValues; challenge: string }
  | { status: "error"; values: InquiryValues };
