// Editing the locale-neutral fields of every content item in the admin (the text per locale is
// lib/data/admin-content.ts): a zone's kind, areas, dates, order and status; a layout element's kind,
// position, zone, parent and linked zone; a policy's number, dates, validity, topics and zones; a news
// article's kind, date, source address, tags and zones; a key figure's value, unit, date, zone and order;
// a glossary term's status.
//
// The fields of each type are declared once below (`metadataFields`): the form, the server action, the
// validation and the write all follow that table. Every function takes the acting user and checks
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
import { affectedBy } from "./admin-affected";
import { topicCodes, unitCodes } from "@/lib/content/schema";

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

// ---------------------------------------------------------------- field kinds and their validation

/** Why a field was refused; the admin shows a localized message per code (messages/admin/structure.json). */
export type MetaErrorCode =
  "required" | "invalid" | "tooLong" | "tooMany" | "outOfRange" | "unknown" | "cycle" | "beforeStart" | "taken";
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

const isoDateOf = (d: Date) => d.toISOString().slice(0, 10);

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

const errorCodes: readonly MetaErrorCode[] = [
  "required",
  "invalid",
  "tooLong",
  "tooMany",
  "outOfRange",
  "unknown",
  "cycle",
  "beforeStart",
  "taken",
];

/** zod issues → one code per field (the first). */
export function metaFieldErrors(error: z.ZodError): MetaFieldErrors {
  const out: MetaFieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path[0];
    if (typeof key !== "string" || out[key]) continue;
    out[key] = (errorCodes as readonly string[]).includes(issue.message)
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

export const metadataTypes = ["zone", "layout", "policy", "news", "figure", "glossary"] as const;
export type MetadataType = (typeof metadataTypes)[number];
export const isMetadataType = (v: unknown): v is MetadataType =>
  typeof v === "string" && (metadataTypes as readonly string[]).includes(v);

export const zoneKinds = [
  "pilot_zone",
  "cooperation_zone",
  "development_zone",
  "bonded_zone",
  "industrial_zone",
] as const;
export const layoutKinds = ["core", "wing", "park", "function_area"] as const;
export const policyValidities = ["in_force", "amended", "repealed", "expired", "superseded", "unknown"] as const;
export const newsKinds = ["news", "press_release", "feature", "briefing"] as const;
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

// ---------------------------------------------------------------- reading rows as form values

type Model = "zone" | "layoutElement" | "policy" | "newsArticle" | "keyFigure" | "glossaryTerm";
const modelOf: Record<MetadataType, Model> = {
  zone: "zone",
  layout: "layoutElement",
  policy: "policy",
  news: "newsArticle",
  figure: "keyFigure",
  glossary: "glossaryTerm",
};

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
  (client as unknown as Record<string, Delegate>)[modelOf[type]]!;

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

const keySchema = z.string().regex(/^[a-z0-9-]{1,200}$/);

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
  const k = keySchema.safeParse(key);
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
  key: keySchema,
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
