// The structure of a policy document in the admin: its numbered sections and articles, in order. Add a
// section or an article (text in the policy's original language), delete an article or an empty section,
// move an article within its section or a section within the document, and set an article's flags for
// the incentive finder (grants, topics, industries, zones). The text of each section and article in each
// language is edited in the content editor (lib/admin/content.ts, types "policy-section" and
// "policy-article").
//
// Numbers and anchors are stable: a section or article keeps its number (and so its permalink
// "#section-N" / "#article-N") when it moves; a new one gets a number not used in the policy. Order is
// `sortOrder`: sections 0…n-1 in the document, articles 0…m-1 through the whole document (section by
// section), rewritten after every change so the admin's lists and the public page agree.
//
// A new section or article gets a text row in the original language only. The public page
// (lib/data/policies.ts, getPolicy) shows the original's text for a locale without a row, marked with its
// own `lang`, so nothing breaks, and the translation is visibly missing until someone adds it.
//
// Every function takes the acting user and checks `content:edit` itself (translators and anonymous
// callers are refused). Each change is one transaction that first bumps Policy.version if it is still
// the version the page was opened at (else "stale", nothing written; the bump also locks the policy
// row, so two changes to one policy never interleave), writes an AuditLog row "policy.structure", and
// then invalidates the policy's cache tags.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { locales, type Locale } from "@/i18n/routing";
import { can, type AdminUser } from "@/lib/auth/permissions";
import { invalidate } from "@/lib/revalidate";
import { contentTypes } from "@/lib/content-model/types";
import { industryCodes, topicCodes } from "@/lib/content/schema";
import { metaFieldErrors, type MetaFieldErrors } from "@/lib/content-model/metadata";
import { textIn } from "@/lib/data/translation";
import { slugParamSchema, localeSchema } from "@/lib/validation/common";

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

export type StructureFailure = { ok: false; error: "forbidden" | "stale" | "notFound" | "notEmpty" | "cannotMove" };
export type StructureInvalid = { ok: false; error: "invalid"; fieldErrors: MetaFieldErrors };
export type StructureResult = { ok: true; version: number; anchor: string } | StructureFailure | StructureInvalid;

/** Largest section/article number (the item keys in URLs allow four digits). */
export const MAX_NUMBER = 9999;

const limit = (type: "policy-section" | "policy-article", name: string) =>
  contentTypes[type].fields.find((f) => f.name === name)!.max;
export const HEADING_MAX = limit("policy-article", "heading");
export const SECTION_HEADING_MAX = limit("policy-section", "heading");
export const BODY_MAX = limit("policy-article", "body");

// ---------------------------------------------------------------- reading

export interface StructureArticle {
  number: number;
  anchor: string;
  heading: string;
  /** The start of the body, for telling articles apart (the original language). */
  excerpt: string;
  grants: boolean;
  topics: string[];
  industries: string[];
  zoneSlugs: string[];
  /** Locales that have a text row. */
  locales: Locale[];
}

export interface StructureSection {
  number: number;
  anchor: string;
  heading: string;
  locales: Locale[];
  articles: StructureArticle[];
}

export interface PolicyStructure {
  slug: string;
  title: string;
  originalLocale: Locale;
  version: number;
  sections: StructureSection[];
  /** Suggested numbers for a new section / article. */
  nextSectionNumber: number;
  nextArticleNumber: number;
  /** Zones an article can be about (slug, name in its original language). */
  zones: { slug: string; name: string; lang: Locale }[];
}

type Failure = { ok: false; error: "forbidden" | "notFound" };

const presentLocales = (rows: { locale: Locale }[]) => locales.filter((l) => rows.some((r) => r.locale === l));
const inOriginal = <T extends { locale: Locale }>(rows: T[], original: Locale) => textIn(rows, original);

/** The policy's sections and articles in order, headings in the original language. */
export async function getPolicyStructure(
  actor: AdminUser | null,
  slug: unknown,
): Promise<{ ok: true; policy: PolicyStructure } | Failure> {
  if (!can(actor, "content:edit")) return { ok: false, error: "forbidden" };
  const s = slugParamSchema.safeParse(slug);
  if (!s.success) return { ok: false, error: "notFound" };
  const p = await db.policy.findUnique({
    where: { slug: s.data },
    include: {
      translations: { select: { locale: true, title: true } },
      sections: {
        orderBy: { sortOrder: "asc" },
        include: {
          translations: { select: { locale: true, heading: true } },
          articles: {
            orderBy: { sortOrder: "asc" },
            include: { translations: { select: { locale: true, heading: true, body: true } } },
          },
        },
      },
    },
  });
  if (!p) return { ok: false, error: "notFound" };
  const [maxSection, maxArticle, zones] = await Promise.all([
    db.policySection.aggregate({ where: { policyId: p.id }, _max: { number: true } }),
    db.policyArticle.aggregate({ where: { policyId: p.id }, _max: { number: true } }),
    db.zone.findMany({
      orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
      select: { slug: true, originalLocale: true, translations: { select: { locale: true, name: true } } },
    }),
  ]);
  const o = p.originalLocale;
  return {
    ok: true,
    policy: {
      slug: p.slug,
      title: inOriginal(p.translations, o)?.title ?? p.slug,
      originalLocale: o,
      version: p.version,
      nextSectionNumber: Math.min((maxSection._max.number ?? 0) + 1, MAX_NUMBER),
      nextArticleNumber: Math.min((maxArticle._max.number ?? 0) + 1, MAX_NUMBER),
      zones: zones.map((z) => {
        const t = inOriginal(z.translations, z.originalLocale);
        return { slug: z.slug, name: t?.name ?? z.slug, lang: t?.locale ?? z.originalLocale };
      }),
      sections: p.sections.map((sec) => ({
        number: sec.number,
        anchor: sec.anchor,
        heading: inOriginal(sec.translations, o)?.heading ?? "",
        locales: presentLocales(sec.translations),
        articles: sec.articles.map((a) => {
          const t = inOriginal(a.translations, o);
          const body = t?.body ?? "";
          return {
            number: a.number,
            anchor: a.anchor,
            heading: t?.heading ?? "",
            excerpt: body.length > 120 ? `${body.slice(0, 120)}…` : body,
            grants: a.grants,
            topics: a.topics,
            industries: a.industries,
            zoneSlugs: a.zoneSlugs,
            locales: presentLocales(a.translations),
          };
        }),
      })),
    },
  };
}

// ---------------------------------------------------------------- writing: the common frame

const version = z.coerce.number().int().min(1).max(2_147_483_647);
const base = { policy: slugParamSchema, expectedVersion: version };
const anchorOf = (kind: "section" | "article", n: number) => `${kind}-${n}`;
const sectionAnchor = z.string().regex(/^section-[0-9]{1,4}$/);
const articleAnchor = z.string().regex(/^article-[0-9]{1,4}$/);
/** "" → the suggested number; else 1…9999. */
const optionalNumber = z
  .union([z.string(), z.number()])
  .optional()
  .transform((v, ctx) => {
    const s = String(v ?? "").trim();
    if (s === "") return null;
    if (!/^\d{1,6}$/.test(s)) {
      ctx.addIssue({ code: "custom", message: "invalid" });
      return z.NEVER;
    }
    const n = Number(s);
    if (n < 1 || n > MAX_NUMBER) {
      ctx.addIssue({ code: "custom", message: "outOfRange" });
      return z.NEVER;
    }
    return n;
  });
const text = (max: number, required: boolean) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      const s = (v ?? "").trim();
      if (required && s === "") ctx.addIssue({ code: "custom", message: "required" });
      else if (s.length > max) ctx.addIssue({ code: "custom", message: "tooLong" });
      return s;
    });
/** The confirmation box of a delete form: must be ticked. */
const confirmed = z
  .unknown()
  .optional()
  .transform((v, ctx) => {
    if (v === true || v === "yes" || v === "on") return true;
    ctx.addIssue({ code: "custom", message: "required" });
    return z.NEVER;
  });
const direction = z.enum(["up", "down"]);

interface Ctx {
  tx: Tx;
  policy: { id: string; slug: string; originalLocale: Locale };
  version: number;
  actor: AdminUser;
}

class Abort {
  constructor(readonly result: StructureFailure | StructureInvalid) {}
}
const fail = (error: StructureFailure["error"]): never => {
  throw new Abort({ ok: false, error });
};
const invalidField = (fieldErrors: MetaFieldErrors): never => {
  throw new Abort({ ok: false, error: "invalid", fieldErrors });
};

/**
 * Checks the permission and the input, then in one transaction: the policy by slug, its version bumped
 * if still `expectedVersion`, `change` (which may abort, rolling everything back), the AuditLog row.
 */
async function structureChange<S extends z.ZodType<{ policy: string; expectedVersion: number }>>(
  actor: AdminUser | null,
  op: string,
  schema: S,
  input: unknown,
  change: (c: Ctx, v: z.output<S>) => Promise<{ anchor: string; details?: Record<string, unknown> }>,
): Promise<StructureResult> {
  if (!can(actor, "content:edit")) return { ok: false, error: "forbidden" };
  const parsed = schema.safeParse(input ?? {});
  if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: metaFieldErrors(parsed.error) };
  const v = parsed.data;
  let slug = "";
  let result: StructureResult;
  try {
    result = await db.$transaction(async (tx): Promise<StructureResult> => {
      const policy = await tx.policy.findUnique({
        where: { slug: v.policy },
        select: { id: true, slug: true, originalLocale: true },
      });
      if (!policy) return fail("notFound");
      const bumped = await tx.policy.updateMany({
        where: { id: policy.id, version: v.expectedVersion },
        data: { version: { increment: 1 } },
      });
      if (bumped.count !== 1) return fail("stale");
      slug = policy.slug;
      const ver = v.expectedVersion + 1;
      const done = await change({ tx, policy, version: ver, actor: actor! }, v);
      await tx.auditLog.create({
        data: {
          userId: actor!.id,
          action: "policy.structure",
          target: `policy:${policy.slug}`,
          details: { op, anchor: done.anchor, version: ver, ...done.details } as object,
        },
      });
      return { ok: true, version: ver, anchor: done.anchor };
    });
  } catch (e) {
    if (e instanceof Abort) return e.result;
    throw e;
  }
  if (result.ok) invalidate({ type: "policy", slug });
  return result;
}

/** Rewrites sortOrder: sections 0…n-1 in `sectionOrder`; articles 0…m-1 section by section, in `articleOrder` within each. */
async function renumber(tx: Tx, policyId: string, order?: { sections?: string[]; articles?: string[] }) {
  const sections = await tx.policySection.findMany({
    where: { policyId },
    orderBy: [{ sortOrder: "asc" }, { number: "asc" }],
    select: { id: true, sortOrder: true },
  });
  const articles = await tx.policyArticle.findMany({
    where: { policyId },
    orderBy: [{ sortOrder: "asc" }, { number: "asc" }],
    select: { id: true, sectionId: true, sortOrder: true },
  });
  const rank = (ids: string[] | undefined, id: string, fallback: number) =>
    ids && ids.includes(id) ? ids.indexOf(id) : fallback;
  const sectionIds = sections
    .map((s, i) => ({ s, r: rank(order?.sections, s.id, i) }))
    .sort((a, b) => a.r - b.r)
    .map((x) => x.s);
  let n = 0;
  for (const [i, s] of sectionIds.entries())
    if (s.sortOrder !== i) await tx.policySection.update({ where: { id: s.id }, data: { sortOrder: i } });
  for (const s of sectionIds) {
    const own = articles
      .filter((a) => a.sectionId === s.id)
      .map((a, i) => ({ a, r: rank(order?.articles, a.id, i) }))
      .sort((x, y) => x.r - y.r)
      .map((x) => x.a);
    for (const a of own) {
      if (a.sortOrder !== n) await tx.policyArticle.update({ where: { id: a.id }, data: { sortOrder: n } });
      n++;
    }
  }
}

async function findSection(c: Ctx, anchor: string) {
  return (
    (await c.tx.policySection.findFirst({
      where: { policyId: c.policy.id, anchor },
      select: { id: true, number: true },
    })) ?? fail("notFound")
  );
}
async function findArticle(c: Ctx, anchor: string) {
  return (
    (await c.tx.policyArticle.findFirst({
      where: { policyId: c.policy.id, anchor },
      select: { id: true, number: true, sectionId: true },
    })) ?? fail("notFound")
  );
}

// ---------------------------------------------------------------- the changes

const addSectionSchema = z.object({ ...base, number: optionalNumber, heading: text(SECTION_HEADING_MAX, true) });

/** A new section at the end of the document: `{ policy, expectedVersion, number?, heading }`. */
export function addSection(actor: AdminUser | null, input: unknown) {
  return structureChange(actor, "addSection", addSectionSchema, input, async (c, v) => {
    const number =
      v.number ??
      ((await c.tx.policySection.aggregate({ where: { policyId: c.policy.id }, _max: { number: true } }))._max.number ??
        0) + 1;
    if (number > MAX_NUMBER) invalidField({ number: "outOfRange" });
    const anchor = anchorOf("section", number);
    if (
      await c.tx.policySection.findFirst({
        where: { policyId: c.policy.id, OR: [{ number }, { anchor }] },
        select: { id: true },
      })
    )
      invalidField({ number: "taken" });
    const last = await c.tx.policySection.aggregate({ where: { policyId: c.policy.id }, _max: { sortOrder: true } });
    await c.tx.policySection.create({
      data: {
        policyId: c.policy.id,
        number,
        anchor,
        sortOrder: (last._max.sortOrder ?? -1) + 1,
        translations: { create: { locale: c.policy.originalLocale, heading: v.heading } },
      },
    });
    await renumber(c.tx, c.policy.id);
    return { anchor, details: { number, heading: v.heading } };
  });
}

const addArticleSchema = z.object({
  ...base,
  section: sectionAnchor,
  number: optionalNumber,
  heading: text(HEADING_MAX, false),
  body: text(BODY_MAX, true),
});

/** A new article at the end of a section: `{ policy, expectedVersion, section: "section-N", number?, heading, body }`. */
export function addArticle(actor: AdminUser | null, input: unknown) {
  return structureChange(actor, "addArticle", addArticleSchema, input, async (c, v) => {
    const section = await c.tx.policySection.findFirst({
      where: { policyId: c.policy.id, anchor: v.section },
      select: { id: true },
    });
    if (!section) return invalidField({ section: "unknown" });
    const number =
      v.number ??
      ((await c.tx.policyArticle.aggregate({ where: { policyId: c.policy.id }, _max: { number: true } }))._max.number ??
        0) + 1;
    if (number > MAX_NUMBER) invalidField({ number: "outOfRange" });
    const anchor = anchorOf("article", number);
    if (
      await c.tx.policyArticle.findFirst({
        where: { policyId: c.policy.id, OR: [{ number }, { anchor }] },
        select: { id: true },
      })
    )
      invalidField({ number: "taken" });
    // Last in its section; renumber() then makes the whole document's order consecutive again.
    const last = await c.tx.policyArticle.aggregate({ where: { sectionId: section.id }, _max: { sortOrder: true } });
    await c.tx.policyArticle.create({
      data: {
        policyId: c.policy.id,
        sectionId: section.id,
        number,
        anchor,
        sortOrder: (last._max.sortOrder ?? -1) + 1,
        translations: { create: { locale: c.policy.originalLocale, heading: v.heading, body: v.body } },
      },
    });
    const created = await c.tx.policyArticle.findFirstOrThrow({
      where: { policyId: c.policy.id, anchor },
      select: { id: true },
    });
    const inSection = await c.tx.policyArticle.findMany({
      where: { sectionId: section.id },
      orderBy: [{ sortOrder: "asc" }, { number: "asc" }],
      select: { id: true },
    });
    await renumber(c.tx, c.policy.id, {
      articles: [...inSection.map((a) => a.id).filter((id) => id !== created.id), created.id],
    });
    return { anchor, details: { number, section: v.section, heading: v.heading } };
  });
}

const deleteSchema = (anchor: typeof sectionAnchor) => z.object({ ...base, anchor, confirm: confirmed });

/** What a deleted article was, kept in its "deleteArticle" audit entry so that the deletion can be undone. */
const deletedArticleSchema = z.object({
  number: z.number().int(),
  section: z.string(),
  grants: z.boolean(),
  topics: z.array(z.string()),
  industries: z.array(z.string()),
  zoneSlugs: z.array(z.string()),
  translations: z.array(
    z.object({
      id: z.string(),
      locale: localeSchema,
      status: z.enum(["draft", "published"]),
      heading: z.string(),
      body: z.string(),
      revision: z.number().int(),
      sourceRevision: z.number().int().nullable(),
    }),
  ),
});

/**
 * Deletes an article and its text in every language: `{ policy, expectedVersion, anchor: "article-N",
 * confirm: true }`. Nothing is lost: each language's text is kept as a Revision row (its history goes on
 * if the article comes back), and the audit entry holds the whole article, which restoreArticle brings back.
 */
export function deleteArticle(actor: AdminUser | null, input: unknown) {
  return structureChange(actor, "deleteArticle", deleteSchema(articleAnchor), input, async (c, v) => {
    const a = await findArticle(c, v.anchor);
    const full = await c.tx.policyArticle.findUniqueOrThrow({
      where: { id: a.id },
      select: {
        grants: true,
        topics: true,
        industries: true,
        zoneSlugs: true,
        section: { select: { anchor: true } },
        translations: true,
      },
    });
    for (const t of full.translations) {
      await c.tx.revision.create({
        data: {
          entityType: "policy-article-translation",
          entityId: t.id,
          locale: t.locale,
          version: c.version,
          data: {
            key: `${c.policy.slug}~${v.anchor}`,
            heading: t.heading,
            body: t.body,
            revision: t.revision,
            sourceRevision: t.sourceRevision,
            deleted: true,
          },
          userId: c.actor.id,
        },
      });
    }
    const original = full.translations.find((t) => t.locale === c.policy.originalLocale);
    await c.tx.policyArticle.delete({ where: { id: a.id } });
    await renumber(c.tx, c.policy.id);
    const article: z.infer<typeof deletedArticleSchema> = {
      number: a.number,
      section: full.section.anchor,
      grants: full.grants,
      topics: full.topics,
      industries: full.industries,
      zoneSlugs: full.zoneSlugs,
      translations: full.translations.map((t) => ({
        id: t.id,
        locale: t.locale,
        status: t.status,
        heading: t.heading,
        body: t.body,
        revision: t.revision,
        sourceRevision: t.sourceRevision,
      })),
    };
    // The deleted text stays readable in the audit trail, and the whole article can be brought back.
    return {
      anchor: v.anchor,
      details: { number: a.number, heading: original?.heading ?? "", body: original?.body ?? "", article },
    };
  });
}

export interface DeletedArticle {
  /** The audit entry of the deletion (restoreArticle names it). */
  id: string;
  anchor: string;
  number: number;
  heading: string;
  at: Date;
}

/** Articles deleted from a policy (newest first) that are not back yet and can be restored (content:edit). */
export async function listDeletedArticles(actor: AdminUser | null, slug: string): Promise<DeletedArticle[]> {
  if (!can(actor, "content:edit") || !slugParamSchema.safeParse(slug).success) return [];
  const policy = await db.policy.findUnique({ where: { slug }, select: { id: true } });
  if (!policy) return [];
  const [entries, present] = await Promise.all([
    db.auditLog.findMany({
      where: {
        action: "policy.structure",
        target: `policy:${slug}`,
        details: { path: ["op"], equals: "deleteArticle" },
      },
      orderBy: { at: "desc" },
      take: 50,
    }),
    db.policyArticle.findMany({ where: { policyId: policy.id }, select: { anchor: true } }),
  ]);
  const taken = new Set(present.map((a) => a.anchor));
  const seen = new Set<string>();
  return entries.flatMap((e) => {
    const d = (e.details ?? {}) as Record<string, unknown>;
    const anchor = typeof d.anchor === "string" ? d.anchor : "";
    if (!deletedArticleSchema.safeParse(d.article).success || taken.has(anchor) || seen.has(anchor)) return [];
    seen.add(anchor);
    return [
      { id: e.id, anchor, number: Number(d.number), heading: typeof d.heading === "string" ? d.heading : "", at: e.at },
    ];
  });
}

const restoreSchema = z.object({ ...base, deletion: z.string().min(1).max(64) });

/**
 * Undoes a deletion: `{ policy, expectedVersion, deletion: <the audit entry's id> }`. The article comes
 * back with its number, anchor, flags and its text in every language (the same rows' ids, so their
 * history continues), in its section before the first article with a higher number. Refused when its number is taken by now
 * ("invalid", number: taken) or its section is gone ("notFound").
 */
export function restoreArticle(actor: AdminUser | null, input: unknown) {
  return structureChange(actor, "restoreArticle", restoreSchema, input, async (c, v) => {
    const entry = await c.tx.auditLog.findFirst({
      where: { id: v.deletion, action: "policy.structure", target: `policy:${c.policy.slug}` },
    });
    const d = (entry?.details ?? {}) as Record<string, unknown>;
    const parsed = deletedArticleSchema.safeParse(d.article);
    if (!entry || d.op !== "deleteArticle" || !parsed.success) return fail("notFound");
    const a = parsed.data;
    const anchor = anchorOf("article", a.number);
    const section = await findSection(c, a.section);
    if (
      await c.tx.policyArticle.findFirst({
        where: { policyId: c.policy.id, OR: [{ number: a.number }, { anchor }] },
        select: { id: true },
      })
    )
      invalidField({ number: "taken" });
    const created = await c.tx.policyArticle.create({
      data: {
        policyId: c.policy.id,
        sectionId: section.id,
        number: a.number,
        anchor,
        sortOrder: 0,
        grants: a.grants,
        topics: a.topics,
        industries: a.industries,
        zoneSlugs: a.zoneSlugs,
        translations: {
          create: a.translations.map((t) => ({
            id: t.id,
            locale: t.locale,
            status: t.status,
            heading: t.heading,
            body: t.body,
            revision: t.revision,
            sourceRevision: t.sourceRevision,
          })),
        },
      },
      select: { id: true },
    });
    // Back in its section before the first article with a higher number (the section's order otherwise kept).
    const siblings = (
      await c.tx.policyArticle.findMany({
        where: { sectionId: section.id },
        orderBy: [{ sortOrder: "asc" }, { number: "asc" }],
        select: { id: true, number: true },
      })
    ).filter((x) => x.id !== created.id);
    const at = siblings.findIndex((x) => x.number > a.number);
    const ids = siblings.map((x) => x.id);
    ids.splice(at === -1 ? ids.length : at, 0, created.id);
    await renumber(c.tx, c.policy.id, { articles: ids });
    return { anchor, details: { number: a.number, deletion: v.deletion, restoredId: created.id } };
  });
}

/** Deletes a section that has no articles left: `{ policy, expectedVersion, anchor: "section-N", confirm: true }`. */
export function deleteSection(actor: AdminUser | null, input: unknown) {
  return structureChange(actor, "deleteSection", deleteSchema(sectionAnchor), input, async (c, v) => {
    const s = await findSection(c, v.anchor);
    if ((await c.tx.policyArticle.count({ where: { sectionId: s.id } })) > 0) fail("notEmpty");
    const t = await c.tx.policySectionTranslation.findFirst({
      where: { sectionId: s.id, locale: c.policy.originalLocale },
      select: { heading: true },
    });
    await c.tx.policySection.delete({ where: { id: s.id } });
    await renumber(c.tx, c.policy.id);
    return { anchor: v.anchor, details: { number: s.number, heading: t?.heading ?? "" } };
  });
}

const moveSchema = (anchor: typeof sectionAnchor) => z.object({ ...base, anchor, direction });

/** Swaps an article with its neighbour in its section: `{ policy, expectedVersion, anchor, direction: "up" | "down" }`. */
export function moveArticle(actor: AdminUser | null, input: unknown) {
  return structureChange(actor, "moveArticle", moveSchema(articleAnchor), input, async (c, v) => {
    const a = await findArticle(c, v.anchor);
    const siblings = (
      await c.tx.policyArticle.findMany({
        where: { sectionId: a.sectionId },
        orderBy: [{ sortOrder: "asc" }, { number: "asc" }],
        select: { id: true },
      })
    ).map((x) => x.id);
    const i = siblings.indexOf(a.id);
    const j = v.direction === "up" ? i - 1 : i + 1;
    if (j < 0 || j >= siblings.length) fail("cannotMove");
    [siblings[i], siblings[j]] = [siblings[j]!, siblings[i]!];
    await renumber(c.tx, c.policy.id, { articles: siblings });
    return { anchor: v.anchor, details: { direction: v.direction } };
  });
}

/** Swaps a section with its neighbour (its articles move with it): `{ policy, expectedVersion, anchor, direction }`. */
export function moveSection(actor: AdminUser | null, input: unknown) {
  return structureChange(actor, "moveSection", moveSchema(sectionAnchor), input, async (c, v) => {
    const s = await findSection(c, v.anchor);
    const order = (
      await c.tx.policySection.findMany({
        where: { policyId: c.policy.id },
        orderBy: [{ sortOrder: "asc" }, { number: "asc" }],
        select: { id: true },
      })
    ).map((x) => x.id);
    const i = order.indexOf(s.id);
    const j = v.direction === "up" ? i - 1 : i + 1;
    if (j < 0 || j >= order.length) fail("cannotMove");
    [order[i], order[j]] = [order[j]!, order[i]!];
    await renumber(c.tx, c.policy.id, { sections: order });
    return { anchor: v.anchor, details: { direction: v.direction } };
  });
}

/** A subset of `codes` from a posted list (checkboxes: one value, several or none). */
const codesOf = (codes: readonly string[] | null) =>
  z
    .unknown()
    .optional()
    .transform((raw, ctx) => {
      const list = [
        ...new Set(
          (Array.isArray(raw) ? raw : typeof raw === "string" && raw !== "" ? [raw] : [])
            .map((x) => String(x).trim())
            .filter(Boolean),
        ),
      ];
      if (list.length > 50 || list.some((x) => !/^[a-z0-9-]{1,100}$/.test(x) || (codes && !codes.includes(x)))) {
        ctx.addIssue({ code: "custom", message: "invalid" });
        return z.NEVER;
      }
      return codes ? codes.filter((c) => list.includes(c)) : list.sort();
    });
const flag = z
  .unknown()
  .optional()
  .transform((v) => v === true || v === "on" || v === "yes" || v === "true");

const flagsSchema = z.object({
  ...base,
  anchor: articleAnchor,
  grants: flag,
  topics: codesOf(topicCodes),
  industries: codesOf(industryCodes),
  zoneSlugs: codesOf(null),
});

/** An article's flags for the incentive finder: `{ policy, expectedVersion, anchor, grants, topics[], industries[], zoneSlugs[] }`. */
export function setArticleFlags(actor: AdminUser | null, input: unknown) {
  return structureChange(actor, "articleFlags", flagsSchema, input, async (c, v) => {
    const a = await findArticle(c, v.anchor);
    if (
      v.zoneSlugs.length > 0 &&
      (await c.tx.zone.count({ where: { slug: { in: v.zoneSlugs } } })) !== v.zoneSlugs.length
    ) {
      invalidField({ zoneSlugs: "unknown" });
    }
    const before = await c.tx.policyArticle.findUniqueOrThrow({
      where: { id: a.id },
      select: { grants: true, topics: true, industries: true, zoneSlugs: true },
    });
    const after = { grants: v.grants, topics: v.topics, industries: v.industries, zoneSlugs: v.zoneSlugs };
    await c.tx.policyArticle.update({ where: { id: a.id }, data: after });
    const changes = Object.fromEntries(
      (Object.keys(after) as (keyof typeof after)[])
        .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
        .map((k) => [k, { from: before[k], to: after[k] }]),
    );
    return { anchor: v.anchor, details: { changes } };
  });
}
