// What a reader can follow, and its one canonical string (the Follow.target column): a zone, a policy
// document, the incentive finder's filters, or news (all, or by zone and/or kind). Parsed with zod from
// whatever a form or query string carries; anything unknown is refused, never stored.
import { z } from "zod";
import { industryCodes, topicCodes } from "@/lib/content/schema";
import { newsKindSchema } from "@/lib/content-model/enums";

const slug = z.string().regex(/^[a-z0-9-]{1,120}$/);

export const targetSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("zone"), slug }),
  z.object({ kind: z.literal("policy"), slug }),
  z.object({ kind: z.literal("news"), zone: slug.optional(), newsKind: newsKindSchema.optional() }),
  z.object({
    kind: z.literal("incentives"),
    zone: slug.optional(),
    industry: z.enum(industryCodes).optional(),
    topic: z.enum(topicCodes).optional(),
  }),
]);
export type Target = z.infer<typeof targetSchema>;

/** The canonical string of a target: equal targets give equal strings (one Follow row per target). */
export function targetKey(t: Target): string {
  switch (t.kind) {
    case "zone":
    case "policy":
      return `${t.kind}:${t.slug}`;
    case "news": {
      const q = [t.zone && `zone=${t.zone}`, t.newsKind && `kind=${t.newsKind}`].filter(Boolean).join("&");
      return `news:${q || "all"}`;
    }
    case "incentives": {
      const q = [t.zone && `zone=${t.zone}`, t.industry && `industry=${t.industry}`, t.topic && `topic=${t.topic}`]
        .filter(Boolean)
        .join("&");
      return `incentives:${q || "all"}`;
    }
  }
}

/** The target of a canonical string, or null. */
export function parseTargetKey(key: string): Target | null {
  const m = /^(zone|policy|news|incentives):(.{1,200})$/.exec(key);
  if (!m) return null;
  const [, kind, rest] = m as unknown as [string, Target["kind"], string];
  if (kind === "zone" || kind === "policy") return targetSchema.safeParse({ kind, slug: rest }).data ?? null;
  const params = rest === "all" ? {} : Object.fromEntries(rest.split("&").map((p) => p.split("=") as [string, string]));
  const raw = kind === "news" ? { kind, zone: params.zone, newsKind: params.kind } : { kind, ...params };
  return targetSchema.safeParse(raw).data ?? null;
}

/** A target from a form or query string: `follow=zone&slug=…`, `follow=news&zone=…&newsKind=…`, … */
export function targetFromFields(get: (name: string) => string | undefined): Target | null {
  const v = (n: string) => {
    const s = get(n);
    return s ? s : undefined;
  };
  const kind = v("follow");
  const raw =
    kind === "zone" || kind === "policy"
      ? { kind, slug: v("slug") }
      : kind === "news"
        ? { kind, zone: v("zone"), newsKind: v("newsKind") }
        : kind === "incentives"
          ? { kind, zone: v("zone"), industry: v("industry"), topic: v("topic") }
          : null;
  return raw ? (targetSchema.safeParse(raw).data ?? null) : null;
}

/** What a published change touches, for matching against follows (lib/follow/notify.ts). */
export interface ChangeScope {
  subject: "zone" | "policy" | "news";
  slug: string;
  /** Zones the item belongs to (a policy's or news article's zones). */
  zones: string[];
  newsKind?: string;
  /** Changed articles of a policy that grant something, with their zones, industries and topics. */
  grants?: { zones: string[]; industries: string[]; topics: string[] }[];
}

/** Whether a follow's target covers a change. */
export function covers(t: Target, c: ChangeScope): boolean {
  switch (t.kind) {
    case "zone":
      return (c.subject === "zone" && c.slug === t.slug) || (c.subject === "policy" && c.zones.includes(t.slug));
    case "policy":
      return c.subject === "policy" && c.slug === t.slug;
    case "news":
      return (
        c.subject === "news" && (!t.zone || c.zones.includes(t.zone)) && (!t.newsKind || c.newsKind === t.newsKind)
      );
    case "incentives":
      return (
        c.subject === "policy" &&
        (c.grants ?? []).some(
          (g) =>
            (!t.zone || g.zones.includes(t.zone) || (g.zones.length === 0 && c.zones.includes(t.zone))) &&
            (!t.industry || g.industries.includes(t.industry)) &&
            (!t.topic || g.topics.includes(t.topic)),
        )
      );
  }
}

/** Content types whose publication is a public change (zones, policies with their sections and articles, news). */
export const hasPublicHistory = (type: string) =>
  ["zone", "policy", "policy-section", "policy-article", "news"].includes(type);
