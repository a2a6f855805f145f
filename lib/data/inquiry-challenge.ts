// The proof-of-work check the inquiry form asks for while inquiries surge (more than GLOBAL_RATE_LIMIT an
// hour from everyone together): altcha-lib's challenges, self-hosted, nothing leaves this machine. The
// browser solves one in a few seconds (components/inquiry/proof-of-work.tsx, WebCrypto SHA-256); a script
// sending thousands must pay that for each. A challenge is signed (HMAC, key derived from
// BETTER_AUTH_SECRET), expires after ten minutes, and a solution is accepted once: its hash is stored with
// the inquiry it let through (Inquiry.challengeHash is unique).
import "server-only";
import crypto from "node:crypto";
import { createChallenge, randomInt, verifySolution, type Challenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/sha";
import { z } from "zod";
import { authSecret } from "@/lib/env";

export type { Challenge };
const ALGORITHM = "SHA-256";
const LIFETIME_MS = 10 * 60 * 1000;
/** Counter range of a challenge: the browser tries this many hashes on average (≈ 1–4 s on a phone). */
export const CHALLENGE_WORK = { min: 20_000, max: 60_000 } as const;

const secret = () => crypto.createHmac("sha256", authSecret()).update("inquiry-challenge").digest("hex");

export function newInquiryChallenge(): Promise<Challenge> {
  return createChallenge({
    algorithm: ALGORITHM,
    cost: 1,
    counter: randomInt(CHALLENGE_WORK.min, CHALLENGE_WORK.max),
    deriveKey,
    expiresAt: new Date(Date.now() + LIFETIME_MS),
    hmacSignatureSecret: secret(),
  });
}

/** What the form posts back: the challenge it was given and its solution, as JSON (at most 4 KB). */
const proofSchema = z.object({
  challenge: z.object({
    parameters: z
      .object({
        algorithm: z.literal(ALGORITHM),
        nonce: z.string().max(200),
        salt: z.string().max(200),
        cost: z.number().int().min(1).max(10),
        keyLength: z.number().int().min(1).max(64),
        keyPrefix: z.string().max(200),
      })
      .loose(),
    signature: z.string().max(200),
  }),
  solution: z.object({ counter: z.number().int().min(0).max(10_000_000), derivedKey: z.string().max(200) }),
});

/** The hash of a verified proof (to be stored once), or null when it is missing, malformed, expired or wrong. */
export async function verifiedProof(raw: unknown): Promise<string | null> {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 4096) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  const proof = proofSchema.safeParse(json);
  if (!proof.success) return null;
  const result = await verifySolution({
    challenge: proof.data.challenge as Challenge,
    solution: proof.data.solution,
    deriveKey,
    hmacSignatureSecret: secret(),
  }).catch(() => null);
  if (!result?.verified) return null;
  return crypto.createHash("sha256").update(proof.data.challenge.signature).digest("hex");
}
