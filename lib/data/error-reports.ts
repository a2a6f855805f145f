// Readers' error reports ("report an error on this page"): the only reader and writer of ErrorReport.
//
// createErrorReport validates again whatever it is handed, thanks bots that fill the honeypot without
// storing anything, and stores a report only while its sender is under RATE_LIMIT an hour (counted from the
// stored rows, behind an advisory lock on the sender like the inquiries) and the open reports are fewer than
// MAX_OPEN, so a flood cannot fill the database. Staff (inquiry:read / inquiry:update: the people who
// answer the public) list them with their 3-working-day reply clock and mark them handled with a note;
// each change is in the audit log.
import "server-only";
import crypto from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { locales, type Locale } from "@/i18n/routing";
import { can, type AdminUser } from "@/lib/auth/permissions";
import { parseErrorReport, type ErrorReportFieldErrors } from "@/lib/validation/error-report";
import { addWorkingDays } from "@/lib/working-days";
import { hashClientKey } from "./inquiries";

export const RATE_LIMIT = 5;
export const RATE_WINDOW_MS = 60 * 60 * 1000;
/** Open reports kept at most; past it new ones are refused until staff handle some. */
export const MAX_OPEN = 2000;
/** The reply clock: working days from receipt. */
export const REPLY_WORKING_DAYS = 3;

export type CreateErrorReportResult =
  | { ok: true; reference: string }
  | { ok: false; error: "rateLimited" }
  | { ok: false; fieldErrors: ErrorReportFieldErrors };

const optionsSchema = z.object({
  locale: z.enum(locales),
  clientKey: z.string().min(1).max(512),
  honeypot: z.string().max(4000).optional(),
});

const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
function newReference(): string {
  let s = "";
  for (let i = 0; i < 6; i++) s += ALPHABET[crypto.randomInt(ALPHABET.length)];
  return `ERR-${s}`;
}

export async function createErrorReport(
  input: unknown,
  options: { locale: Locale; clientKey: string; honeypot?: string },
): Promise<CreateErrorReportResult> {
  const { locale, clientKey, honeypot } = optionsSchema.parse(options);
  if (honeypot) return { ok: true, reference: newReference() };
  const parsed = parseErrorReport(input);
  if (!parsed.success) return { ok: false, fieldErrors: parsed.fieldErrors };
  const clientHash = hashClientKey(clientKey);
  return db.$transaction(
    async (tx): Promise<CreateErrorReportResult> => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`error-report:${clientHash}`}))`;
      const recent = await tx.errorReport.count({
        where: { clientHash, createdAt: { gte: new Date(Date.now() - RATE_WINDOW_MS) } },
      });
      if (recent >= RATE_LIMIT) return { ok: false, error: "rateLimited" };
      if ((await tx.errorReport.count({ where: { status: "open" } })) >= MAX_OPEN)
        return { ok: false, error: "rateLimited" };
      const row = await tx.errorReport.create({
        data: {
          reference: newReference(),
          pagePath: parsed.data.page,
          locale,
          message: parsed.data.message,
          email: parsed.data.email ?? null,
          clientHash,
        },
        select: { reference: true },
      });
      return { ok: true, reference: row.reference };
    },
    { maxWait: 15_000, timeout: 15_000 },
  );
}

export type Denied = { ok: false; error: "forbidden" };

export interface ErrorReportItem {
  id: string;
  reference: string;
  pagePath: string;
  locale: Locale;
  message: string;
  email: string | null;
  status: "open" | "handled";
  replyNote: string | null;
  createdAt: Date;
  handledAt: Date | null;
  /** When the 3-working-day clock runs out. */
  dueAt: Date;
  overdue: boolean;
}

/** Open reports first (oldest first: the most urgent on top), then the latest handled ones. */
export async function listErrorReports(
  actor: AdminUser | null,
  now = new Date(),
): Promise<{ ok: true; items: ErrorReportItem[] } | Denied> {
  if (!can(actor, "inquiry:read")) return { ok: false, error: "forbidden" };
  const select = {
    id: true,
    reference: true,
    pagePath: true,
    locale: true,
    message: true,
    email: true,
    status: true,
    replyNote: true,
    createdAt: true,
    handledAt: true,
  } as const;
  const [open, handled] = await Promise.all([
    db.errorReport.findMany({
      where: { status: "open" },
      select,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 500,
    }),
    db.errorReport.findMany({
      where: { status: "handled" },
      select,
      orderBy: [{ handledAt: "desc" }, { id: "desc" }],
      take: 100,
    }),
  ]);
  const items = [...open, ...handled].map((r) => {
    const dueAt = addWorkingDays(r.createdAt, REPLY_WORKING_DAYS);
    return { ...r, dueAt, overdue: r.status === "open" && now > dueAt };
  });
  return { ok: true, items };
}

/** Open and overdue counts for the dashboard; null for someone who may not read them. */
export async function errorReportCounts(
  actor: AdminUser | null,
  now = new Date(),
): Promise<{ open: number; overdue: number } | null> {
  if (!can(actor, "inquiry:read")) return null;
  const open = await db.errorReport.findMany({
    where: { status: "open" },
    select: { createdAt: true },
    take: MAX_OPEN,
  });
  return {
    open: open.length,
    overdue: open.filter((r) => now > addWorkingDays(r.createdAt, REPLY_WORKING_DAYS)).length,
  };
}

export const handleSchema = z.object({
  id: z.string().min(1).max(64),
  replyNote: z.string().trim().min(1, "noteRequired").max(2000, "noteTooLong"),
});

export type HandleResult =
  { ok: true; reference: string } | Denied | { ok: false; error: "invalid" | "notFound" | "alreadyHandled" };

/** Marks a report handled with staff's note; audit-logged in the same transaction. */
export async function handleErrorReport(actor: AdminUser | null, input: unknown): Promise<HandleResult> {
  if (!can(actor, "inquiry:update")) return { ok: false, error: "forbidden" };
  const parsed = handleSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid" };
  const { id, replyNote } = parsed.data;
  return db.$transaction(async (tx): Promise<HandleResult> => {
    const before = await tx.errorReport.findUnique({ where: { id }, select: { reference: true, status: true } });
    if (!before) return { ok: false, error: "notFound" };
    if (before.status === "handled") return { ok: false, error: "alreadyHandled" };
    await tx.errorReport.update({
      where: { id },
      data: { status: "handled", replyNote, handledAt: new Date(), handledById: actor!.id },
    });
    await tx.auditLog.create({
      data: {
        userId: actor!.id,
        action: "error-report.handle",
        target: `error-report:${before.reference}`,
        details: { replyNote },
      },
    });
    return { ok: true, reference: before.reference };
  });
}
