// What the admin can edit, declared once: each content type's translatable fields (kind, limit,
// required) and whether its translations carry their own publish status. The editor form, the server
// actions, the data layer (lib/admin/content.ts), the translation dashboard and the tests all read
// this table, so adding a field here is the whole change on the admin side. Every type's translations
// have their own draft/published status (lib/admin/content.ts).
//
// No server-only imports: client components read the field list too.
import { z } from "zod";

export const contentTypeKeys = [
  "zone",
  "layout",
  "policy",
  "policy-section",
  "policy-article",
  "news",
  "figure",
  "glossary",
  "question",
] as const;
export type ContentType = (typeof contentTypeKeys)[number];

/** line: one-line input; text: plain multi-line; markdown: rendered by components/ui/markdown.tsx; list: one entry per line. */
export type FieldKind = "line" | "text" | "markdown" | "list";

export interface FieldDef {
  name: string;
  kind: FieldKind;
  /** Characters (for list: per entry). */
  max: number;
  required: boolean;
}

export interface ContentTypeDef {
  fields: readonly FieldDef[];
}

const f = (name: string, kind: FieldKind, max: number, required = false): FieldDef => ({ name, kind, max, required });

export const contentTypes: Record<ContentType, ContentTypeDef> = {
  zone: {
    fields: [
      f("name", "line", 200, true),
      f("shortName", "line", 100, true),
      f("summary", "text", 2000, true),
      f("positioning", "markdown", 20_000),
      f("goals2025", "markdown", 20_000),
      f("goals2035", "markdown", 20_000),
      f("industries", "list", 200),
      f("body", "markdown", 50_000),
    ],
  },
  layout: {
    fields: [
      f("name", "line", 200, true),
      f("description", "text", 5000),
      f("industries", "list", 200),
      f("anchorFacility", "line", 300),
    ],
  },
  policy: {
    fields: [
      f("title", "line", 500, true),
      f("issuer", "line", 300, true),
      f("summary", "text", 2000),
      f("preamble", "markdown", 50_000),
    ],
  },
  "policy-section": { fields: [f("heading", "line", 300, true)] },
  "policy-article": { fields: [f("heading", "line", 300), f("body", "text", 20_000, true)] },
  news: {
    fields: [
      f("title", "line", 300, true),
      f("summary", "text", 1000, true),
      f("body", "markdown", 50_000, true),
      f("sourceName", "line", 300),
      f("byline", "line", 300),
    ],
  },
  figure: {
    fields: [
      f("label", "line", 300, true),
      f("qualifier", "line", 100),
      f("period", "line", 100),
      f("note", "text", 1000),
    ],
  },
  glossary: { fields: [f("term", "line", 200, true), f("definition", "text", 2000)] },
  /** A published question and answer (lib/data/questions.ts), made from an inquiry with the asker's consent. */
  question: { fields: [f("question", "text", 5000, true), f("answer", "markdown", 20_000, true)] },
};

export const isContentType = (v: unknown): v is ContentType =>
  typeof v === "string" && (contentTypeKeys as readonly string[]).includes(v);

/** A list field travels as one entry per line. */
export const MAX_LIST_ENTRIES = 50;

export type FieldErrorCode = "required" | "tooLong" | "invalid" | "tooMany";
export type FieldValues = Record<string, string | string[]>;

/** zod schema of one type's translatable fields (form values are strings; lists are split by line). */
export function fieldsSchema(type: ContentType) {
  const shape: Record<string, z.ZodType> = {};
  for (const d of contentTypes[type].fields) {
    if (d.kind === "list") {
      shape[d.name] = z
        .union([z.string(), z.array(z.string())])
        .default("")
        .transform((v) => (Array.isArray(v) ? v : v.split(/\r?\n/)).map((s) => s.trim()).filter(Boolean))
        .pipe(z.array(z.string().max(d.max)).max(MAX_LIST_ENTRIES));
    } else {
      const s = z.string().trim().max(d.max);
      shape[d.name] = d.required ? s.min(1) : s.default("");
    }
  }
  return z.object(shape);
}

/** A list value as the form shows it. */
export const asFormValue = (v: unknown): string => (Array.isArray(v) ? v.join("\n") : typeof v === "string" ? v : "");

/**
 * Item keys in URLs: a slug for top-level items; "<policy slug>~<anchor>" for a policy's sections and
 * articles (e.g. "changjitu-2014-work-points~article-20").
 */
export const itemKeySchema = z.string().regex(/^[a-z0-9-]{1,200}(~(section|article)-[0-9]{1,4})?$/);
