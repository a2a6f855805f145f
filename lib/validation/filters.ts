// zod schemas for the query strings of the public lists. Unknown or malformed values are dropped (the
// list is shown unfiltered for that field) instead of failing the page.
import { z } from "zod";
import { industryCodes, topicCodes } from "@/lib/content/schema";
import { newsKindSchema, policyValiditySchema } from "@/lib/content-model/enums";

const slug = z.string().regex(/^[a-z0-9-]{1,80}$/);
const year = z.coerce.number().int().min(1990).max(2100);
const lenient = <T extends z.ZodType>(s: T) => s.optional().catch(undefined);

type Raw = Record<string, string | string[] | undefined>;
const first = (raw: Raw) =>
  Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined]));

export const policyFilterSchema = z.object({
  zone: lenient(slug),
  topic: lenient(z.enum(topicCodes)),
  issuer: lenient(z.string().trim().min(1).max(200)),
  year: lenient(year),
  validity: lenient(policyValiditySchema),
});
export const parsePolicyFilter = (raw: Raw) => policyFilterSchema.parse(first(raw));

export const newsFilterSchema = z.object({
  zone: lenient(slug),
  kind: lenient(newsKindSchema),
  tag: lenient(slug),
  year: lenient(year),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export const parseNewsFilter = (raw: Raw) => newsFilterSchema.parse(first(raw));

export const incentiveFilterSchema = z.object({
  zone: lenient(slug),
  industry: lenient(z.enum(industryCodes)),
  topic: lenient(z.enum(topicCodes)),
});
export const parseIncentiveFilter = (raw: Raw) => incentiveFilterSchema.parse(first(raw));

/** The public questions page (/questions): zone, topic, page. */
export const questionFilterSchema = z.object({
  zone: lenient(slug),
  topic: lenient(z.enum(topicCodes)),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export const parseQuestionFilter = (raw: Raw) => questionFilterSchema.parse(first(raw));

export const compareSchema = z.object({ with: lenient(z.enum(["zh", "ko", "en"])) });

/** The zone comparison's ?z=a&z=b…: well-formed slugs, each once, in the order given. */
export const MAX_COMPARED_ZONES = 4;
/** Joins the chosen slugs into the path segment /zones/compare/<a~b> (proxy.ts rewrites ?z= there). */
export const zoneSetSeparator = "~";
/** The path the proxy rewrites a comparison's query to, or null when the query names no well-formed slug. */
export function zoneComparisonPath(locale: string, zones: string[]): string | null {
  const valid = [...new Set(zones.filter((z) => slug.safeParse(z).success))].slice(0, MAX_COMPARED_ZONES + 1);
  return valid.length ? `/${locale}/zones/compare/${valid.join(zoneSetSeparator)}` : null;
}
export function parseZoneComparison(raw: Raw): { zones: string[]; tooMany: boolean } {
  const values = ([] as (string | undefined)[]).concat(raw.z ?? []);
  const zones = [...new Set(values.filter((v): v is string => slug.safeParse(v).success))];
  return { zones: zones.slice(0, MAX_COMPARED_ZONES), tooMany: zones.length > MAX_COMPARED_ZONES };
}
