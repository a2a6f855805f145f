// The inquiry inbox of the admin: list, change status (audit-logged), export as CSV; answer an inquiry in
// the asker's language (emailed through the mail queue, lib/follow/queue.ts) and, with the asker's
// consent, turn it into a public Q&A (content type "question", lib/data/questions.ts); the reply clock.
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
import { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/i18n/routing";
import { topicCodes } from "@/lib/content/schema";
import { contentTypes } from "@/lib/content-model/types";
import { addWorkingDays } from "@/lib/working-days";
import { enqueue } from "@/lib/follow/queue";
import { INQUIRY_REPLY_WORKING_DAYS } from "@/lib/health/site-health";

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
  allowPublication: boolean;
  answer: string | null;
  answeredAt: Date | null;
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
  allowPublication: true,
  answer: true,
  answeredAt: true,
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

// ---------------------------------------------------------------- the reply clock

/** Unanswered: new or in progress (the same rule as the site-health check, lib/health/site-health.ts). */
const unanswered = { status: { in: ["new", "in_progress"] } } satisfies Prisma.InquiryWhereInput;

export interface InquiryClock {
  unanswered: number;
  /** Past INQUIRY_REPLY_WORKING_DAYS working days without an answer. */
  overdue: number;
  oldest: { reference: string; createdAt: Date; dueAt: Date; overdue: boolean } | null;
  replyDays: number;
}

/** The dashboard's reply clock: how many wait, how many are overdue, and the oldest. Null without inquiry:read. */
export async function inquiryClock(actor: AdminUser | null, now = new Date()): Promise<InquiryClock | null> {
  if (!can(actor, "inquiry:read")) return null;
  const open = await db.inquiry.findMany({
    where: unanswered,
    select: { reference: true, createdAt: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 5000,
  });
  const dueOf = (d: Date) => addWorkingDays(d, INQUIRY_REPLY_WORKING_DAYS);
  const first = open[0];
  return {
    unanswered: open.length,
    overdue: open.filter((q) => now > dueOf(q.createdAt)).length,
    oldest: first
      ? {
          reference: first.reference,
          createdAt: first.createdAt,
          dueAt: dueOf(first.createdAt),
          overdue: now > dueOf(first.createdAt),
        }
      : null,
    replyDays: INQUIRY_REPLY_WORKING_DAYS,
  };
}

// ---------------------------------------------------------------- one inquiry: answer, publish

const referenceSchema = z.string().regex(/^INQ-[2-9A-HJKMNP-Z]{6}$/);

export interface InquiryDetail extends InboxItem {
  dueAt: Date;
  overdue: boolean;
  /** The public Q&A made from it, if any (its slug; the editor has the rest). */
  question: { slug: string } | null;
}

/** One inquiry by its reference, with its due time and its public Q&A. */
export async function getInquiry(
  actor: AdminUser | null,
  reference: unknown,
  now = new Date(),
): Promise<{ ok: true; item: InquiryDetail } | Denied | { ok: false; error: "notFound" }> {
  if (!can(actor, "inquiry:read")) return { ok: false, error: "forbidden" };
  const ref = referenceSchema.safeParse(reference);
  if (!ref.success) return { ok: false, error: "notFound" };
  const row = await db.inquiry.findUnique({
    where: { reference: ref.data },
    select: { ...inboxSelect, publishedAs: { select: { slug: true } } },
  });
  if (!row) return { ok: false, error: "notFound" };
  const { publishedAs, ...item } = row;
  const dueAt = addWorkingDays(item.createdAt, INQUIRY_REPLY_WORKING_DAYS);
  return {
    ok: true,
    item: { ...item, dueAt, overdue: item.answeredAt === null && now > dueAt, question: publishedAs },
  };
}

export const answerSchema = z.object({
  reference: referenceSchema,
  answer: z.string().trim().min(1).max(20_000),
});

export type AnswerResult =
  { ok: true; reference: string } | Denied | { ok: false; error: "invalid" | "notFound" | "alreadyAnswered" };

/**
 * Staff answer an inquiry (inquiry:update), once: the answer is stored, the status becomes "answered",
 * and one email in the asker's language is queued in the same transaction (idempotency key per inquiry:
 * never sent twice; composed at sending time from the row, lib/follow/notify.ts).
 */
export async function answerInquiry(actor: AdminUser | null, input: unknown): Promise<AnswerResult> {
  if (!actor || !can(actor, "inquiry:update")) return { ok: false, error: "forbidden" };
  const parsed = answerSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid" };
  const { reference, answer } = parsed.data;
  return db.$transaction(async (tx): Promise<AnswerResult> => {
    const before = await tx.inquiry.findUnique({
      where: { reference },
      select: { id: true, status: true, answeredAt: true },
    });
    if (!before) return { ok: false, error: "notFound" };
    if (before.answeredAt) return { ok: false, error: "alreadyAnswered" };
    const now = new Date();
    const done = await tx.inquiry.updateMany({
      where: { id: before.id, answeredAt: null },
      data: { answer, answeredAt: now, answeredById: actor.id, status: "answered" },
    });
    if (done.count !== 1) return { ok: false, error: "alreadyAnswered" };
    await enqueue(tx, {
      kind: "send",
      key: `inquiry-answer:${before.id}`,
      payload: { type: "inquiry-answer", inquiryId: before.id },
    });
    await tx.auditLog.create({
      data: {
        userId: actor.id,
        action: "inquiry.answer",
        target: `inquiry:${reference}`,
        details: { from: before.status, to: "answered", length: answer.length },
      },
    });
    return { ok: true, reference };
  });
}

const questionFields = contentTypes.question.fields;
const fieldMax = (name: string) => questionFields.find((f) => f.name === name)!.max;

export const publishQuestionSchema = z.object({
  reference: referenceSchema,
  question: z.string().trim().min(1).max(fieldMax("question")),
  answer: z.string().trim().min(1).max(fieldMax("answer")),
  zone: z.union([z.literal(""), z.string().regex(/^[a-z0-9-]{1,80}$/)]).default(""),
  topic: z.union([z.literal(""), z.enum(topicCodes)]).default(""),
});

export type PublishQuestionResult =
  | { ok: true; slug: string; locale: Locale }
  | Denied
  | { ok: false; error: "invalid" | "notFound" | "noConsent" | "notAnswered" | "exists" };

/** The public Q&A's slug for an inquiry: "q-" + its reference, lower case. */
export const questionSlugOf = (reference: string) => `q-${reference.toLowerCase()}`;

/**
 * Starts a public Q&A from an answered inquiry whose asker allowed publication (inquiry:update and
 * content:edit): a "question" item whose original language is the asker's, with the question as staff
 * worded it for publication (without personal details) and the answer, saved as a draft — a Revision row
 * and `content.save` in the audit log, as any admin save. From there it is ordinary content: translators
 * write the other two languages, an editor reviews and publishes each (lib/admin/content.ts).
 */
export async function startPublicQuestion(actor: AdminUser | null, input: unknown): Promise<PublishQuestionResult> {
  if (!actor || !can(actor, "inquiry:update") || !can(actor, "content:edit")) return { ok: false, error: "forbidden" };
  const parsed = publishQuestionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid" };
  const v = parsed.data;
  try {
    return await db.$transaction(async (tx): Promise<PublishQuestionResult> => {
      const inquiry = await tx.inquiry.findUnique({
        where: { reference: v.reference },
        select: { id: true, locale: true, allowPublication: true, answeredAt: true, createdAt: true },
      });
      if (!inquiry) return { ok: false, error: "notFound" };
      if (!inquiry.allowPublication) return { ok: false, error: "noConsent" };
      if (!inquiry.answeredAt) return { ok: false, error: "notAnswered" };
      const zone = v.zone ? await tx.zone.findUnique({ where: { slug: v.zone }, select: { id: true } }) : null;
      if (v.zone && !zone) return { ok: false, error: "invalid" };
      const slug = questionSlugOf(v.reference);
      const locale = inquiry.locale as Locale;
      const root = await tx.question.create({
        data: {
          slug,
          originalLocale: locale,
          zoneId: zone?.id ?? null,
          topic: v.topic || null,
          inquiryId: inquiry.id,
          askedAt: inquiry.createdAt,
          answeredAt: inquiry.answeredAt,
        },
        select: { id: true, version: true },
      });
      const values = { question: v.question, answer: v.answer };
      // Never live yet: the columns hold the first draft too, and status keeps it off the site until an editor publishes it.
      const t = await tx.questionTranslation.create({
        data: {
          ...values,
          questionId: root.id,
          locale,
          status: "draft",
          revision: 0,
          draft: { ...values, sourceRevision: null, sourceRevisionAt: null },
          draftRevision: 1,
        },
        select: { id: true },
      });
      await tx.revision.create({
        data: {
          entityType: "question-translation",
          entityId: t.id,
          locale,
          version: root.version,
          data: { key: slug, ...values, revision: 1, sourceRevision: null },
          userId: actor.id,
        },
      });
      await tx.auditLog.create({
        data: {
          userId: actor.id,
          action: "content.save",
          target: `question:${slug}`,
          details: { locale, revision: 1, from: `inquiry:${v.reference}` },
        },
      });
      return { ok: true, slug, locale };
    });
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") return { ok: false, error: "exists" };
    throw e;
  }
}
