// Scheduled publishing: an editor sets a translation's pending draft (or unpublished text) to go live at a
// time, and it goes live then without anyone acting. The schedule names the revision and keeps a copy of
// its text, so a later edit of the draft does not ride along (the list says when the draft has changed). The times are typed in the portal's time zone (lib/time.ts, <input type="datetime-local">)
// and stored as instants (ScheduledPublication.publishAt, UTC).
//
// runDuePublications() is called every few seconds by the server itself (instrumentation.ts POSTs to
// app/api/internal/publish-due, so the cache invalidation happens inside a Next.js request). It claims
// each due row with one conditional UPDATE (doneAt IS NULL → now), so two runners — two ticks that
// overlap, or two server processes on one database — never publish the same row twice; then it publishes
// as the person who scheduled it, through publishTranslation (the same rules, audit entry and invalidation
// as a hand-made publish), provided that account still exists, is active and may still publish.
//
// Every function that acts for someone takes the acting user and checks `content:publish` itself
// (translators cannot schedule); expected failures come back as typed results, never as throws.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { locales, type Locale } from "@/i18n/routing";
import { can, toAdminUser, type AdminUser } from "@/lib/auth/permissions";
import { contentTypeKeys, isContentType, itemKeySchema } from "@/lib/content-model/types";
import { draftOf, headRevision, locate, publishTranslation } from "@/lib/admin/content";

// The portal's time zone and its wall-clock arithmetic live in lib/time.ts (re-exported for the callers
// and tests that know them from here).
export { PORTAL_TIME_ZONE, utcToZonedLocal, zonedLocalToUtc } from "@/lib/time";
import { zonedLocalToUtc } from "@/lib/time";
import { localeSchema } from "@/lib/validation/common";

/** How far ahead a publication may be scheduled. */
export const MAX_SCHEDULE_AHEAD_MS = 366 * 24 * 60 * 60 * 1000;

// ---------------------------------------------------------------- scheduling

export type ScheduleFieldError = "required" | "invalid" | "past" | "tooFar";
export type ScheduleFailure =
  | { ok: false; error: "forbidden" | "notFound" | "alreadyPublished" }
  | {
      ok: false;
      error: "invalid";
      fieldErrors: Partial<Record<"type" | "key" | "locale" | "publishAt", ScheduleFieldError>>;
    };
export type ScheduleResult = { ok: true; id: string; publishAt: Date } | ScheduleFailure;

const scheduleSchema = z.object({
  type: z.enum(contentTypeKeys),
  key: itemKeySchema,
  locale: localeSchema,
  /** A datetime-local value in the portal's time zone, or an instant. */
  publishAt: z.union([z.date(), z.string().max(40)]),
});

/**
 * Schedules one locale of an item to be published at `publishAt` (content:publish): the revision it has
 * now (its pending draft, or its unpublished text), fixed with a copy of that text. The translation must
 * exist and have something unpublished ("alreadyPublished" otherwise); the time must be in the future and at most a year ahead. A pending schedule
 * of the same item and locale is replaced. Writes the row and a "schedule.create" audit entry together.
 */
export async function schedulePublication(
  actor: AdminUser | null,
  input: unknown,
  now: Date = new Date(),
): Promise<ScheduleResult> {
  if (!actor || !can(actor, "content:publish")) return { ok: false, error: "forbidden" };
  const parsed = scheduleSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Partial<Record<"type" | "key" | "locale" | "publishAt", ScheduleFieldError>> = {};
    for (const issue of parsed.error.issues) {
      const k = issue.path[0] as keyof typeof fieldErrors;
      fieldErrors[k] ??= "invalid";
    }
    return { ok: false, error: "invalid", fieldErrors };
  }
  const v = parsed.data;
  if (typeof v.publishAt === "string" && v.publishAt.trim() === "")
    return { ok: false, error: "invalid", fieldErrors: { publishAt: "required" } };
  const publishAt = v.publishAt instanceof Date ? v.publishAt : zonedLocalToUtc(v.publishAt);
  if (!publishAt || Number.isNaN(publishAt.getTime()))
    return { ok: false, error: "invalid", fieldErrors: { publishAt: "invalid" } };
  if (publishAt.getTime() <= now.getTime()) return { ok: false, error: "invalid", fieldErrors: { publishAt: "past" } };
  if (publishAt.getTime() > now.getTime() + MAX_SCHEDULE_AHEAD_MS)
    return { ok: false, error: "invalid", fieldErrors: { publishAt: "tooFar" } };

  const found = await locate(db, v.type, v.key);
  const t = found?.translations.find((x) => x.locale === v.locale);
  if (!found || !t) return { ok: false, error: "notFound" };
  if (t.draftRevision == null && t.status === "published") return { ok: false, error: "alreadyPublished" };
  const revision = t.draftRevision ?? Math.max(t.revision, 1);
  const d = draftOf(v.type, t);
  const data = {
    ...d.values,
    sourceRevision: d.sourceRevision,
    sourceRevisionAt: d.sourceRevisionAt?.toISOString() ?? null,
  };

  const id = await db.$transaction(async (tx) => {
    // One schedule per item and locale: concurrent requests for the same one take turns.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`schedule:${v.type}:${v.key}:${v.locale}`}::text))`;
    const replaced = await tx.scheduledPublication.updateMany({
      where: { entityType: v.type, itemKey: v.key, locale: v.locale, doneAt: null },
      data: { doneAt: new Date(), outcome: "replaced" },
    });
    const row = await tx.scheduledPublication.create({
      data: { entityType: v.type, itemKey: v.key, locale: v.locale, publishAt, createdById: actor.id, revision, data },
      select: { id: true },
    });
    await tx.auditLog.create({
      data: {
        userId: actor.id,
        action: "schedule.create",
        target: `${v.type}:${v.key}`,
        details: {
          locale: v.locale,
          publishAt: publishAt.toISOString(),
          scheduleId: row.id,
          revision,
          replaced: replaced.count,
        },
      },
    });
    return row.id;
  });
  return { ok: true, id, publishAt };
}

/** Cancels a pending schedule (content:publish); "schedule.cancel" in the audit log. */
export async function cancelSchedule(
  actor: AdminUser | null,
  input: unknown,
): Promise<{ ok: true } | { ok: false; error: "forbidden" | "notFound" | "invalid" }> {
  if (!actor || !can(actor, "content:publish")) return { ok: false, error: "forbidden" };
  const parsed = z.object({ id: z.string().min(1).max(64) }).safeParse(input);
  if (!parsed.success) return { ok: false, error: "invalid" };
  const { id } = parsed.data;
  return db.$transaction(async (tx) => {
    const row = await tx.scheduledPublication.findUnique({ where: { id } });
    if (!row || row.doneAt) return { ok: false, error: "notFound" } as const;
    const done = await tx.scheduledPublication.updateMany({
      where: { id, doneAt: null },
      data: { doneAt: new Date(), outcome: "cancelled" },
    });
    if (done.count !== 1) return { ok: false, error: "notFound" } as const;
    await tx.auditLog.create({
      data: {
        userId: actor.id,
        action: "schedule.cancel",
        target: `${row.entityType}:${row.itemKey}`,
        details: { locale: row.locale, publishAt: row.publishAt.toISOString(), scheduleId: id },
      },
    });
    return { ok: true } as const;
  });
}

/** The pending schedule of one item's locale, if any (content:publish). */
export async function pendingSchedule(
  actor: AdminUser | null,
  type: string,
  key: string,
  locale: string,
): Promise<{ id: string; publishAt: Date; revision: number | null } | null> {
  if (!can(actor, "content:publish") || !(locales as readonly string[]).includes(locale)) return null;
  return db.scheduledPublication.findFirst({
    where: { entityType: type, itemKey: key, locale: locale as Locale, doneAt: null },
    orderBy: { publishAt: "asc" },
    select: { id: true, publishAt: true, revision: true },
  });
}

export interface ScheduleEntry {
  id: string;
  type: string;
  key: string;
  locale: Locale;
  publishAt: Date;
  createdAt: Date;
  /** Null when the account has since been deleted. */
  createdBy: { name: string; email: string } | null;
  doneAt: Date | null;
  outcome: string | null;
  /** The revision it publishes (null: made before schedules named one). */
  revision: number | null;
  /** Pending only: the draft has been edited since this was scheduled (the schedule still publishes `revision`). */
  draftChanged: boolean;
}

/** Pending schedules (soonest first) and those done in the last 30 days (latest first, at most `recent`). */
export async function listSchedules(
  actor: AdminUser | null,
  opts: { recent?: number } = {},
): Promise<{ ok: true; pending: ScheduleEntry[]; done: ScheduleEntry[] } | { ok: false; error: "forbidden" }> {
  if (!can(actor, "content:publish")) return { ok: false, error: "forbidden" };
  const since = new Date(Date.now() - 30 * 24 * 60 * 60 * 1000);
  const [pending, done] = await Promise.all([
    db.scheduledPublication.findMany({
      where: { doneAt: null },
      orderBy: [{ publishAt: "asc" }, { createdAt: "asc" }],
      take: 500,
    }),
    db.scheduledPublication.findMany({
      where: { doneAt: { gte: since } },
      orderBy: [{ doneAt: "desc" }, { id: "asc" }],
      take: Math.min(Math.max(opts.recent ?? 50, 1), 500),
    }),
  ]);
  const ids = [...new Set([...pending, ...done].map((r) => r.createdById).filter((x): x is string => !!x))];
  const users = new Map(
    (await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true } })).map((u) => [
      u.id,
      u,
    ]),
  );
  // The current revision of each pending schedule's translation.
  const heads = new Map<string, number | null>();
  for (const r of pending) {
    if (!isContentType(r.entityType)) continue;
    const found = await locate(db, r.entityType, r.itemKey);
    const t = found?.translations.find((x) => x.locale === r.locale);
    heads.set(r.id, t ? headRevision(t) : null);
  }
  const entry = (r: (typeof pending)[number]): ScheduleEntry => {
    const u = r.createdById ? users.get(r.createdById) : undefined;
    return {
      id: r.id,
      type: r.entityType,
      key: r.itemKey,
      locale: r.locale,
      publishAt: r.publishAt,
      createdAt: r.createdAt,
      createdBy: u ? { name: u.name, email: u.email } : null,
      doneAt: r.doneAt,
      outcome: r.outcome,
      revision: r.revision,
      draftChanged: !r.doneAt && r.revision !== null && heads.has(r.id) && heads.get(r.id) !== r.revision,
    };
  };
  return { ok: true, pending: pending.map(entry), done: done.map(entry) };
}

// ---------------------------------------------------------------- the runner

/** What came of a due row: published, or why not. */
export type RunOutcome = "published" | "forbidden" | "notFound" | "stale" | "invalid" | "failed";

export interface RunSummary {
  published: number;
  results: { id: string; type: string; key: string; locale: string; outcome: RunOutcome }[];
}

/** Rows claimed by a runner that died before recording the outcome are retried after this long. */
const ABANDONED_AFTER_MS = 10 * 60 * 1000;
/** Rows handled per run (the next tick takes the rest). */
const MAX_PER_RUN = 100;

/** Publishes one claimed row as its scheduler; returns the outcome. */
async function publishClaimed(row: {
  entityType: string;
  itemKey: string;
  locale: Locale;
  createdById: string | null;
  revision: number | null;
  data: unknown;
}): Promise<RunOutcome> {
  const type = row.entityType;
  if (!isContentType(type)) return "notFound";
  const account = row.createdById
    ? await db.user.findUnique({
        where: { id: row.createdById },
        select: { id: true, email: true, name: true, role: true, locales: true, deactivatedAt: true },
      })
    : null;
  const user = account && !account.deactivatedAt ? toAdminUser(account) : null;
  if (!user || !can(user, "content:publish")) return "forbidden";
  for (let attempt = 0; attempt < 2; attempt++) {
    const r = await publishTranslation(
      user,
      { type, key: row.itemKey, locale: row.locale },
      { scheduled: { revision: row.revision, data: row.data } },
    );
    if (r.ok) return "published";
    if (r.error !== "stale") return r.error === "noDraft" ? "notFound" : r.error;
  }
  return "stale";
}

/**
 * Publishes every pending schedule due at `now`, oldest first. Each row is claimed by one conditional
 * UPDATE (doneAt IS NULL → set) before anything is published, so concurrent runs split the rows between
 * them and none is published twice; its outcome is recorded afterwards.
 */
export async function runDuePublications(now: Date = new Date()): Promise<RunSummary> {
  const summary: RunSummary = { published: 0, results: [] };
  // A runner that died between claiming and recording leaves "running" behind; give such rows another go.
  await db.scheduledPublication.updateMany({
    where: { outcome: "running", doneAt: { lt: new Date(Date.now() - ABANDONED_AFTER_MS) } },
    data: { doneAt: null, outcome: null },
  });
  const due = await db.scheduledPublication.findMany({
    where: { doneAt: null, publishAt: { lte: now } },
    orderBy: [{ publishAt: "asc" }, { createdAt: "asc" }],
    take: MAX_PER_RUN,
  });
  for (const row of due) {
    const claimed = await db.scheduledPublication.updateMany({
      where: { id: row.id, doneAt: null },
      data: { doneAt: new Date(), outcome: "running" },
    });
    if (claimed.count !== 1) continue; // another runner has it (or it was cancelled meanwhile)
    let outcome: RunOutcome;
    try {
      outcome = await publishClaimed(row);
    } catch (e) {
      console.error(`scheduled publication ${row.id} failed`, e);
      outcome = "failed";
    }
    await db.scheduledPublication.update({ where: { id: row.id }, data: { doneAt: new Date(), outcome } });
    if (outcome === "published") summary.published++;
    summary.results.push({ id: row.id, type: row.entityType, key: row.itemKey, locale: row.locale, outcome });
  }
  return summary;
}
