// User management in the admin (admins only, "user:manage"): the list of accounts, creating one with an
// initial password, changing name, role and languages, deactivating and reactivating, and setting a new
// password. Every change is one transaction with its AuditLog row, written in the acting admin's name.
//
// Every function takes the acting user and checks `user:manage` itself (lib/auth/permissions.ts); the
// writes also lock the active administrators' rows and check, inside the transaction, that the actor is
// still one of them. That lock is also what keeps the last active administrator: two admins demoting or
// deactivating each other at the same moment take turns, and the second finds itself no longer an admin.
// Expected failures come back as typed results, never as throws. Not cached: the admin must see the
// current state.
//
// Passwords are hashed exactly as better-auth hashes them (better-auth/crypto, scrypt), in a "credential"
// Account whose accountId is the user's id, like lib/auth/users.ts. Ending someone's sessions deletes
// their Session rows; a deactivated account cannot sign in again (the session hook in lib/auth.ts).
import "server-only";
import { z } from "zod";
import { hashPassword } from "better-auth/crypto";
import { db } from "@/lib/db";
import { locales, type Locale } from "@/i18n/routing";
import { adminRoles, can, type AdminRole, type AdminUser } from "@/lib/auth/permissions";
import { Prisma } from "@/lib/generated/prisma/client";

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

export const userLimits = { name: 200, email: 254, passwordMin: 12, passwordMax: 128 } as const;

export type UserField = "name" | "email" | "role" | "locales" | "password";
export type UserFieldErrorCode = "required" | "invalid" | "tooShort" | "tooLong" | "taken";
export type UserFieldErrors = Partial<Record<UserField, UserFieldErrorCode>>;

export type Denied = { ok: false; error: "forbidden" };
export type Invalid = { ok: false; error: "invalid"; fieldErrors: UserFieldErrors };
/** `self`: an admin may not demote or deactivate themself. `lastAdmin`: one active admin must remain. */
export type Refused = { ok: false; error: "forbidden" | "notFound" | "stale" | "self" | "lastAdmin" };

export interface UserListItem {
  id: string;
  email: string;
  name: string;
  role: AdminRole;
  locales: Locale[];
  deactivatedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** From the audit log ("auth.sign-in"); null when never. */
  lastSignInAt: Date | null;
}

export interface UserDetail extends UserListItem {
  /** Open sessions (signed-in browsers). */
  sessions: number;
  /** Whether this is the acting admin. */
  isSelf: boolean;
}

const userSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  locales: true,
  deactivatedAt: true,
  createdAt: true,
  updatedAt: true,
} as const;

async function lastSignIns(ids: string[]): Promise<Map<string, Date>> {
  if (ids.length === 0) return new Map();
  const rows = await db.auditLog.groupBy({
    by: ["userId"],
    where: { action: "auth.sign-in", userId: { in: ids } },
    _max: { at: true },
  });
  return new Map(rows.filter((r) => r.userId && r._max.at).map((r) => [r.userId!, r._max.at!]));
}

// ---------------------------------------------------------------- reading

/** Every account: active ones first, then by name and email. */
export async function listUsers(actor: AdminUser | null): Promise<{ ok: true; items: UserListItem[] } | Denied> {
  if (!can(actor, "user:manage")) return { ok: false, error: "forbidden" };
  const rows = await db.user.findMany({ select: userSelect, orderBy: [{ name: "asc" }, { email: "asc" }] });
  const last = await lastSignIns(rows.map((r) => r.id));
  const items = rows.map((r) => ({ ...r, lastSignInAt: last.get(r.id) ?? null }));
  items.sort((a, b) => Number(!!a.deactivatedAt) - Number(!!b.deactivatedAt));
  return { ok: true, items };
}

const idSchema = z.string().min(1).max(64);

export async function getUserForEditing(
  actor: AdminUser | null,
  id: unknown,
): Promise<{ ok: true; user: UserDetail } | { ok: false; error: "forbidden" | "notFound" }> {
  if (!can(actor, "user:manage")) return { ok: false, error: "forbidden" };
  const i = idSchema.safeParse(id);
  if (!i.success) return { ok: false, error: "notFound" };
  const row = await db.user.findUnique({
    where: { id: i.data },
    select: { ...userSelect, _count: { select: { sessions: true } } },
  });
  if (!row) return { ok: false, error: "notFound" };
  const { _count, ...user } = row;
  const last = await lastSignIns([user.id]);
  return {
    ok: true,
    user: {
      ...user,
      lastSignInAt: last.get(user.id) ?? null,
      sessions: _count.sessions,
      isSelf: user.id === actor!.id,
    },
  };
}

// ---------------------------------------------------------------- validation

const str = (v: unknown) => (typeof v === "string" ? v : "");

/** The locales of a form (repeated "locales" values), deduplicated in the portal's order; null when one is unknown. */
function parseLocales(v: unknown): Locale[] | null {
  const list = v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v];
  if (list.length > 10 || !list.every((x) => typeof x === "string" && (locales as readonly string[]).includes(x)))
    return null;
  return locales.filter((l) => list.includes(l));
}

function checkName(raw: unknown, errors: UserFieldErrors): string {
  const name = str(raw).trim();
  if (!name) errors.name = "required";
  else if (name.length > userLimits.name) errors.name = "tooLong";
  return name;
}

function checkPassword(raw: unknown, errors: UserFieldErrors): string {
  // Taken as typed: spaces are part of a password.
  const password = str(raw);
  if (!password) errors.password = "required";
  else if (password.length < userLimits.passwordMin) errors.password = "tooShort";
  else if (password.length > userLimits.passwordMax) errors.password = "tooLong";
  return password;
}

function checkRoleAndLocales(
  input: Record<string, unknown>,
  errors: UserFieldErrors,
): { role: AdminRole; locales: Locale[] } {
  const role = z.enum(adminRoles).safeParse(input.role);
  if (!role.success) errors.role = input.role === undefined || input.role === "" ? "required" : "invalid";
  const ls = parseLocales(input.locales);
  if (!ls) errors.locales = "invalid";
  // Languages only mean something for a translator, who needs at least one.
  else if (role.success && role.data === "translator" && ls.length === 0) errors.locales = "required";
  const r = role.success ? role.data : "translator";
  return { role: r, locales: r === "translator" ? (ls ?? []) : [] };
}

const emailFormat = z.email();

function checkEmail(raw: unknown, errors: UserFieldErrors): string {
  const email = str(raw).trim().toLowerCase();
  if (!email) errors.email = "required";
  else if (email.length > userLimits.email) errors.email = "tooLong";
  else if (!emailFormat.safeParse(email).success) errors.email = "invalid";
  return email;
}

const asRecord = (input: unknown): Record<string, unknown> =>
  input && typeof input === "object" && !Array.isArray(input) ? (input as Record<string, unknown>) : {};

/** An optional ISO timestamp (the updatedAt the form was opened at); undefined when absent or unreadable. */
function expectedStamp(v: unknown): number | undefined {
  if (typeof v !== "string" || !v) return undefined;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : t;
}

const isUniqueViolation = (e: unknown) => e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";

/**
 * Locks the rows of the active administrators (in id order, so concurrent callers cannot deadlock) and
 * returns their ids. Until the transaction ends, nobody else can demote or deactivate any of them.
 */
async function lockActiveAdmins(tx: Tx): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "User" WHERE "role" = 'admin' AND "deactivatedAt" IS NULL ORDER BY "id" FOR UPDATE`;
  return rows.map((r) => r.id);
}

// ---------------------------------------------------------------- writing

export type CreateUserResult = { ok: true; id: string } | Denied | Invalid;

/** Creates an account with an initial password (≥ 12 characters). An email already in use is `taken`. */
export async function createUser(actor: AdminUser | null, input: unknown): Promise<CreateUserResult> {
  if (!can(actor, "user:manage")) return { ok: false, error: "forbidden" };
  const raw = asRecord(input);
  const fieldErrors: UserFieldErrors = {};
  const name = checkName(raw.name, fieldErrors);
  const email = checkEmail(raw.email, fieldErrors);
  const { role, locales: ls } = checkRoleAndLocales(raw, fieldErrors);
  const password = checkPassword(raw.password, fieldErrors);
  if (Object.keys(fieldErrors).length) return { ok: false, error: "invalid", fieldErrors };
  const hash = await hashPassword(password);
  const taken: Invalid = { ok: false, error: "invalid", fieldErrors: { email: "taken" } };
  try {
    return await db.$transaction(async (tx): Promise<CreateUserResult> => {
      const admins = await lockActiveAdmins(tx);
      if (!admins.includes(actor!.id)) return { ok: false, error: "forbidden" };
      if (await tx.user.findUnique({ where: { email }, select: { id: true } })) return taken;
      const user = await tx.user.create({
        data: { email, name, role, locales: ls, emailVerified: true },
        select: { id: true },
      });
      await tx.account.create({
        data: { userId: user.id, accountId: user.id, providerId: "credential", password: hash },
      });
      await tx.auditLog.create({
        data: {
          userId: actor!.id,
          action: "user.create",
          target: `user:${user.id}`,
          details: { email, name, role, locales: ls },
        },
      });
      return { ok: true, id: user.id };
    });
  } catch (e) {
    // Another request created the same email between the check and the insert.
    if (isUniqueViolation(e)) return taken;
    throw e;
  }
}

export type UpdateUserResult = { ok: true; changed: boolean; updatedAt: Date } | Invalid | Refused;

/**
 * Changes name, role and languages (languages are kept for translators only). `expectedUpdatedAt` (the
 * account's updatedAt when the form was opened, ISO) makes a change based on an older state `stale`.
 */
export async function updateUser(actor: AdminUser | null, input: unknown): Promise<UpdateUserResult> {
  if (!can(actor, "user:manage")) return { ok: false, error: "forbidden" };
  const raw = asRecord(input);
  const id = idSchema.safeParse(raw.id);
  if (!id.success) return { ok: false, error: "notFound" };
  const fieldErrors: UserFieldErrors = {};
  const name = checkName(raw.name, fieldErrors);
  const { role, locales: ls } = checkRoleAndLocales(raw, fieldErrors);
  if (Object.keys(fieldErrors).length) return { ok: false, error: "invalid", fieldErrors };
  const expected = expectedStamp(raw.expectedUpdatedAt);

  return db.$transaction(async (tx): Promise<UpdateUserResult> => {
    const admins = await lockActiveAdmins(tx);
    if (!admins.includes(actor!.id)) return { ok: false, error: "forbidden" };
    const before = await tx.user.findUnique({ where: { id: id.data }, select: userSelect });
    if (!before) return { ok: false, error: "notFound" };
    if (expected !== undefined && before.updatedAt.getTime() !== expected) return { ok: false, error: "stale" };
    if (before.role === "admin" && role !== "admin") {
      if (before.id === actor!.id) return { ok: false, error: "self" };
      if (!before.deactivatedAt && admins.every((a) => a === before.id)) return { ok: false, error: "lastAdmin" };
    }
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    if (before.name !== name) changes.name = { from: before.name, to: name };
    if (before.role !== role) changes.role = { from: before.role, to: role };
    if (before.locales.join(",") !== ls.join(",")) changes.locales = { from: before.locales, to: ls };
    if (Object.keys(changes).length === 0) return { ok: true, changed: false, updatedAt: before.updatedAt };
    const updatedAt = new Date();
    // Guarded by the updatedAt just read: a write that slipped in between makes this one stale.
    const done = await tx.user.updateMany({
      where: { id: before.id, updatedAt: before.updatedAt },
      data: { name, role, locales: ls, updatedAt },
    });
    if (done.count !== 1) return { ok: false, error: "stale" };
    await tx.auditLog.create({
      data: {
        userId: actor!.id,
        action: "user.update",
        target: `user:${before.id}`,
        details: changes as Prisma.InputJsonObject,
      },
    });
    return { ok: true, changed: true, updatedAt };
  });
}

export type StatusResult = { ok: true; changed: boolean; sessionsEnded: number } | Refused;

/** Deactivates an account: it can no longer sign in, and its sessions end in the same transaction. */
export async function deactivateUser(actor: AdminUser | null, input: unknown): Promise<StatusResult> {
  if (!can(actor, "user:manage")) return { ok: false, error: "forbidden" };
  const id = idSchema.safeParse(asRecord(input).id);
  if (!id.success) return { ok: false, error: "notFound" };
  return db.$transaction(async (tx): Promise<StatusResult> => {
    const admins = await lockActiveAdmins(tx);
    if (!admins.includes(actor!.id)) return { ok: false, error: "forbidden" };
    const before = await tx.user.findUnique({
      where: { id: id.data },
      select: { id: true, role: true, deactivatedAt: true },
    });
    if (!before) return { ok: false, error: "notFound" };
    if (before.id === actor!.id) return { ok: false, error: "self" };
    if (before.deactivatedAt) return { ok: true, changed: false, sessionsEnded: 0 };
    if (before.role === "admin" && admins.every((a) => a === before.id)) return { ok: false, error: "lastAdmin" };
    await tx.user.update({ where: { id: before.id }, data: { deactivatedAt: new Date() } });
    const ended = await tx.session.deleteMany({ where: { userId: before.id } });
    await tx.auditLog.create({
      data: {
        userId: actor!.id,
        action: "user.deactivate",
        target: `user:${before.id}`,
        details: { sessionsEnded: ended.count },
      },
    });
    return { ok: true, changed: true, sessionsEnded: ended.count };
  });
}

/** Lets a deactivated account sign in again. */
export async function reactivateUser(actor: AdminUser | null, input: unknown): Promise<StatusResult> {
  if (!can(actor, "user:manage")) return { ok: false, error: "forbidden" };
  const id = idSchema.safeParse(asRecord(input).id);
  if (!id.success) return { ok: false, error: "notFound" };
  return db.$transaction(async (tx): Promise<StatusResult> => {
    const admins = await lockActiveAdmins(tx);
    if (!admins.includes(actor!.id)) return { ok: false, error: "forbidden" };
    const before = await tx.user.findUnique({ where: { id: id.data }, select: { id: true, deactivatedAt: true } });
    if (!before) return { ok: false, error: "notFound" };
    if (!before.deactivatedAt) return { ok: true, changed: false, sessionsEnded: 0 };
    await tx.user.update({ where: { id: before.id }, data: { deactivatedAt: null } });
    await tx.auditLog.create({
      data: {
        userId: actor!.id,
        action: "user.reactivate",
        target: `user:${before.id}`,
        details: { deactivatedAt: before.deactivatedAt.toISOString() },
      },
    });
    return { ok: true, changed: true, sessionsEnded: 0 };
  });
}

export type PasswordResult = { ok: true; sessionsEnded: number } | Invalid | Refused;

/**
 * Sets a new password (≥ 12 characters) and ends the account's sessions, so it signs in again with the
 * new one. An admin setting their own password signs themself out too.
 */
export async function resetPassword(actor: AdminUser | null, input: unknown): Promise<PasswordResult> {
  if (!can(actor, "user:manage")) return { ok: false, error: "forbidden" };
  const raw = asRecord(input);
  const id = idSchema.safeParse(raw.id);
  if (!id.success) return { ok: false, error: "notFound" };
  const fieldErrors: UserFieldErrors = {};
  const password = checkPassword(raw.password, fieldErrors);
  if (Object.keys(fieldErrors).length) return { ok: false, error: "invalid", fieldErrors };
  const hash = await hashPassword(password);
  return db.$transaction(async (tx): Promise<PasswordResult> => {
    const admins = await lockActiveAdmins(tx);
    if (!admins.includes(actor!.id)) return { ok: false, error: "forbidden" };
    const user = await tx.user.findUnique({ where: { id: id.data }, select: { id: true } });
    if (!user) return { ok: false, error: "notFound" };
    const account = await tx.account.findFirst({
      where: { userId: user.id, providerId: "credential" },
      select: { id: true },
    });
    if (account) {
      await tx.account.update({ where: { id: account.id }, data: { password: hash, accountId: user.id } });
    } else {
      await tx.account.create({
        data: { userId: user.id, accountId: user.id, providerId: "credential", password: hash },
      });
    }
    const ended = await tx.session.deleteMany({ where: { userId: user.id } });
    await tx.auditLog.create({
      data: {
        userId: actor!.id,
        action: "user.password-reset",
        target: `user:${user.id}`,
        details: { sessionsEnded: ended.count },
      },
    });
    return { ok: true, sessionsEnded: ended.count };
  });
}
