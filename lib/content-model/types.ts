// The content model, declared once: each content type's translatable fields (kind, limit, required), where
// it is stored (its Prisma models and keys) and which public page shows it (lib/content-model/pages.ts:
// its address and cache tags). The editor and metadata forms, the server actions, the admin data layer
// (lib/admin/content.ts, history, translations, schedule), the "which pages show this item" rule, the
// public address of an item (search, feeds, emails, the admin's "view on the site") and the tests all
// read this table, so adding a type or a field here is the whole change on the admin side. Every type's
// translations have their own draft/published status (lib/admin/content.ts). The locale-neutral details
// that are enums (zone kinds, validity…) come from Prisma's generated enums (./enums.ts).
//
// No server-only imports: client components read the field list too.
import { z } from "zod";
import type { PageKind } from "./pages";

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

/** Prisma models (client delegate names) that hold a type's items and their translations. */
export type RootModel = "zone" | "layoutElement" | "policy" | "newsArticle" | "keyFigure" | "glossaryTerm" | "question";
export type TranslationModel =
  | "zoneTranslation"
  | "layoutElementTranslation"
  | "policyTranslation"
  | "policySectionTranslation"
  | "policyArticleTranslation"
  | "newsTranslation"
  | "keyFigureTranslation"
  | "glossaryTermTranslation"
  | "questionTranslation";

export interface Storage {
  root: RootModel;
  translation: TranslationModel;
  /** The translation's foreign key to its owner (the root, or a policy section/article). */
  ownerKey: string;
  /** For sections and articles: the owner model, found by policy + anchor. */
  part?: "policySection" | "policyArticle";
  /** The translation's relation to its owner (for the review queue). */
  ownerRel: string;
}

export interface ContentTypeDef {
  fields: readonly FieldDef[];
  storage: Storage;
  /** The public page that shows an item (its address and cache tags: ./pages.ts). */
  page: PageKind;
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
    storage: { root: "zone", translation: "zoneTranslation", ownerKey: "zoneId", ownerRel: "zone" },
    page: "zone",
  },
  layout: {
    fields: [
      f("name", "line", 200, true),
      f("description", "text", 5000),
      f("industries", "list", 200),
      f("anchorFacility", "line", 300),
    ],
    storage: {
      root: "layoutElement",
      translation: "layoutElementTranslation",
      ownerKey: "elementId",
      ownerRel: "element",
    },
    page: "layout",
  },
  policy: {
    fields: [
      f("title", "line", 500, true),
      f("issuer", "line", 300, true),
      f("summary", "text", 2000),
      f("preamble", "markdown", 50_000),
    ],
    storage: { root: "policy", translation: "policyTranslation", ownerKey: "policyId", ownerRel: "policy" },
    page: "policy",
  },
  "policy-section": {
    fields: [f("heading", "line", 300, true)],
    storage: {
      root: "policy",
      part: "policySection",
      translation: "policySectionTranslation",
      ownerKey: "sectionId",
      ownerRel: "section",
    },
    page: "policy",
  },
  "policy-article": {
    fields: [f("heading", "line", 300), f("body", "text", 20_000, true)],
    storage: {
      root: "policy",
      part: "policyArticle",
      translation: "policyArticleTranslation",
      ownerKey: "articleId",
      ownerRel: "article",
    },
    page: "policy",
  },
  news: {
    fields: [
      f("title", "line", 300, true),
      f("summary", "text", 1000, true),
      f("body", "markdown", 50_000, true),
      f("sourceName", "line", 300),
      f("byline", "line", 300),
    ],
    storage: { root: "newsArticle", translation: "newsTranslation", ownerKey: "articleId", ownerRel: "article" },
    page: "news",
  },
  figure: {
    fields: [
      f("label", "line", 300, true),
      f("qualifier", "line", 100),
      f("period", "line", 100),
      f("note", "text", 1000),
    ],
    storage: { root: "keyFigure", translation: "keyFigureTranslation", ownerKey: "figureId", ownerRel: "figure" },
    page: "figure",
  },
  glossary: {
    fields: [f("term", "line", 200, true), f("definition", "text", 2000)],
    storage: {
      root: "glossaryTerm",
      translation: "glossaryTermTranslation",
      ownerKey: "termId",
      ownerRel: "glossaryTerm",
    },
    page: "glossary",
  },
  /** A published question and answer (lib/data/questions.ts), made from an inquiry with the asker's consent. */
  question: {
    fields: [f("question", "text", 5000, true), f("answer", "markdown", 20_000, true)],
    storage: { root: "question", translation: "questionTranslation", ownerKey: "questionId", ownerRel: "item" },
    page: "question",
  },
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
