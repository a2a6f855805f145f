// Readers following changes by email: the only writer of Subscriber and Follow (lib/follow/* sends).
//
// subscribe() validates whatever it is handed, ignores bots that fill the honeypot, and is limited per
// client (SUBSCRIBE_LIMIT an hour, counted in SubscribeAttempt by a salted hash of the address, behind an
// advisory lock like the inquiry form) and per address (at most PENDING_LIMIT unconfirmed follows a day,
// FOLLOW_LIMIT in all). A stranger can make the site store only an unconfirmed follow, deleted after
// CONFIRM_WINDOW_MS, and send one confirmation per follow. The answer never says whether an address is known.
// Everything else takes a signed token (lib/follow/tokens.ts): confirming, preferences, unsubscribing
// (which deletes the reader and whatever mail of theirs the outbox holds) and the JSON export.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { locales, type Locale } from "@/i18n/routing";
import { hashClientKey } from "./inquiries";
import { enqueue } from "@/lib/follow/queue";
import { CONFIRM_WINDOW_MS, describeTarget } from "@/lib/follow/notify";
import { parseTargetKey, targetKey, targetSchema, type Target } from "@/lib/follow/targets";
import { verifyToken } from "@/lib/follow/tokens";

export const SUBSCRIBE_LIMIT = 5;
export const PENDING_LIMIT = 3;
export const FOLLOW_LIMIT = 50;
const HOUR = 60 * 60 * 1000;

export const frequencies = ["instant", "weekly"] as const;
export type Frequency = (typeof frequencies)[number];

const subscribeSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  locale: z.enum(locales),
  frequency: z.enum(frequencies),
  target: targetSchema,
});

export type SubscribeResult =
  { ok: true } | { ok: false; error: "invalid"; fields: string[] } | { ok: false; error: "rateLimited" };

export async function subscribe(
  input: unknown,
  opts: { clientKey: string; honeypot?: string },
): Promise<SubscribeResult> {
  if (opts.honeypot) return { ok: true };
  const parsed = subscribeSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, error: "invalid", fields: [...new Set(parsed.error.issues.map((i) => String(i.path[0])))] };
  const { email, locale, frequency, target } = parsed.data;
  const clientHash = hashClientKey(z.string().min(1).max(512).parse(opts.clientKey));
  const key = targetKey(target);
  return db.$transaction(
    async (tx): Promise<SubscribeResult> => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`subscribe:${clientHash}`}))`;
      const recent = await tx.subscribeAttempt.count({
        where: { clientHash, createdAt: { gte: new Date(Date.now() - HOUR) } },
      });
      if (recent >= SUBSCRIBE_LIMIT) return { ok: false, error: "rateLimited" };
      await tx.subscribeAttempt.create({ data: { clientHash } });
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`subscriber:${email}`}))`;
      // An existing reader's language and rhythm change only through their own signed link.
      const s =
        (await tx.subscriber.findUnique({ where: { email }, include: { follows: true } })) ??
        (await tx.subscriber.create({ data: { email, locale, frequency }, include: { follows: true } }));
      if (s.follows.some((f) => f.target === key)) return { ok: true };
      const pending = s.follows.filter((f) => !f.confirmedAt && f.createdAt.getTime() > Date.now() - 24 * HOUR).length;
      if (pending >= PENDING_LIMIT || s.follows.length >= FOLLOW_LIMIT) return { ok: true };
      const f = await tx.follow.create({
        data: { subscriberId: s.id, target: key, expiresAt: new Date(Date.now() + CONFIRM_WINDOW_MS) },
      });
      await enqueue(tx, { kind: "send", key: `confirm:${f.id}`, payload: { type: "confirm", followId: f.id } });
      return { ok: true };
    },
    { maxWait: 15_000, timeout: 15_000 },
  );
}

/** Confirms the follow a confirmation link names; returns its reader's id (for the preferences link), or null. */
export async function confirmFollow(token: unknown): Promise<{ subscriberId: string } | null> {
  const id = verifyToken("confirm", token);
  if (!id) return null;
  const f = await db.follow.findUnique({ where: { id }, select: { subscriberId: true, confirmedAt: true } });
  if (!f) return null;
  if (!f.confirmedAt) await db.follow.update({ where: { id }, data: { confirmedAt: new Date(), expiresAt: null } });
  return { subscriberId: f.subscriberId };
}

/** Whether a confirmation link is still good (the page shows a button, not a side effect on GET). */
export async function pendingConfirmation(
  token: unknown,
): Promise<{ description: string; confirmed: boolean; locale: Locale } | null> {
  const id = verifyToken("confirm", token);
  if (!id) return null;
  const f = await db.follow.findUnique({ where: { id }, include: { subscriber: { select: { locale: true } } } });
  const t = f && parseTargetKey(f.target);
  if (!f || !t) return null;
  const locale = f.subscriber.locale as Locale;
  return { description: await describeTarget(db, locale, t), confirmed: !!f.confirmedAt, locale };
}

export interface Preferences {
  email: string;
  locale: Locale;
  frequency: Frequency;
  createdAt: string;
  follows: { id: string; target: string; description: string; confirmed: boolean; createdAt: string }[];
}

async function subscriberOf(token: unknown) {
  const id = verifyToken("manage", token);
  return id
    ? db.subscriber.findUnique({ where: { id }, include: { follows: { orderBy: { createdAt: "asc" } } } })
    : null;
}

export async function getPreferences(token: unknown, displayLocale: Locale): Promise<Preferences | null> {
  const s = await subscriberOf(token);
  if (!s) return null;
  const follows = [];
  for (const f of s.follows) {
    const t = parseTargetKey(f.target);
    if (t)
      follows.push({
        id: f.id,
        target: f.target,
        description: await describeTarget(db, displayLocale, t),
        confirmed: !!f.confirmedAt,
        createdAt: f.createdAt.toISOString(),
      });
  }
  return {
    email: s.email,
    locale: s.locale as Locale,
    frequency: s.frequency as Frequency,
    createdAt: s.createdAt.toISOString(),
    follows,
  };
}

const settingsSchema = z.object({ locale: z.enum(locales), frequency: z.enum(frequencies) });

export async function updatePreferences(token: unknown, input: unknown): Promise<boolean> {
  const s = await subscriberOf(token);
  const v = settingsSchema.safeParse(input);
  if (!s || !v.success) return false;
  // Switching to weekly starts the first week now (no digest of everything already sent).
  await db.subscriber.update({
    where: { id: s.id },
    data: { ...v.data, ...(v.data.frequency !== s.frequency ? { digestFrom: new Date() } : {}) },
  });
  return true;
}

/** Stops one follow; the last one gone, the reader is deleted as on unsubscribe ("deleted"). */
export async function removeFollow(token: unknown, followId: unknown): Promise<"removed" | "deleted" | null> {
  const s = await subscriberOf(token);
  if (!s || typeof followId !== "string" || !s.follows.some((f) => f.id === followId)) return null;
  if (s.follows.length === 1) {
    await unsubscribe(token);
    return "deleted";
  }
  await db.follow.delete({ where: { id: followId } });
  return "removed";
}

/** Deletes the reader, their follows and any mail to them still in the outbox. True when there was one. */
export async function unsubscribe(token: unknown): Promise<boolean> {
  const s = await subscriberOf(token);
  if (!s) return false;
  await db.$transaction([
    db.outboxMail.deleteMany({ where: { to: s.email } }),
    db.subscriber.delete({ where: { id: s.id } }),
  ]);
  return true;
}

/** Everything the site holds about a reader, as JSON-ready data. */
export async function exportSubscriber(token: unknown): Promise<object | null> {
  const s = await subscriberOf(token);
  if (!s) return null;
  return {
    email: s.email,
    language: s.locale,
    frequency: s.frequency,
    createdAt: s.createdAt.toISOString(),
    follows: s.follows.map((f) => ({
      target: f.target,
      confirmedAt: f.confirmedAt?.toISOString() ?? null,
      createdAt: f.createdAt.toISOString(),
    })),
    note: "No other data about you is stored: no name, no address history, no tracking.",
  };
}

export type { Target };
