// Creating admin accounts outside a request: the first admin from ADMIN_EMAIL/ADMIN_PASSWORD (the seed,
// lib/content/seed.ts `ensureAdmin`) and `npm run admin:create` (scripts/create-user.ts). Public sign-up is
// off (lib/auth/config.ts), so this is the only way an account comes to exist.
//
// The rows are exactly what better-auth's email + password sign-up writes: a User, and a "credential"
// Account whose accountId is the user's id and whose password is better-auth's own scrypt hash.
// No "server-only" here: scripts run it under plain Node.
import { z } from "zod";
import { hashPassword } from "better-auth/crypto";
import type { Db } from "../prisma-client";
import { adminRoles } from "./permissions";
import { localeSchema } from "../validation/common";

export const newUserSchema = z.object({
  email: z.email().transform((e) => e.trim().toLowerCase()),
  password: z.string().min(12, "must be at least 12 characters").max(128),
  role: z.enum(adminRoles),
  name: z.string().trim().min(1).max(200).optional(),
  locales: z.array(localeSchema).default([]),
});
export type NewUser = z.input<typeof newUserSchema>;

export type CreateUserResult = { created: true; id: string } | { created: false; id: string };

/** Creates the user unless one with that email exists (then nothing changes). Idempotent. */
export async function createUserWithPassword(db: Db, input: NewUser): Promise<CreateUserResult> {
  const u = newUserSchema.parse(input);
  const existing = await db.user.findUnique({ where: { email: u.email }, select: { id: true } });
  if (existing) return { created: false, id: existing.id };
  const hash = await hashPassword(u.password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          email: u.email,
          name: u.name ?? u.email.split("@")[0]!,
          role: u.role,
          locales: u.locales,
          emailVerified: true,
        },
        select: { id: true },
      });
      await tx.account.create({
        data: { userId: user.id, accountId: user.id, providerId: "credential", password: hash },
      });
      await tx.auditLog.create({
        data: {
          userId: null,
          action: "user.create",
          target: `user:${user.id}`,
          details: { email: u.email, role: u.role, locales: u.locales },
        },
      });
      return { created: true as const, id: user.id };
    });
  } catch (e) {
    // Two starts racing: the other one created it.
    const again = await db.user.findUnique({ where: { email: u.email }, select: { id: true } });
    if (again) return { created: false, id: again.id };
    throw e;
  }
}
