// Signed links for subscribers: confirm a follow, manage preferences, unsubscribe, export. A token is the
// row's id and an HMAC of purpose + id under a key derived from the auth secret (lib/env.ts authSecret), so
// nothing is stored for it and it dies with the row (an unsubscribed reader's links open nothing).
// No server-only import: the API routes and tests use it too.
import crypto from "node:crypto";
import { authSecret } from "@/lib/env";

export type TokenPurpose = "confirm" | "manage";

const mac = (purpose: TokenPurpose, id: string, secret: string) =>
  crypto.createHmac("sha256", secret).update(`portal:follow:${purpose}:v1:${id}`).digest("base64url").slice(0, 32);

export function signToken(purpose: TokenPurpose, id: string, secret: string = authSecret()): string {
  return `${id}.${mac(purpose, id, secret)}`;
}

/** The id a token was made for, or null when it is malformed or not ours. */
export function verifyToken(purpose: TokenPurpose, token: unknown, secret: string = authSecret()): string | null {
  if (typeof token !== "string" || token.length > 100) return null;
  const m = /^([a-z0-9]{8,40})\.([A-Za-z0-9_-]{32})$/.exec(token);
  if (!m) return null;
  const a = Buffer.from(m[2]!);
  const b = Buffer.from(mac(purpose, m[1]!, secret));
  return a.length === b.length && crypto.timingSafeEqual(a, b) ? m[1]! : null;
}
