// Sign-in throttling (lib/auth.ts calls it before and after every email sign-in). Only failures count, so
// an office whose colleagues all sign in from one address never locks itself out, and:
//
// - per account and address: after AUTH_SIGN_IN_MAX consecutive failures, each further failure makes that
//   address wait for that account twice as long as the last time (30 s, 1 min, 2 min … at most an hour);
//   a success clears it. An attacker guessing a password locks out only themselves, never the real user
//   at another address.
// - per address: at most ADDRESS_MAX (30 by default) failures an hour across all accounts (one address
//   spraying guesses over many accounts).
// - per account: at most ACCOUNT_MAX (100) failures an hour from all addresses together (a guess spread over
//   many addresses); past it, only addresses the account has signed in from before (remembered 90 days) may try.
//
// Counters live in PostgreSQL (LoginThrottle, through rate-limiter-flexible's Prisma store), so restarts and
// several app instances share them. Keys are HMACs: no email or address is stored in the clear.
import "server-only";
import crypto from "node:crypto";
import { RateLimiterPrisma, type RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";
import { authSecret, env } from "@/lib/env";

/** Failures an hour per address (all accounts), and per account (all addresses): 6× and 20× AUTH_SIGN_IN_MAX. */
export const ADDRESS_MAX = env().AUTH_SIGN_IN_MAX * 6;
export const ACCOUNT_MAX = env().AUTH_SIGN_IN_MAX * 20;
const HOUR = 60 * 60;
const FIRST_WAIT = 30;

const limiter = (keyPrefix: string, points: number, duration: number) =>
  new RateLimiterPrisma({
    storeClient: db,
    tableName: "loginThrottle",
    keyPrefix,
    points,
    duration,
    clearExpiredByTimeout: false,
  });

const pairFailures = limiter("pair", 1_000_000, 24 * HOUR);
const pairWait = limiter("wait", 1, HOUR);
const addressFailures = limiter("address", ADDRESS_MAX, HOUR);
const accountFailures = limiter("account", ACCOUNT_MAX, HOUR);
const knownAddresses = limiter("known", 1_000_000, 90 * 24 * HOUR);

function hash(...parts: string[]): string {
  return crypto.createHmac("sha256", authSecret()).update(parts.join("\u0000")).digest("base64url");
}

const normalizeEmail = (email: string) => email.trim().toLowerCase().slice(0, 320);

/** Seconds the back-off makes an address wait for an account after `failures` consecutive failures. */
export function backoffSeconds(failures: number, max = env().AUTH_SIGN_IN_MAX): number {
  if (failures < max) return 0;
  return Math.min(FIRST_WAIT * 2 ** (failures - max), HOUR);
}

const seconds = (res: RateLimiterRes | null) => Math.max(1, Math.ceil((res?.msBeforeNext ?? 1000) / 1000));

/** Seconds this address must wait before trying this account again, or 0 when it may try now. */
export async function signInWait(emailInput: string, address: string): Promise<number> {
  const email = normalizeEmail(emailInput);
  const [wait, byAddress, byAccount] = await Promise.all([
    pairWait.get(hash(email, address)),
    addressFailures.get(hash(address)),
    accountFailures.get(hash(email)),
  ]);
  if (wait && wait.msBeforeNext > 0) return seconds(wait);
  if (byAddress && byAddress.consumedPoints >= ADDRESS_MAX) return seconds(byAddress);
  if (byAccount && byAccount.consumedPoints >= ACCOUNT_MAX) {
    const known = await knownAddresses.get(hash(email, address));
    if (!known) return seconds(byAccount);
  }
  return 0;
}

/** A wrong email or password from this address. */
export async function recordSignInFailure(emailInput: string, address: string): Promise<void> {
  const email = normalizeEmail(emailInput);
  const pair = hash(email, address);
  const [count] = await Promise.all([
    pairFailures.penalty(pair, 1),
    addressFailures.penalty(hash(address), 1),
    accountFailures.penalty(hash(email), 1),
  ]);
  const wait = backoffSeconds(count.consumedPoints);
  if (wait > 0) await pairWait.block(pair, wait);
}

/** A successful sign-in: this pair starts afresh, and the address is remembered for the account. */
export async function recordSignInSuccess(emailInput: string, address: string): Promise<void> {
  const email = normalizeEmail(emailInput);
  const pair = hash(email, address);
  await Promise.all([pairFailures.delete(pair), pairWait.delete(pair), knownAddresses.set(pair, 1, 90 * 24 * HOUR)]);
}

/** Expired counters, deleted now and then (on sign-in). */
export async function purgeExpiredThrottles(): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { expire: { lt: new Date() } } });
}
