// The inquiry inbox of the admin: list, change status (audit-logged), export as CSV.
//
// Every function takes the acting user and checks the permission itself (lib/auth/permissions.ts):
// a caller that forgot its own check still cannot read or change anything. Not cached: the inbox must
// show the current state, and only signed-in staff see it.
import "server-only";
import { toCsv } from "@/lib/csv";
import { z } from "zod";
import { db } from "@/lib/db";
import { can, type AdminUser } from "@/lib/auth/permissions";
import type { InquiryStatus } from "@/lib/generated/prisma/client";
import { inquirySurge } from "@/lib/data/inquiries";

export const inquiryStatuses = ["new", "in_progress", "answered", "closed"] as const satisfies readonly InquiryStatus[];

export type Denied = { ok: false; error: "forbidden" };

export interface InboxItem {
  id: string;
  reference: string;
  name: string;
  organisation: string;
  email: string;
  country: string;
  interests: string[];
  message: string;
  locale: "zh" | "ko" | "en";
  status: InquiryStatus;
  createdAt: Date;
  updatedAt: Date;
}

const inboxSelect = {
  id: true,
  reference: true,
  name: true,
  organisation: true,
  email: true,
  country: true,
  interests: true,
  message: true,
  locale: true,
  status: true,
  createdAt: true,
  updatedAt: true,
} as const;

/** Newest first. `limit` caps the page (the inbox shows the latest 200). */
export async function listInquiries(
  actor: AdminUser | null,
  opts: { limit?: number } = {},
): Promise<{ ok: true; items: InboxItem[] } | Denied> {
  if (!can(actor, "inquiry:read")) return { ok: false, error: "forbidden" };
  const items = await db.inquiry.findMany({
    select: inboxSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(opts.limit ?? 200, 1), 1000),
  });
  return { ok: true, items };
}

export const statusChangeSchema = z.object({
  id: z.string().min(1).max(64),
  status: z.enum(inquiryStatuses),
});

export type StatusChangeResult =
  | { ok: true; reference: string; from: InquiryStatus; to: InquiryStatus }
  | Denied
  | { ok: false; error: "invalid" }
  | { ok: false; error: "notFound" };

/** Validates, updates and writes an AuditLog row in one transaction. Nothing is written when refused. */
export async function updateInquiryStatus(actor: AdminUser | null, input: unknown): Promise<StatusChangeResult> {
  if (!can(actor, "inquiry:update")) return { ok: false, error: "forbidden" };
  const parsed = statusChangeSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid" };
  const { id, status } = parsed.data;
  return db.$transaction(async (tx): Promise<StatusChangeResult> => {
    const before = await tx.inquiry.findUnique({ where: { id }, select: { reference: true, status: true } });
    if (!before) return { ok: false, error: "notFound" };
    if (before.status !== status) {
      await tx.inquiry.update({ where: { id }, data: { status } });
      await tx.auditLog.create({
        data: {
          userId: actor!.id,
          action: "inquiry.status",
          target: `inquiry:${before.reference}`,
          details: { from: before.status, to: status },
        },
      });
    }
    return { ok: true, reference: before.reference, from: before.status, to: status };
  });
}

const CSV_COLUMNS = [
  "reference",
  "createdAt",
  "status",
  "locale",
  "name",
  "organisation",
  "email",
  "country",
  "interests",
  "message",
] as const;

/** Every inquiry, newest first, as CSV (UTF-8 with BOM so spreadsheet programs read 中文/한국어). */
export async function exportInquiriesCsv(actor: AdminUser | null): Promise<{ ok: true; csv: string } | Denied> {
  if (!can(actor, "inquiry:read")) return { ok: false, error: "forbidden" };
  const rows = await db.inquiry.findMany({ select: inboxSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  const body = rows.map((r) => {
    const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
      reference: r.reference,
      createdAt: r.createdAt.toISOString(),
      status: r.status,
      locale: r.locale,
      name: r.name,
      organisation: r.organisation,
      email: r.email,
      country: r.country,
      interests: r.interests.join("; "),
      message: r.message,
    };
    return CSV_COLUMNS.map((c) => cells[c]);
  });
  return { ok: true, csv: toCsv([CSV_COLUMNS, ...body]) };
}

/** How many inquiries arrived in the last hour against the surge threshold (the dashboard shows it). */
export async function inquiryLoad(
  actor: AdminUser | null,
): Promise<{ lastHour: number; limit: number; surge: boolean } | null> {
  if (!actor || !can(actor, "inquiry:read")) return null;
  return inquirySurge();
}
