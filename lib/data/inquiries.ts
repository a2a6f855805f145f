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

/** Inquiries one sender may store per RATE_WINDOW_MS. */
export const RATE_LIMIT = 5;
export const RATE_WINDOW_MS = 60 * 60 * 1000;
/**
 * All senders together per RATE_WINDOW_MS: a backstop for senders who forge X-Forwarded-For to look
 * like many (docs/decisions/002-inquiry-rate-limit.md). Approximate under concurrency, by design.
 */
export const GLOBAL_RATE_LIMIT = 200;

export type CreateInquiryResult =
  | { ok: true; reference: string }
  | { ok: false; error: "rateLimited" }
  | { ok: false; fieldErrors: InquiryFieldErrors };

const optionsSchema = z.object({
  locale: z.enum(locales),
  /** Who is sending: the client's address (or what stands for it). Only its salted hash is stored. */
  clientKey: z.string().min(1).max(512),
});

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

function isReferenceClash(e: unknown): boolean {
  if (!(e instanceof Prisma.PrismaClientKnownRequestError) || e.code !== "P2002") return false;
  return JSON.stringify(e.meta ?? {}).includes("reference");
}

/**
 * Validates and stores an inquiry. Never throws for bad input: invalid fields come back as message keys,
 * a sender over the limit gets `rateLimited`, and nothing is written unless everything passed.
 */
export async function createInquiry(
  input: unknown,
  options: { locale: Locale; clientKey: string },
): Promise<CreateInquiryResult> {
  const { locale, clientKey } = optionsSchema.parse(options);

  const parsed = parseInquiry(input);
  // A filled honeypot is a bot: it is thanked like anyone else and nothing is stored.
  if (!parsed.success && parsed.honeypot) return { ok: true, reference: newReference() };
  if (!parsed.success) return { ok: false, fieldErrors: parsed.fieldErrors };
  const inquiry = parsed.data;
  const clientHash = hashClientKey(clientKey);

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
          const everyone = await tx.inquiry.count({ where: { createdAt: { gte: new Date(Date.now() - RATE_WINDOW_MS) } } });
          if (everyone >= GLOBAL_RATE_LIMIT) return { ok: false, error: "rateLimited" };
          const row = await tx.inquiry.create({
            data: { ...inquiry, reference: newReference(), locale, clientHash },
            select: { reference: true },
          });
          return { ok: true, reference: row.reference };
        },
        // Submissions of one sender queue on the lock: give them time rather than fail.
        { maxWait: 15_000, timeout: 15_000 },
      );
    } catch (e) {
      if (attempt < 3 && isReferenceClash(e)) continue;
      throw e;
    }
  }
}
