// Session tokens stored hashed (security review M4). better-auth 1.7 keeps `Session.token` as the raw
// bearer value and has no option to hash it (only `verification.storeIdentifier: "hashed"`, for
// verification rows), so this wraps its database adapter: for the session model the column holds
// "sha256:" + base64url(SHA-256(token)), every lookup by token hashes the presented value first, and rows
// come back with the raw token the caller asked for (the cookie keeps signing the raw token).
//
// A stored hash never opens a session: the lookup that turns a cookie into a session (findOne, by
// better-auth's findSession) always hashes what it is given, so a hash copied from the table (even signed
// with the cookie secret) matches nothing. The other operations also accept a stored hash as it is, since
// better-auth passes tokens it has just listed (hashes) back to them: "end the other sessions" reads the
// user's sessions, then finds (findMany) and deletes each by its token. To tell the caller's own session in
// such a listing, rows whose token was presented in the last minutes come back with the raw token (kept in
// memory only, at most RECENT_MAX of them).
import { createHash } from "node:crypto";
import type { prismaAdapter } from "better-auth/adapters/prisma";

type AdapterFactory = ReturnType<typeof prismaAdapter>;
type Adapter = ReturnType<AdapterFactory>;
type Row = Record<string, unknown> | null;

const PREFIX = "sha256:";
const RECENT_MAX = 1000;
const RECENT_MS = 5 * 60 * 1000;

/** hash → raw token, for tokens this process was shown recently (insertion order = age). */
const recent = new Map<string, { raw: string; at: number }>();

function remember(hash: string, raw: string) {
  recent.delete(hash);
  recent.set(hash, { raw, at: Date.now() });
  if (recent.size > RECENT_MAX) recent.delete(recent.keys().next().value!);
}

function recalled(hash: string): string | undefined {
  const r = recent.get(hash);
  return r && Date.now() - r.at < RECENT_MS ? r.raw : undefined;
}

/** What the Session table stores for a token. */
export function hashSessionToken(token: string): string {
  return PREFIX + createHash("sha256").update(token, "utf8").digest("base64url");
}

/**
 * The where-clause with every token value hashed, and hash → raw token for restoring rows. With
 * `acceptStored`, a value that already is a stored hash is used as it is.
 */
function hashWhere<W extends { field: string; value?: unknown }>(where: W[] | undefined, acceptStored = false) {
  const raw = new Map<string, string>();
  const one = (v: unknown) => {
    if (typeof v !== "string") return v;
    if (acceptStored && v.startsWith(PREFIX)) return v;
    const h = hashSessionToken(v);
    raw.set(h, v);
    remember(h, v);
    return h;
  };
  const hashed = where?.map((w): W =>
    w.field === "token" ? { ...w, value: Array.isArray(w.value) ? w.value.map(one) : one(w.value) } : w,
  );
  return { where: hashed, raw };
}

function restore<T>(row: T, raw: Map<string, string>): T {
  const r = row as Row;
  const token = r && typeof r.token === "string" ? (raw.get(r.token) ?? recalled(r.token)) : undefined;
  return token ? ({ ...r, token } as T) : row;
}

function hashUpdate(update: Record<string, unknown>): Record<string, unknown> {
  return typeof update.token === "string" ? { ...update, token: hashSessionToken(update.token) } : update;
}

/** A method that finds one session row by where-clause (stored hashes not accepted), its token restored. */
function oneRow<A extends Omit<Adapter, "transaction">, M extends "findOne" | "consumeOne" | "incrementOne">(
  a: A,
  method: M,
): A[M] {
  const call = a[method] as (args: { model: string; where: { field: string; value?: unknown }[] }) => Promise<unknown>;
  return (async (args: { model: string; where: { field: string; value?: unknown }[] }) => {
    if (args.model !== "session") return call(args);
    const { where, raw } = hashWhere(args.where);
    return restore(await call({ ...args, where: where! }), raw);
  }) as A[M];
}

function wrap<A extends Omit<Adapter, "transaction"> & Partial<Pick<Adapter, "transaction">>>(a: A): A {
  const session = (model: string) => model === "session";
  const wrapped: A = {
    ...a,
    create: async (args) => {
      const token = (args.data as Record<string, unknown>).token;
      if (!session(args.model) || typeof token !== "string") return a.create(args);
      const hash = hashSessionToken(token);
      remember(hash, token);
      return restore(await a.create({ ...args, data: { ...args.data, token: hash } }), new Map([[hash, token]]));
    },
    findOne: oneRow(a, "findOne"),
    findMany: async (args) => {
      if (!session(args.model)) return a.findMany(args);
      const { where, raw } = hashWhere(args.where, true);
      return (await a.findMany({ ...args, where })).map((row) => restore(row, raw));
    },
    count: async (args) =>
      session(args.model) ? a.count({ ...args, where: hashWhere(args.where).where }) : a.count(args),
    update: async (args) => {
      if (!session(args.model)) return a.update(args);
      const { where, raw } = hashWhere(args.where);
      return restore(await a.update({ ...args, where: where!, update: hashUpdate(args.update) }), raw);
    },
    updateMany: async (args) =>
      session(args.model)
        ? a.updateMany({ ...args, where: hashWhere(args.where).where!, update: hashUpdate(args.update) })
        : a.updateMany(args),
    delete: async (args) =>
      session(args.model) ? a.delete({ ...args, where: hashWhere(args.where, true).where! }) : a.delete(args),
    deleteMany: async (args) =>
      session(args.model) ? a.deleteMany({ ...args, where: hashWhere(args.where, true).where! }) : a.deleteMany(args),
    consumeOne: oneRow(a, "consumeOne"),
    incrementOne: oneRow(a, "incrementOne"),
  };
  if (a.transaction) {
    const transaction = a.transaction;
    wrapped.transaction = ((callback: (trx: Omit<Adapter, "transaction">) => Promise<unknown>) =>
      transaction((trx) => callback(wrap(trx)))) as Adapter["transaction"];
  }
  return wrapped;
}

/** better-auth's adapter with session tokens hashed at rest: `database: hashSessionTokens(prismaAdapter(…))`. */
export function hashSessionTokens(factory: AdapterFactory): AdapterFactory {
  return (options) => wrap(factory(options));
}
