// The credential of the in-server runners (timers.ts) for POST /api/internal/publish-due and mail-queue: an
// HMAC of a fixed label under the auth secret (lib/env.ts authSecret), so nothing new to configure and
// the secret itself never travels. Both sides run in the same process with the same environment.
// No server-only import: instrumentation.ts loads this outside React's server bundle.
import crypto from "node:crypto";
import { authSecret } from "@/lib/env";

export const PUBLISH_DUE_PATH = "/api/internal/publish-due";
export const PUBLISH_DUE_HEADER = "x-publish-due-token";

export function publishDueToken(secret: string = authSecret()): string {
  return crypto.createHmac("sha256", secret).update("portal:publish-due:v1").digest("base64url");
}

/** Constant-time comparison (both sides hashed first, so their lengths never differ). */
export function isPublishDueToken(candidate: string | null | undefined, secret?: string): boolean {
  if (typeof candidate !== "string" || candidate.length === 0 || candidate.length > 200) return false;
  const a = crypto.createHash("sha256").update(candidate).digest();
  const b = crypto.createHash("sha256").update(publishDueToken(secret)).digest();
  return crypto.timingSafeEqual(a, b);
}
