// Investor inquiries: the only writer of the Inquiry table.
//
// createInquiry validates again whatever it is handed (the caller is never trusted), ignores bots that
// fill the honeypot (they are told it worked), and stores the inquiry only while its sender is under the
// rate limit: at most RATE_LIMIT inquiries per sender per hour, counted from the stored rows themselves
// (docs/decisions/002-inquiry-rate-limit.md). Count and insert run in one transaction behind an advisory
// lock on the sender, so concurrent submissions cannot slip past the limit.
import "server-only";
import crypto from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { inquirySalt } from "@/lib/env";
import { locales, type Locale } from "@/i18n/routing";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseInquiry, type InquiryFieldErrors } from "@/lib/validation/inquiry";
import { newInquiryChallenge, verifiedProof, type Challenge } from "./inquiry-challenge";

/** Inquiries one sender may store per RATE_WINDOW_MS. */
export const RATE_LIMIT = 5;
export const RATE_WINDOW_MS = 60 * 60 * 1000;
/**
 * All senders together per RATE_WINDOW_MS before the surge mode starts: past it, each inquiry must carry a
 * solved proof-of-work challenge (lib/data/inquiry-challenge.ts), so a flood from many addresses costs its
 * sender real work while real investors still get through (docs/decisions/002-inquiry-rate-limit.md).
 */
export const GLOBAL_RATE_LIMIT = 200;

export type CreateInquiryResult =
  | { ok: true; reference: string }
  | { ok: false; error: "rateLimited" }
  | { ok: false; error: "challenge"; challenge: Challenge }
  | { ok: false; fieldErrors: InquiryFieldErrors };

const optionsSchema = z.object({
  locale: z.enum(locales),
  /** Who is sending: the client's address (or what stands for it). Only its salted hash is stored. */
  clientKey: z.string().min(1).max(512),
  /** The form's solved challenge (JSON), when it had to solve one. */
  proof: z.string().max(4096).optional(),
});

/** Inquiries stored in the last RATE_WINDOW_MS from everyone, and whether the surge mode is on. */
export async function inquirySurge(): Promise<{ lastHour: number; limit: number; surge: boolean }> {
  const lastHour = await db.inquiry.count({ where: { createdAt: { gte: new Date(Date.now() - RATE_WINDOW_MS) } } });
  return { lastHour, limit: GLOBAL_RATE_LIMIT, surge: lastHour >= GLOBAL_RATE_LIMIT };
}

/** Unambiguous when read aloud or copied by hand: no 0/O, 1/I/L. */
const REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const REFERENCE_LENGTH = 6;

/** A fresh reference such as "INQ-7K2M9Q" (31⁶ ≈ 887 million of them, drawn with crypto.randomInt). */
export function newReference(): string {
  let s = "";
  for (let i = 0; i < REFERENCE_LENGTH; i++) s += REFERENCE_ALPHABET[crypto.randomInt(REFERENCE_ALPHABET.length)];
  return `INQ-${s}`;
}

/** The salted SHA-256 (HMAC) of a client key, hex: what the table keeps instead of the address. */
export function hashClientKey(clientKey: string): string {
  return crypto.createHmac("sha256", inquirySalt()).update(clientKey, "utf8").digest("hex");
}

function isUniqueClash(e: unknown, column: string): boolean {
  if (!(e instanceof Prisma.PrismaClientKnownRequestError) || e.code !== "P2002") return false;
  return JSON.stringify(e.meta ?? {}).includes(column);
}
const isReferenceClash = (e: unknown) => isUniqueClash(e, "reference");

/**
 * Validates and stores an inquiry. Never throws for bad input: invalid fields come back as message keys,
 * a sender over the limit gets `rateLimited`, and nothing is written unless everything passed.
 */
export async function createInquiry(
  input: unknown,
  options: { locale: Locale; clientKey: string; proof?: string },
): Promise<CreateInquiryResult> {
  const { locale, clientKey, proof } = optionsSchema.parse(options);

  const parsed = parseInquiry(input);
  // A filled honeypot is a bot: it is thanked like anyone else and nothing is stored.
  if (!parsed.success && parsed.honeypot) return { ok: true, reference: newReference() };
  if (!parsed.success) return { ok: false, fieldErrors: parsed.fieldErrors };
  const inquiry = parsed.data;
  const clientHash = hashClientKey(clientKey);
  const challengeHash = proof ? await verifiedProof(proof) : null;

  // A reference clash (about one in 887 million per stored inquiry) rolls the transaction back: retry.
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(
        async (tx): Promise<CreateInquiryResult> => {
          // Serializes the inquiries of one sender until commit; other senders are not held up.
          await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${clientHash}))`;
          const recent = await tx.inquiry.count({
            where: { clientHash, createdAt: { gte: new Date(Date.now() - RATE_WINDOW_MS) } },
          });
          if (recent >= RATE_LIMIT) return { ok: false, error: "rateLimited" };
          const everyone = await tx.inquiry.count({
            where: { createdAt: { gte: new Date(Date.now() - RATE_WINDOW_MS) } },
          });
          const surge = everyone >= GLOBAL_RATE_LIMIT;
          if (surge && !challengeHash) return { ok: false, error: "challenge", challenge: await newInquiryChallenge() };
          const row = await tx.inquiry.create({
            data: {
              ...inquiry,
              reference: newReference(),
              locale,
              clientHash,
              challengeHash: surge ? challengeHash : null,
            },
            select: { reference: true },
          });
          return { ok: true, reference: row.reference };
        },
        // Submissions of one sender queue on the lock: give them time rather than fail.
        { maxWait: 15_000, timeout: 15_000 },
      );
    } catch (e) {
      if (attempt < 3 && isReferenceClash(e)) continue;
      // A solved challenge already spent on another inquiry: ask for a new one.
      if (isUniqueClash(e, "challengeHash"))
        return { ok: false, error: "challenge", challenge: await newInquiryChallenge() };
      throw e;
    }
  }
}
