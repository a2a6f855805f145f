// The locale-neutral details of each content type (the text per locale is ./types.ts), declared once in
// `metadataFields`: a zone's kind, areas, dates, order and status; a layout element's kind, position, zone,
// parent and linked zone; a policy's number, dates, validity, topics and zones; a news article's kind, date,
// source address, tags and zones; a key figure's value, unit, date, zone and order; a glossary term's
// status. The admin's metadata form, its server action, the validation and the write
// (lib/admin/metadata.ts) all follow this table; enum options come from Prisma's enums (./enums.ts).
//
// No server-only imports: the metadata form (a client component) reads the field kinds too.
import { z } from "zod";
import { topicCodes, unitCodes } from "@/lib/content/schema";
import { layoutKinds, newsKinds, policyValidities, zoneKinds } from "./enums";
import type { ContentType } from "./types";

// ---------------------------------------------------------------- field kinds and their validation

/** Why a field was refused; the admin shows a localized message per code (messages/admin/structure.json). */
export const metaErrorCodes = [
  "required",
  "invalid",
  "tooLong",
  "tooMany",
  "outOfRange",
  "unknown",
  "cycle",
  "beforeStart",
  "taken",
] as const;
export type MetaErrorCode = (typeof metaErrorCodes)[number];
export type MetaFieldErrors = Record<string, MetaErrorCode>;

/**
 * select: one of `options` (or of a reference list: zones, layout elements); date: YYYY-MM-DD;
 * decimal/integer: a number in [min, max] (decimal: at most `scale` decimal places); text: one line;
 * url: an http(s) address; list: slugs, one per line (or comma-separated); checkboxes: a subset of `options`
 * (or of the zones).
 */
export type MetaInput = "select" | "date" | "decimal" | "integer" | "text" | "url" | "list" | "checkboxes";
export type OptionSource = readonly string[] | "zones" | "layoutElements";

export interface MetaFieldDef {
  name: string;
  input: MetaInput;
  required: boolean;
  options?: OptionSource;
  min?: number;
  max?: number;
  /** Decimal places (decimal). */
  scale?: number;
  /** Characters (text, url; list: per entry). */
  maxLength?: number;
  /** Entries (list). */
  maxItems?: number;
}

/** A field's value as the form shows it and posts it. */
export type MetaFormValue = string | string[];
export type MetaFormValues = Record<string, MetaFormValue>;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** "036.50" → "36.5", "-0" → "0"; null when not a plain decimal number. */
export function canonicalDecimal(s: string): string | null {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s);
  if (!m) return null;
  const int = m[2]!.replace(/^0+(?=\d)/, "");
  const frac = (m[3] ?? "").replace(/0+$/, "");
  const body = frac ? `${int}.${frac}` : int;
  return body === "0" ? "0" : `${m[1]}${body}`;
}

export const isoDateOf = (d: Date) => d.toISOString().slice(0, 10);

type Parsed = { ok: true; value: unknown } | { ok: false; code: MetaErrorCode };

const asText = (raw: unknown) =>
  typeof raw === "string" ? raw.trim() : Array.isArray(raw) ? String(raw[0] ?? "").trim() : "";

/** Validates one posted field; the value comes back in the form the database takes. */
export function parseMetaField(d: MetaFieldDef, raw: unknown): Parsed {
  const ok = (value: unknown): Parsed => ({ ok: true, value });
  const bad = (code: MetaErrorCode): Parsed => ({ ok: false, code });
  if (d.input === "checkboxes") {
    const list = (Array.isArray(raw) ? raw : typeof raw === "string" && raw !== "" ? [raw] : [])
      .map((v) => String(v).trim())
      .filter(Boolean);
    const unique = [...new Set(list)];
    if (unique.some((v) => !SLUG.test(v) || v.length > 100)) return bad("invalid");
    if (Array.isArray(d.options)) {
      if (unique.some((v) => !d.options!.includes(v))) return bad("invalid");
      return ok((d.options as readonly string[]).filter((o) => unique.includes(o)));
    }
    if (d.maxItems !== undefined && unique.length > d.maxItems) return bad("tooMany");
    return ok(unique.sort());
  }
  if (d.input === "list") {
    const text = typeof raw === "string" ? raw : Array.isArray(raw) ? raw.join("\n") : "";
    const entries = [
      ...new Set(
        text
          .split(/[\r\n,]+/)
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ];
    if (d.required && entries.length === 0) return bad("required");
    if (entries.some((e) => e.length > (d.maxLength ?? 100))) return bad("tooLong");
    if (entries.some((e) => !SLUG.test(e))) return bad("invalid");
    if (entries.length > (d.maxItems ?? 50)) return bad("tooMany");
    return ok(entries);
  }
  const s = asText(raw);
  if (s === "") return d.required ? bad("required") : ok(null);
  switch (d.input) {
    case "select":
      if (Array.isArray(d.options)) return d.options.includes(s) ? ok(s) : bad("invalid");
      return SLUG.test(s) && s.length <= 200 ? ok(s) : bad("invalid");
    case "date": {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return bad("invalid");
      const date = new Date(`${s}T00:00:00Z`);
      if (Number.isNaN(date.getTime()) || isoDateOf(date) !== s) return bad("invalid");
      const year = date.getUTCFullYear();
      return year < 1900 || year > 2200 ? bad("outOfRange") : ok(date);
    }
    case "integer": {
      if (!/^-?\d{1,12}$/.test(s)) return bad("invalid");
      const n = Number(s);
      return (d.min !== undefined && n < d.min) || (d.max !== undefined && n > d.max) ? bad("outOfRange") : ok(n);
    }
    case "decimal": {
      const c = canonicalDecimal(s);
      if (c === null || s.length > 40) return bad("invalid");
      if ((c.split(".")[1] ?? "").length > (d.scale ?? 0)) return bad("invalid");
      const n = Number(c);
      return (d.min !== undefined && n < d.min) || (d.max !== undefined && n > d.max) ? bad("outOfRange") : ok(c);
    }
    case "text":
      return s.length > (d.maxLength ?? 200) ? bad("tooLong") : ok(s);
    case "url": {
      if (s.length > (d.maxLength ?? 2000)) return bad("tooLong");
      let u: URL;
      try {
        u = new URL(s);
      } catch {
        return bad("invalid");
      }
      return (u.protocol === "http:" || u.protocol === "https:") && u.hostname.includes(".") ? ok(s) : bad("invalid");
    }
  }
  return bad("invalid");
}

/** A zod schema of `defs`: each field through parseMetaField, its error code as the issue's message. */
export function metaSchema(defs: readonly MetaFieldDef[]) {
  const shape: Record<string, z.ZodType> = {};
  for (const d of defs) {
    shape[d.name] = z
      .unknown()
      .optional()
      .transform((raw, ctx) => {
        const r = parseMetaField(d, raw);
        if (!r.ok) {
          ctx.addIssue({ code: "custom", message: r.code });
          return z.NEVER;
        }
        return r.value;
      });
  }
  return z.object(shape);
}

/** zod issues → one code per field (the first). */
export function metaFieldErrors(error: z.ZodError): MetaFieldErrors {
  const out: MetaFieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path[0];
    if (typeof key !== "string" || out[key]) continue;
    out[key] = (metaErrorCodes as readonly string[]).includes(issue.message)
      ? (issue.message as MetaErrorCode)
      : issue.code === "too_small"
        ? "required"
        : issue.code === "too_big"
          ? "tooLong"
          : "invalid";
  }
  return out;
}

// ---------------------------------------------------------------- the fields of each type

export const metadataTypes = [
  "zone",
  "layout",
  "policy",
  "news",
  "figure",
  "glossary",
] as const satisfies readonly ContentType[];
export type MetadataType = (typeof metadataTypes)[number];
export const isMetadataType = (v: unknown): v is MetadataType =>
  typeof v === "string" && (metadataTypes as readonly string[]).includes(v);

export const publishStatuses = ["draft", "published"] as const;

const status: MetaFieldDef = { name: "status", input: "select", required: true, options: publishStatuses };
const sortOrder: MetaFieldDef = { name: "sortOrder", input: "integer", required: true, min: -100_000, max: 100_000 };
const date = (name: string, required = false): MetaFieldDef => ({ name, input: "date", required });

export const metadataFields: Record<MetadataType, readonly MetaFieldDef[]> = {
  zone: [
    { name: "kind", input: "select", required: true, options: zoneKinds },
    status,
    // Decimal(10, 2)
    { name: "areaNearKm2", input: "decimal", required: false, min: 0, max: 99_999_999.99, scale: 2 },
    { name: "areaTotalKm2", input: "decimal", required: false, min: 0, max: 99_999_999.99, scale: 2 },
    date("approvedOn"),
    date("establishedOn"),
    sortOrder,
  ],
  layout: [
    { name: "kind", input: "select", required: true, options: layoutKinds },
    status,
    { name: "zone", input: "select", required: true, options: "zones" },
    { name: "parent", input: "select", required: false, options: "layoutElements" },
    { name: "linkedZone", input: "select", required: false, options: "zones" },
    { name: "posX", input: "integer", required: true, min: 0, max: 100 },
    { name: "posY", input: "integer", required: true, min: 0, max: 100 },
    sortOrder,
  ],
  policy: [
    status,
    { name: "documentNumber", input: "text", required: false, maxLength: 200 },
    date("issuedOn", true),
    date("effectiveFrom"),
    date("validUntil"),
    { name: "validity", input: "select", required: true, options: policyValidities },
    // The legal status is locale-neutral: one change shows its banner on every language version at once.
    date("validitySince"),
    { name: "validityBy", input: "text", required: false, maxLength: 500 },
    { name: "topics", input: "checkboxes", required: false, options: topicCodes },
    { name: "zones", input: "checkboxes", required: false, options: "zones", maxItems: 50 },
  ],
  news: [
    { name: "kind", input: "select", required: true, options: newsKinds },
    status,
    date("publishedOn"),
    { name: "sourceUrl", input: "url", required: false, maxLength: 2000 },
    { name: "tags", input: "list", required: false, maxLength: 60, maxItems: 30 },
    { name: "zones", input: "checkboxes", required: false, options: "zones", maxItems: 50 },
  ],
  figure: [
    status,
    // Decimal(18, 4)
    { name: "value", input: "decimal", required: true, min: -99_999_999_999_999, max: 99_999_999_999_999, scale: 4 },
    { name: "unit", input: "select", required: true, options: unitCodes },
    date("asOf"),
    { name: "zone", input: "select", required: false, options: "zones" },
    sortOrder,
  ],
  glossary: [status],
};
