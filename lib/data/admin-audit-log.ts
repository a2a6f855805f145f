// The audit log viewer (admins only, "user:manage"): every AuditLog row, newest first, 50 a page,
// filtered by action, acting user, target and a date range (days in Asia/Shanghai). The writers are the
// domain modules themselves (lib/data/admin-*.ts, lib/auth.ts); this module only reads.
//
// Filters come straight from the query string: each is validated on its own, and one that does not
// parse is ignored (and named in `ignored`, so the page can say so) instead of failing the request.
// Details are stored JSON of any shape; `detailLines` turns them into plain key: value text.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { can, type AdminUser } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";

export const AUDIT_PAGE_SIZE = 50;

export type AuditFilterName = "action" | "userId" | "target" | "from" | "to" | "page";

export interface AuditFilters {
  /** An exact action ("user.create"), or a family ending in ".*" ("schedule.*"). */
  action?: string;
  userId?: string;
  /** The start of a target ("user:", "news:some-slug"). */
  target?: string;
  /** Days (YYYY-MM-DD) in Asia/Shanghai, both inclusive. */
  from?: string;
  to?: string;
}

export interface AuditPerson {
  id: string;
  name: string;
  email: string;
}

export interface DetailLine {
  key: string;
  value: string;
}

export interface AuditEntry {
  id: string;
  at: Date;
  action: string;
  target: string;
  /** The account the target names ("user:<id>"), when it still exists. */
  targetUser: AuditPerson | null;
  /** Who acted; null when the account was deleted or the entry came from the command line. */
  actor: AuditPerson | null;
  details: DetailLine[];
}

export interface AuditPage {
  items: AuditEntry[];
  total: number;
  page: number;
  pages: number;
  filters: AuditFilters;
  /** Filters that were given but could not be read, and so were not applied. */
  ignored: AuditFilterName[];
  /** Every action in the log, for the filter. */
  actions: string[];
  /** Every account, for the filter. */
  users: AuditPerson[];
}

const actionSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*(\.\*)?$/)
  .max(64);
const userIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
// Printable text without control characters.
const targetSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[^\p{Cc}]+$/u);
const daySchema = z.iso.date();
const pageSchema = z
  .string()
  .regex(/^\d{1,6}$/)
  .transform(Number)
  .pipe(z.number().int().min(1));

/** Midnight at the start of a day in Asia/Shanghai (UTC+8 all year, no daylight saving). */
const shanghaiMidnight = (day: string) => new Date(`${day}T00:00:00+08:00`);

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

/** Reads the filters of a query string: what parses is applied, what does not is listed in `ignored`. */
export function parseAuditQuery(query: Record<string, unknown>): {
  filters: AuditFilters;
  page: number;
  ignored: AuditFilterName[];
} {
  const filters: AuditFilters = {};
  const ignored: AuditFilterName[] = [];
  const take = <T>(name: AuditFilterName, schema: z.ZodType<T>): T | undefined => {
    const raw = first(query[name]);
    if (raw === undefined || raw === null || raw === "") return undefined;
    const r = schema.safeParse(raw);
    if (!r.success) ignored.push(name);
    return r.success ? r.data : undefined;
  };
  const action = take("action", actionSchema);
  if (action) filters.action = action;
  const userId = take("userId", userIdSchema);
  if (userId) filters.userId = userId;
  const target = take("target", targetSchema);
  if (target) filters.target = target;
  const from = take("from", daySchema);
  if (from) filters.from = from;
  const to = take("to", daySchema);
  if (to) filters.to = to;
  const page = take("page", pageSchema) ?? 1;
  return { filters, page, ignored };
}

function whereOf(f: AuditFilters): Prisma.AuditLogWhereInput {
  const where: Prisma.AuditLogWhereInput = {};
  if (f.action) where.action = f.action.endsWith(".*") ? { startsWith: f.action.slice(0, -1) } : f.action;
  if (f.userId) where.userId = f.userId;
  if (f.target) where.target = { startsWith: f.target };
  if (f.from || f.to) {
    where.at = {
      ...(f.from ? { gte: shanghaiMidnight(f.from) } : {}),
      ...(f.to ? { lt: new Date(shanghaiMidnight(f.to).getTime() + 24 * 60 * 60 * 1000) } : {}),
    };
  }
  return where;
}

const MAX_LINES = 40;
const MAX_VALUE = 500;

function scalar(v: unknown): string {
  if (v === null || v === undefined) return "—";
  if (typeof v === "string") return v === "" ? "—" : v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v))
    return v.length
      ? v.map((x) => (x !== null && typeof x === "object" ? JSON.stringify(x) : scalar(x))).join(", ")
      : "—";
  return JSON.stringify(v);
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * Stored details as plain lines: nested objects flatten to dotted keys, a { from, to } pair reads
 * "a → b", lists join with commas. Plain text only: the page renders it as text, never as HTML.
 */
export function detailLines(details: unknown): DetailLine[] {
  const out: DetailLine[] = [];
  const cut = (s: string) => (s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE)}…` : s);
  const walk = (value: unknown, key: string, depth: number) => {
    if (out.length >= MAX_LINES) return;
    if (isObject(value)) {
      const keys = Object.keys(value);
      if (keys.length === 2 && "from" in value && "to" in value && key) {
        out.push({ key, value: cut(`${scalar(value.from)} → ${scalar(value.to)}`) });
      } else if (depth >= 3 || keys.length === 0) {
        if (key) out.push({ key, value: cut(keys.length ? JSON.stringify(value) : "—") });
      } else {
        for (const k of keys) walk(value[k], key ? `${key}.${k}` : k, depth + 1);
      }
      return;
    }
    out.push({ key, value: cut(scalar(value)) });
  };
  walk(details, "", 0);
  return out;
}

/** One page of the audit log, newest first (admins only). */
export async function listAuditLog(
  actor: AdminUser | null,
  query: Record<string, unknown> = {},
): Promise<{ ok: true; log: AuditPage } | { ok: false; error: "forbidden" }> {
  if (!can(actor, "user:manage")) return { ok: false, error: "forbidden" };
  const { filters, page: wanted, ignored } = parseAuditQuery(query);
  const where = whereOf(filters);
  const [total, actionRows, users] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
    db.user.findMany({ select: { id: true, name: true, email: true }, orderBy: [{ name: "asc" }, { email: "asc" }] }),
  ]);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(wanted, pages);
  const rows = await db.auditLog.findMany({
    where,
    orderBy: [{ at: "desc" }, { id: "desc" }],
    skip: (page - 1) * AUDIT_PAGE_SIZE,
    take: AUDIT_PAGE_SIZE,
    select: {
      id: true,
      at: true,
      action: true,
      target: true,
      details: true,
      user: { select: { id: true, name: true, email: true } },
    },
  });
  const byId = new Map(users.map((u) => [u.id, u]));
  const items: AuditEntry[] = rows.map((r) => ({
    id: r.id,
    at: r.at,
    action: r.action,
    target: r.target,
    targetUser: r.target.startsWith("user:") ? (byId.get(r.target.slice(5)) ?? null) : null,
    actor: r.user,
    details: detailLines(r.details),
  }));
  return {
    ok: true,
    log: { items, total, page, pages, filters, ignored, actions: actionRows.map((a) => a.action), users },
  };
}
