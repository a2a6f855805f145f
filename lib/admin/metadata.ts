// Editing the locale-neutral fields of every content item in the admin (the text per locale is
// lib/admin/content.ts): a zone's kind, areas, dates, order and status; a layout element's kind,
// position, zone, parent and linked zone; a policy's number, dates, validity, topics and zones; a news
// article's kind, date, source address, tags and zones; a key figure's value, unit, date, zone and order;
// a glossary term's status.
//
// The fields of each type are declared once in the content model (lib/content-model/metadata.ts
// `metadataFields`): the form, the server action, the validation and the write all follow that table. Every function takes the acting user and checks
// `content:edit` itself (changing an item's status also needs `content:publish`); translators and
// anonymous callers are refused. A save is one transaction: the item's `version` must still be the one
// the form was opened at (else "stale", nothing written) and goes up by one; only the fields that
// changed are written, with an AuditLog row "content.metadata" listing them (before/after). Then the
// cache tags of every page that shows the item are invalidated (lib/revalidate.ts). Expected failures
// come back as typed results, never as throws. Not cached: the admin must see the current state.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { can, type AdminUser } from "@/lib/auth/permissions";
import { invalidate, type ContentChange } from "@/lib/revalidate";
import { affectedBy } from "./affected";
import { contentTypes } from "@/lib/content-model/types";
import { slugParamSchema } from "@/lib/validation/common";
import {
  canonicalDecimal,
  isMetadataType,
  isoDateOf,
  metadataFields,
  metadataTypes,
  parseMetaField,
  metaFieldErrors,
  metaSchema,
  type MetaFieldDef,
  type MetaFieldErrors,
  type MetaFormValue,
  type MetaFormValues,
  type MetadataType,
} from "@/lib/content-model/metadata";

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

// ---------------------------------------------------------------- reading rows as form values

/** What each type reads besides its own columns (reference slugs, the title in the original language). */
const includeOf: Record<MetadataType, object> = {
  zone: { translations: { select: { locale: true, name: true } } },
  layout: {
    translations: { select: { locale: true, name: true } },
    zone: { select: { slug: true } },
    parent: { select: { slug: true } },
    linkedZone: { select: { slug: true } },
  },
  policy: { translations: { select: { locale: true, title: true } }, zones: { select: { slug: true } } },
  news: { translations: { select: { locale: true, title: true } }, zones: { select: { slug: true } } },
  figure: { translations: { select: { locale: true, label: true } }, zone: { select: { slug: true } } },
  glossary: { translations: { select: { locale: true, term: true } } },
};

interface Delegate {
  findUnique(args: object): Promise<Record<string, unknown> | null>;
  updateMany(args: object): Promise<{ count: number }>;
  update(args: object): Promise<Record<string, unknown>>;
}
const delegate = (client: Tx | typeof db, type: MetadataType) =>
  (client as unknown as Record<string, Delegate>)[contentTypes[type].storage.root]!;

type Row = Record<string, unknown> & { id: string; slug: string; version: number; originalLocale: string };

/** A stored value as the form shows it: dates YYYY-MM-DD, decimals canonical, lists as arrays, nothing as "". */
function formValueOf(d: MetaFieldDef, row: Row): MetaFormValue {
  const rel = (k: string) => (row[k] as { slug: string } | null | undefined)?.slug ?? "";
  switch (d.name) {
    case "zone":
      return rel("zone");
    case "parent":
      return rel("parent");
    case "linkedZone":
      return rel("linkedZone");
    case "zones":
      return ((row.zones as { slug: string }[] | undefined) ?? []).map((z) => z.slug).sort();
  }
  const v = row[d.name];
  if (d.input === "checkboxes" && Array.isArray(d.options))
    return inOptionOrder(d.options, Array.isArray(v) ? (v as string[]) : []);
  if (d.input === "checkboxes" || d.input === "list") return Array.isArray(v) ? (v as string[]) : [];
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return isoDateOf(v);
  if (d.input === "decimal") return canonicalDecimal(String(v)) ?? String(v);
  return String(v);
}

/** Codes in the order of their options (codes not among them last), as the form posts them back. */
const inOptionOrder = (options: readonly string[], values: string[]) =>
  [...values].sort((a, b) => (options.indexOf(a) + 1 || Infinity) - (options.indexOf(b) + 1 || Infinity));

/** A parsed value in the same form, so before and after compare. */
function formValueOfParsed(v: unknown): MetaFormValue {
  if (Array.isArray(v)) return v as string[];
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return isoDateOf(v);
  return String(v);
}

const titleOf = (row: Row): string => {
  const ts = (row.translations as Record<string, unknown>[] | undefined) ?? [];
  const t = ts.find((x) => x.locale === row.originalLocale) ?? ts[0];
  const v = t && (t.name ?? t.title ?? t.label ?? t.term);
  return typeof v === "string" && v ? v : row.slug;
};

export interface MetaOption {
  value: string;
  /** The item's name in its original language (references); enum options are labelled by the page. */
  label?: string;
  lang?: string;
}

export interface MetadataForEditing {
  type: MetadataType;
  key: string;
  title: string;
  originalLocale: string;
  version: number;
  fields: readonly MetaFieldDef[];
  values: MetaFormValues;
  /** Options of the reference fields (zones, layout elements), by source. */
  references: { zones: MetaOption[]; layoutElements: MetaOption[] };
  /** Whether the actor may change the status (content:publish). */
  canPublish: boolean;
}

export type Failure = { ok: false; error: "forbidden" | "stale" | "notFound" };
export type Invalid = { ok: false; error: "invalid"; fieldErrors: MetaFieldErrors };
export type SaveResult = { ok: true; version: number; changed: string[] } | Failure | Invalid;

async function referenceOptions(type: MetadataType, selfSlug: string) {
  const needsZones = metadataFields[type].some((d) => d.options === "zones");
  const needsElements = metadataFields[type].some((d) => d.options === "layoutElements");
  const [zones, elements] = await Promise.all([
    needsZones
      ? db.zone.findMany({
          orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
          select: { slug: true, originalLocale: true, translations: { select: { locale: true, name: true } } },
        })
      : [],
    needsElements
      ? db.layoutElement.findMany({
          where: { slug: { not: selfSlug } },
          orderBy: [{ sortOrder: "asc" }, { slug: "asc" }],
          select: { slug: true, originalLocale: true, translations: { select: { locale: true, name: true } } },
        })
      : [],
  ]);
  const opt = (r: {
    slug: string;
    originalLocale: string;
    translations: { locale: string; name: string }[];
  }): MetaOption => {
    const t = r.translations.find((x) => x.locale === r.originalLocale) ?? r.translations[0];
    return { value: r.slug, label: t?.name ?? r.slug, lang: t?.locale };
  };
  return { zones: zones.map(opt), layoutElements: elements.map(opt) };
}

/** The item's locale-neutral fields as form values, with the options of its reference fields. */
export async function getMetadata(
  actor: AdminUser | null,
  type: unknown,
  key: unknown,
): Promise<{ ok: true; item: MetadataForEditing } | Failure> {
  if (!can(actor, "content:edit")) return { ok: false, error: "forbidden" };
  const k = slugParamSchema.safeParse(key);
  if (!isMetadataType(type) || !k.success) return { ok: false, error: "notFound" };
  const row = (await delegate(db, type).findUnique({
    where: { slug: k.data },
    include: includeOf[type],
  })) as Row | null;
  if (!row) return { ok: false, error: "notFound" };
  const fields = metadataFields[type];
  return {
    ok: true,
    item: {
      type,
      key: row.slug,
      title: titleOf(row),
      originalLocale: row.originalLocale,
      version: row.version,
      fields,
      values: Object.fromEntries(fields.map((d) => [d.name, formValueOf(d, row)])),
      references: await referenceOptions(type, row.slug),
      canPublish: can(actor, "content:publish"),
    },
  };
}

// ---------------------------------------------------------------- writing

const headerSchema = z.object({
  type: z.enum(metadataTypes),
  key: slugParamSchema,
  expectedVersion: z.coerce.number().int().min(1).max(2_147_483_647),
});

/**
 * Posted values → the type's fields, checked. Cross-field rules (a policy's validUntil ≥ effectiveFrom)
 * are checked on their own, so they are reported together with the other fields' errors.
 */
export function validateMetadata(
  type: MetadataType,
  input: Record<string, unknown>,
): { ok: true; values: Record<string, unknown> } | Invalid {
  const defs = metadataFields[type];
  const parsed = metaSchema(defs).safeParse(input);
  const fieldErrors: MetaFieldErrors = parsed.success ? {} : metaFieldErrors(parsed.error);
  if (type === "policy" && !fieldErrors.validUntil && !fieldErrors.effectiveFrom) {
    const def = (name: string) => defs.find((d) => d.name === name)!;
    const from = parseMetaField(def("effectiveFrom"), input.effectiveFrom);
    const until = parseMetaField(def("validUntil"), input.validUntil);
    if (from.ok && until.ok && from.value instanceof Date && until.value instanceof Date && until.value < from.value)
      fieldErrors.validUntil = "beforeStart";
  }
  if (!parsed.success || Object.keys(fieldErrors).length > 0) return { ok: false, error: "invalid", fieldErrors };
  return { ok: true, values: parsed.data as Record<string, unknown> };
}

/** Thrown inside the transaction to roll it back with a typed result. */
class Abort {
  constructor(readonly result: Failure | Invalid) {}
}

/** Zone slugs → ids; unknown slugs are a field error. */
async function zoneIds(tx: Tx, slugs: string[]): Promise<Map<string, string> | null> {
  if (slugs.length === 0) return new Map();
  const rows = await tx.zone.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  return rows.length === new Set(slugs).size ? new Map(rows.map((r) => [r.slug, r.id])) : null;
}

/** Whether making `parentId` the parent of `selfId` would close a loop in the layout tree. */
async function makesCycle(tx: Tx, selfId: string, parentId: string): Promise<boolean> {
  const all = await tx.layoutElement.findMany({ select: { id: true, parentId: true } });
  const parentOf = new Map(all.map((e) => [e.id, e.parentId]));
  const seen = new Set<string>();
  for (let at: string | null | undefined = parentId; at; at = parentOf.get(at)) {
    if (at === selfId) return true;
    if (seen.has(at)) return true;
    seen.add(at);
  }
  return false;
}

/**
 * Saves the locale-neutral fields of one item: `{ type, key, expectedVersion, ...fields }` (every field
 * of the type, as the form posts them). Unchanged fields are not written; nothing changed → ok with the
 * same version and no write at all.
 */
export async function saveMetadata(actor: AdminUser | null, input: unknown): Promise<SaveResult> {
  if (!can(actor, "content:edit")) return { ok: false, error: "forbidden" };
  const raw = (input ?? {}) as Record<string, unknown>;
  if (!isMetadataType(raw.type)) return { ok: false, error: "notFound" };
  const type = raw.type;
  const header = headerSchema.safeParse(raw);
  const checked = validateMetadata(type, raw);
  if (!header.success || !checked.ok) {
    return {
      ok: false,
      error: "invalid",
      fieldErrors: {
        ...(header.success ? {} : metaFieldErrors(header.error)),
        ...(checked.ok ? {} : checked.fieldErrors),
      },
    };
  }
  const h = header.data;
  const values = checked.values;
  const defs = metadataFields[type];

  let invalidations: ContentChange[] = [];
  let result: SaveResult;
  try {
    result = await db.$transaction(async (tx): Promise<SaveResult> => {
      const row = (await delegate(tx, type).findUnique({
        where: { slug: h.key },
        include: includeOf[type],
      })) as Row | null;
      if (!row) throw new Abort({ ok: false, error: "notFound" });
      if (row.version !== h.expectedVersion) throw new Abort({ ok: false, error: "stale" });

      // What changed, in the form's terms.
      const changes: Record<string, { from: MetaFormValue; to: MetaFormValue }> = {};
      for (const d of defs) {
        const from = formValueOf(d, row);
        const to = formValueOfParsed(values[d.name]);
        if (JSON.stringify(from) !== JSON.stringify(to)) changes[d.name] = { from, to };
      }
      const changed = Object.keys(changes);
      if (changed.length === 0) return { ok: true, version: row.version, changed };
      if (changes.status && !can(actor, "content:publish")) throw new Abort({ ok: false, error: "forbidden" });

      // References: zones and layout elements by slug.
      const fe: MetaFieldErrors = {};
      const data: Record<string, unknown> = {};
      for (const name of changed) {
        const v = values[name];
        if (name === "zone" || name === "linkedZone") {
          const ids = await zoneIds(tx, v ? [v as string] : []);
          if (!ids) fe[name] = "unknown";
          else data[name === "zone" ? "zoneId" : "linkedZoneId"] = v ? ids.get(v as string)! : null;
        } else if (name === "zones") {
          const slugs = v as string[];
          const ids = await zoneIds(tx, slugs);
          if (!ids) fe[name] = "unknown";
          else data.zones = { set: slugs.map((s) => ({ id: ids.get(s)! })) };
        } else if (name === "parent") {
          if (!v) data.parentId = null;
          else {
            const parent = await tx.layoutElement.findUnique({ where: { slug: v as string }, select: { id: true } });
            if (!parent) fe.parent = "unknown";
            else if (parent.id === row.id || (await makesCycle(tx, row.id, parent.id))) fe.parent = "cycle";
            else data.parentId = parent.id;
          }
        } else {
          data[name] = v;
        }
      }
      if (Object.keys(fe).length > 0) throw new Abort({ ok: false, error: "invalid", fieldErrors: fe });

      // The version check and the write in one statement; relation sets need update(), which runs after it.
      const { zones, ...columns } = data;
      const bumped = await delegate(tx, type).updateMany({
        where: { id: row.id, version: h.expectedVersion },
        data: { ...columns, version: { increment: 1 } },
      });
      if (bumped.count !== 1) throw new Abort({ ok: false, error: "stale" });
      if (zones) await delegate(tx, type).update({ where: { id: row.id }, data: { zones } });
      const version = h.expectedVersion + 1;
      await tx.auditLog.create({
        data: {
          userId: actor!.id,
          action: "content.metadata",
          target: `${type}:${row.slug}`,
          details: { version, changes } as object,
        },
      });
      invalidations = await affectedBy(tx, type, row);
      return { ok: true, version, changed };
    });
  } catch (e) {
    if (e instanceof Abort) return e.result;
    throw e;
  }
  for (const change of invalidations) invalidate(change);
  return result;
}
