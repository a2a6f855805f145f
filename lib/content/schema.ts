// zod schemas for the seed content in content/. The seed loader (lib/content/seed.ts) and the content tests
// validate every file against these before anything touches the database.
import { z } from "zod";
import { localeSchema } from "../validation/common";
import {
  layoutKindSchema,
  newsKindSchema,
  policyValiditySchema,
  zoneKindSchema,
  zoneRelationKindSchema,
} from "../content-model/enums";

export const locales = ["zh", "ko", "en"] as const;
export { localeSchema };
export type ContentLocale = z.infer<typeof localeSchema>;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "lower-case slug with hyphens");
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");
const text = z.string().trim().min(1);
const markdown = z.string();
/** Which seed document (file name in shared/seeds, recorded for traceability) a record comes from. */
const seedRef = z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/);

/** One translation per locale; all three are required for seed content. */
function perLocale<T extends z.ZodType>(schema: T) {
  return z.object({ zh: schema, ko: schema, en: schema });
}

export const topicCodes = [
  "planning",
  "national-support",
  "institutional-innovation",
  "transport",
  "ports-customs",
  "platforms",
  "industry",
  "tourism",
  "logistics",
  "investment-promotion",
  "growth-poles",
  "free-trade",
  "cross-border-trade",
  "finance",
  "talent-exchange",
  "implementation",
] as const;
export const topicSchema = z.enum(topicCodes);

/** Industry codes shared by policy articles, zones and the incentive finder. */
export const industryCodes = [
  "automotive",
  "new-energy-vehicles",
  "equipment-manufacturing",
  "biomedicine-health",
  "food-agriculture",
  "new-materials",
  "information-technology",
  "culture-media",
  "logistics",
  "cross-border-ecommerce",
  "trade",
  "tourism",
  "finance",
  "energy-resources",
  "aviation",
  "petrochemicals",
] as const;
export const industrySchema = z.enum(industryCodes);

export const unitCodes = [
  "km2",
  "m2",
  "km",
  "project",
  "enterprise",
  "zone",
  "province",
  "country",
  "teu",
  "teu-per-month",
  "eur-100m",
  "cny-100m",
  "cny-10k",
  "usd-100m",
  "percent",
  "item",
  "flight",
  "parcel-10k",
  "declaration",
  "school",
  "class",
  "school-place",
  "station",
  "link",
  "year",
] as const;
export const unitSchema = z.enum(unitCodes);

// ------------------------------------------------------------------ zones

export const zoneTranslationSchema = z.object({
  name: text,
  shortName: text,
  summary: text,
  positioning: markdown.default(""),
  goals2025: markdown.default(""),
  goals2035: markdown.default(""),
  industries: z.array(text).default([]),
  body: markdown.default(""),
});

export const zoneSchema = z.object({
  slug,
  kind: zoneKindSchema,
  originalLocale: localeSchema,
  sortOrder: z.number().int(),
  areaNearKm2: z.number().positive().nullable().default(null),
  areaTotalKm2: z.number().positive().nullable().default(null),
  approvedOn: isoDate.nullable().default(null),
  establishedOn: isoDate.nullable().default(null),
  /** The news article (slug) or policy (slug) that states the zone's facts. */
  source: z.object({ type: z.enum(["news", "policy"]), slug }),
  seeds: z.array(seedRef).min(1),
  relations: z.array(z.object({ to: slug, kind: zoneRelationKindSchema })).default([]),
  translations: perLocale(zoneTranslationSchema),
});

// ------------------------------------------------------------------ layout

export const layoutElementSchema = z.object({
  slug,
  kind: layoutKindSchema,
  zone: slug,
  linkedZone: slug.nullable().default(null),
  parent: slug.nullable().default(null),
  posX: z.number().int().min(0).max(100),
  posY: z.number().int().min(0).max(100),
  sortOrder: z.number().int(),
  originalLocale: localeSchema,
  sourceNews: slug,
  translations: perLocale(
    z.object({
      name: text,
      description: markdown.default(""),
      industries: z.array(text).default([]),
      anchorFacility: z.string().default(""),
    }),
  ),
});

// ------------------------------------------------------------------ policies

export const policyMetaSchema = z.object({
  slug,
  originalLocale: localeSchema,
  documentNumber: z.string().nullable().default(null),
  issuedOn: isoDate,
  effectiveFrom: isoDate.nullable().default(null),
  validUntil: isoDate.nullable().default(null),
  validity: policyValiditySchema,
  topics: z.array(topicSchema),
  zones: z.array(slug),
  seed: seedRef,
  sections: z.array(z.object({ number: z.number().int().positive() })).min(1),
  articles: z
    .array(
      z.object({
        number: z.number().int().positive(),
        section: z.number().int().positive(),
        grants: z.boolean(),
        topics: z.array(topicSchema).min(1),
        industries: z.array(industrySchema).default([]),
        zones: z.array(slug).default([]),
      }),
    )
    .min(1),
});

export const policyTextSchema = z.object({
  title: text,
  issuer: text,
  summary: text,
  preamble: markdown,
  sections: z.array(z.object({ number: z.number().int().positive(), heading: text })).min(1),
  articles: z.array(z.object({ number: z.number().int().positive(), heading: text, body: text })).min(1),
});

// ------------------------------------------------------------------ news

export const newsSchema = z.object({
  slug,
  kind: newsKindSchema,
  originalLocale: localeSchema,
  /** null when the seed gives no full date (e.g. only "5月27日"); the body keeps what the seed says. */
  publishedOn: isoDate.nullable(),
  sourceUrl: z.url().nullable().default(null),
  zones: z.array(slug),
  tags: z.array(slug),
  seed: seedRef,
  translations: perLocale(
    z.object({
      title: text,
      summary: text,
      body: markdown.pipe(z.string().min(1)),
      /** Empty when the seed does not name its source. */
      sourceName: z.string().default(""),
      byline: z.string().default(""),
    }),
  ),
});

// ------------------------------------------------------------------ key figures

export const figureSchema = z.object({
  slug,
  zone: slug.nullable().default(null),
  value: z.number(),
  unit: unitSchema,
  /** null when the seed gives only a period; translations then carry it in `period`. */
  asOf: isoDate.nullable(),
  source: z.object({ type: z.enum(["news", "policy"]), slug }),
  /** The phrase in the original seed this figure is read from, verbatim (for traceability tests). */
  quote: text,
  sortOrder: z.number().int(),
  originalLocale: localeSchema,
  translations: perLocale(
    z.object({
      label: text,
      qualifier: z.string().default(""),
      period: z.string().default(""),
      note: z.string().default(""),
    }),
  ),
});

// ------------------------------------------------------------------ glossary

export const glossarySchema = z.object({
  slug,
  originalLocale: localeSchema,
  translations: perLocale(z.object({ term: text, definition: z.string().default("") })),
  /**
   * Renderings of the term that must not be used (calques, a second rendering of the same term, a
   * prefecture's name for a city's): the language tests fail on them and the admin editor warns. Only the
   * portal's own renderings are listed, so a match is always a mistake or a marked quotation
   * (content/lint-exceptions.json).
   */
  rejected: z
    .object({ zh: z.array(text).optional(), ko: z.array(text).optional(), en: z.array(text).optional() })
    .default({}),
});

/**
 * A place where a language check does not apply because the text quotes a source verbatim (e.g. the
 * English original of a news article keeps "100 million yuan"): which item, language and check, the
 * exact text allowed, and why.
 */
export const lintExceptionSchema = z.object({
  item: z.string().regex(/^(zone|layout|figure|glossary|news|policy):[a-z0-9-]+$/),
  locale: localeSchema,
  check: z.enum(["glossary", "register", "place-names", "hanja", "money"]),
  text: text,
  reason: text,
});
export const lintExceptionsFileSchema = z.array(lintExceptionSchema);
export type LintException = z.infer<typeof lintExceptionSchema>;

export const zonesFileSchema = z.array(zoneSchema);
export const layoutFileSchema = z.array(layoutElementSchema);
export const figuresFileSchema = z.array(figureSchema);
export const glossaryFileSchema = z.array(glossarySchema);

export type ZoneContent = z.infer<typeof zoneSchema>;
export type LayoutElementContent = z.infer<typeof layoutElementSchema>;
export type PolicyMeta = z.infer<typeof policyMetaSchema>;
export type PolicyText = z.infer<typeof policyTextSchema>;
export type NewsContent = z.infer<typeof newsSchema>;
export type FigureContent = z.infer<typeof figureSchema>;
export type GlossaryContent = z.infer<typeof glossarySchema>;
