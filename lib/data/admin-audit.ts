// The audit trail's writers outside a domain change: sign-out (sign-in is written by better-auth's
// session hook in lib/auth.ts; inquiry status changes by lib/data/admin-inquiries.ts, in their own
// transaction).
import "server-only";
import { db } from "@/lib/db";
import type { AdminUser } from "@/lib/auth/permissions";

export async function auditSignOut(actor: AdminUser): Promise<void> {
  await db.auditLog.create({
    data: { userId: actor.id, action: "auth.sign-out", target: `user:${actor.id}`, details: {} },
  });
}
