// Driver-adapter side of the schema-engine shim: a PostgreSQL "migration aware" adapter factory
// built on @prisma/adapter-pg, with the fixes the WebAssembly schema engine needs.
//
// What the wasm engine expects (see SchemaEngine.new in @prisma/schema-engine-wasm) is an
// *error capturing* SqlMigrationAwareDriverAdapterFactory, i.e. the result of
// `bindMigrationAwareSqlAdapterFactory(factory)`. The engine calls:
//   * factory.connect()            once, for the main database (the datasource URL);
//   * factory.connectToShadowDb()  whenever it needs a scratch database (migrate dev, diff from a
//                                  migrations directory, ...), and `dispose()` on that adapter when done.
//
// Deviations from plain @prisma/adapter-pg, and why:
//   1. connectToShadowDb(): adapter-pg creates `prisma_migrate_shadow_db_<uuid>` but then connects a
//      pool with `{ ...config, database }`. With a `connectionString` config the URL wins over
//      `database`, so the "shadow" pool talks to the MAIN database, and migrate dev would replay the
//      whole migration history on top of the real schema. We create a real database
//      (`prisma_shadow_<random>`) on the same server, point a separate pool at it through a rewritten
//      URL, and drop it again in dispose() - and at process exit for anything left behind.
//   2. Column type OID 18 (`"char"`, used by pg_catalog columns such as pg_proc.prokind) and a few
//      other catalog types are not mapped by adapter-pg (it throws "Unsupported column type char"),
//      which breaks introspection as soon as the database contains functions/triggers. We report
//      them as text.
//   3. executeScript(): adapter-pg splits scripts on every ";" - which breaks on semicolons inside
//      string literals, comments, or dollar-quoted function bodies. The native engine sends the
//      whole script in one simple-protocol query (Postgres then runs it as one implicit
//      transaction unless the script manages transactions itself); we do the same.

import { randomBytes } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

/**
 * An error as the engine and the CLI see it: a Prisma error code, its meta data, and whether the user
 * should read it (`userFacing`). Errors from pg carry a PostgreSQL SQLSTATE in `code`.
 * @typedef {Error & { code?: string, meta?: object, isUserFacing?: boolean }} CodedError
 */

// ---------------------------------------------------------------------------------------------
// Connection-string helpers
// ---------------------------------------------------------------------------------------------

/** Parses a postgres:// or postgresql:// URL; throws a user-facing P1013 error when it is not one. */
export function parseDatabaseUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw userFacing("P1013", "The provided database string is invalid. The URL could not be parsed.");
  }
  if (parsed.protocol !== "postgres:" && parsed.protocol !== "postgresql:") {
    throw userFacing(
      "P1013",
      `The provided database string is invalid. This schema engine shim only supports PostgreSQL URLs (postgres:// or postgresql://), got \`${parsed.protocol}\`.`,
    );
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, "")) || "postgres";
  const host = parsed.hostname || parsed.searchParams.get("host") || "localhost";
  const port = Number(parsed.port || 5432);
  const user = decodeURIComponent(parsed.username || "") || process.env.PGUSER || process.env.USER || "postgres";
  const schema = parsed.searchParams.get("schema") || "public";
  // Prisma's `connect_timeout` is in seconds (default 5); pg wants milliseconds and defaults to "never".
  const connectTimeoutSecs = Number(parsed.searchParams.get("connect_timeout") ?? 5);
  const connectionTimeoutMillis =
    Number.isFinite(connectTimeoutSecs) && connectTimeoutSecs > 0 ? connectTimeoutSecs * 1000 : 0;
  return { url, parsed, database, host, port, user, schema, connectionTimeoutMillis };
}

/** Same URL, other database. Query parameters (sslmode, schema, ...) are kept. */
export function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = "/" + encodeURIComponent(database);
  return u.toString();
}

/** Connection info for the server's maintenance database (to CREATE/DROP other databases). */
export function maintenanceInfo(info) {
  return parseDatabaseUrl(withDatabase(info.url, "postgres"));
}

function pgConfig(info) {
  const config = { connectionString: info.url, connectionTimeoutMillis: info.connectionTimeoutMillis };
  // `?schema=` in a Prisma URL selects the schema. The engine only learns the name (through the
  // adapter's getConnectionInfo) and emits unqualified DDL, so - like the native engine - point the
  // session's search_path at it. (Startup option; spaces must be backslash-escaped there.)
  if (info.parsed.searchParams.has("schema") && !info.parsed.searchParams.has("options")) {
    config.options = `-c search_path=${quoteIdent(info.schema).replace(/[\\ ]/g, "\\$&")}`;
  }
  return config;
}

export function quoteIdent(name) {
  return '"' + String(name).replaceAll('"', '""') + '"';
}

// ---------------------------------------------------------------------------------------------
// User-facing errors (the `P1xxx` codes the Prisma CLI knows how to print)
// ---------------------------------------------------------------------------------------------

/**
 * An Error carrying a Prisma user-facing error code, like the ones the engine itself produces.
 * @param {string} code
 * @param {string} message
 * @returns {CodedError}
 */
export function userFacing(code, message, meta = {}) {
  const e = /** @type {CodedError} */ (new Error(message));
  e.code = code;
  e.meta = meta;
  e.isUserFacing = true;
  return e;
}

const TLS_CODES = new Set([
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "CERT_HAS_EXPIRED",
  "ERR_TLS_CERT_ALTNAME_INVALID",
]);

/**
 * Maps an error from `pg` (socket, TLS or server error) to a Prisma user-facing error, using the
 * same codes and message templates as the native engine (libs/user-facing-errors/src/common.rs).
 * Returns null when the error is not a connection-level problem.
 */
export function mapPgError(err, info) {
  if (!err || typeof err !== "object") return null;
  const where = `\`${info.host}\`:\`${info.port}\``;
  const code = err.code;
  const msg = String(err.message ?? "");
  if (
    ["ECONNREFUSED", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN", "ETIMEDOUT", "ENOENT"].includes(code) ||
    (!code && /timeout expired|connection timeout/i.test(msg))
  ) {
    return userFacing(
      "P1001",
      `Can't reach database server at ${where}\n\nPlease make sure your database server is running at ${where}.`,
      { database_host: info.host, database_port: info.port },
    );
  }
  if (code === "ECONNRESET" || (!code && /Connection terminated unexpectedly/i.test(msg))) {
    return userFacing("P1017", "Server has closed the connection.");
  }
  if (TLS_CODES.has(code) || (!code && /SSL|TLS|certificate/i.test(msg))) {
    return userFacing("P1011", `Error opening a TLS connection: ${msg}`);
  }
  switch (code) {
    case "3D000":
      return userFacing(
        "P1003",
        `Database \`${info.database}\` does not exist on the database server at \`${info.host}:${info.port}\`.`,
        { database_name: info.database, database_host: info.host, database_port: info.port },
      );
    case "28P01":
      return userFacing(
        "P1000",
        `Authentication failed against database server at \`${info.host}\`, the provided database credentials for \`${info.user}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at \`${info.host}\`.`,
        { database_user: info.user, database_host: info.host },
      );
    case "28000":
      return userFacing("P1010", `User \`${info.user}\` was denied access on the database \`${info.database}\``, {
        database_user: info.user,
        database_name: info.database,
      });
    case "42P04":
      return userFacing(
        "P1009",
        `Database \`${info.database}\` already exists on the database server at \`${info.host}:${info.port}\``,
        { database_name: info.database, database_host: info.host, database_port: info.port },
      );
    default:
      return null;
  }
}

/** Opens a single pg client, runs `fn(client)`, always closes it. Errors are mapped to P1xxx when possible. */
export async function withClient(info, fn) {
  const client = new pg.Client(pgConfig(info));
  client.on("error", () => {}); // a server-side disconnect must not crash the process
  try {
    await client.connect();
  } catch (e) {
    await client.end().catch(() => {});
    throw mapPgError(e, info) ?? e;
  }
  try {
    return await fn(client);
  } catch (e) {
    throw mapPgError(e, info) ?? e;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Runs `fn` on a connection to the same *server* as `info`, for CREATE/DROP DATABASE. Tries the
 * database of the URL first (it usually exists and the user may only be allowed there), then the
 * usual maintenance databases.
 */
export async function withMaintenanceClient(info, fn) {
  const candidates = [...new Set([info.database, "postgres", "template1"])];
  let lastError;
  for (const db of candidates) {
    const target = db === info.database ? info : parseDatabaseUrl(withDatabase(info.url, db));
    let connected = false;
    try {
      return await withClient(target, async (client) => {
        connected = true;
        return fn(client);
      });
    } catch (e) {
      if (connected) throw e; // the statement itself failed: don't retry elsewhere
      lastError = e;
      // Only "this database does not exist / may not be used" is worth retrying with another one.
      if (!["P1003", "P1010"].includes(/** @type {CodedError} */ (e)?.code ?? "")) throw e;
    }
  }
  throw lastError;
}

// ---------------------------------------------------------------------------------------------
// Patches to adapter-pg's classes (applied once, process-wide; this process only runs the shim)
// ---------------------------------------------------------------------------------------------

// OIDs adapter-pg does not know, remapped to one it maps to ColumnType Text / TextArray. Values of
// these types are already plain strings (pg's default text parser), so only the reported type
// changes.
const OID_TEXT = 25;
const OID_TEXT_ARRAY = 1009;
const OID_REMAP = new Map([
  [18, OID_TEXT], // "char"  (pg_proc.prokind, pg_class.relkind, pg_constraint.contype, ...)
  [22, OID_TEXT], // int2vector (pg_index.indkey)
  [24, OID_TEXT], // regproc
  [30, OID_TEXT], // oidvector
  [194, OID_TEXT], // pg_node_tree
  [2205, OID_TEXT], // regclass
  [2206, OID_TEXT], // regtype
  [1003, OID_TEXT_ARRAY], // name[]
]);

let patched = false;
let lastDriverError = null;

/** Returns and forgets the last error the database returned through an adapter. */
export function takeLastDriverError() {
  const e = lastDriverError;
  lastDriverError = null;
  return e;
}

function patchAdapterClasses(adapterInstance) {
  if (patched) return;
  patched = true;
  // Class chain inside adapter-pg: PrismaPgAdapter -> PgQueryable; PgTransaction -> PgQueryable.
  const adapterProto = Object.getPrototypeOf(adapterInstance); // PrismaPgAdapter.prototype
  const queryableProto = Object.getPrototypeOf(adapterProto); // PgQueryable.prototype

  if (typeof queryableProto.performIO === "function") {
    const originalPerformIO = queryableProto.performIO;
    // queryRaw() = performIO() + map every field's dataTypeID to a ColumnType (throwing on unknown
    // OIDs). Rewriting the OIDs in between is the least invasive hook.
    queryableProto.performIO = async function performIOWithOidFix(query) {
      const result = await originalPerformIO.call(this, query);
      if (result?.fields) {
        for (const field of result.fields) {
          const replacement = OID_REMAP.get(field.dataTypeID);
          if (replacement !== undefined) field.dataTypeID = replacement;
        }
      }
      return result;
    };
  } else {
    log("WARN", 'adapter-pg internals changed (no performIO); the "char" column type fix is not applied');
  }

  if (typeof queryableProto.onError === "function") {
    // Remember the last database error (with its SQLSTATE): the wasm engine flattens it into a text
    // message, and the JSON-RPC layer wants the code back for P3018 "migration failed to apply".
    const originalOnError = queryableProto.onError;
    queryableProto.onError = function onErrorRecording(error) {
      lastDriverError = error;
      return originalOnError.call(this, error);
    };
  }

  if (typeof adapterProto.executeScript === "function") {
    // One simple-protocol round trip for the whole script (pg uses the simple protocol when there
    // are no parameters, which allows several statements). See header, point 3.
    adapterProto.executeScript = async function executeWholeScript(script) {
      try {
        await this.client.query(script);
      } catch (error) {
        this.onError(error); // converts to DriverAdapterError and throws
      }
    };
  }
}

// ---------------------------------------------------------------------------------------------
// The factory
// ---------------------------------------------------------------------------------------------

/** @typedef {(level: string, message: string, fields: object) => void} LogSink */
/** @type {LogSink} */
let logSink = () => {};
/**
 * The engine module plugs its stderr logger in here.
 * @param {LogSink} fn
 */
export function setAdapterLogger(fn) {
  logSink = fn;
}
function log(level, message, fields = {}) {
  logSink(level, message, fields);
}

/**
 * Creates the (unbound) migration-aware factory.
 *   mainUrl   - the datasource URL
 *   shadowUrl - optional datasource `shadowDatabaseUrl`: that database is used instead of a
 *               throwaway one; its schema is dropped and recreated before (and after) each use, as
 *               the native engine resets it.
 * Returns { factory, boundFactory, dispose, mainInfo }: hand `boundFactory` (error capturing) to
 * SchemaEngine.new; `dispose()` closes every pool and drops leftover shadow databases.
 */
export function createShadowAwareFactory(mainUrl, shadowUrl) {
  const mainInfo = parseDatabaseUrl(mainUrl);
  const base = new PrismaPg(pgConfig(mainInfo), { schema: mainInfo.schema });

  const liveAdapters = new Set(); // adapters whose pools must be closed at exit
  const liveShadowDbs = new Set(); // databases we created and have not dropped yet

  async function dropShadowDb(name) {
    const sql = `DROP DATABASE IF EXISTS ${quoteIdent(name)}`;
    await withMaintenanceClient(mainInfo, async (client) => {
      try {
        await client.query(`${sql} WITH (FORCE)`); // PostgreSQL >= 13: kicks out stray sessions
      } catch (e) {
        if (/** @type {CodedError} */ (e)?.code === "42601")
          await client.query(sql); // older server: no WITH (FORCE)
        else throw e;
      }
    });
    liveShadowDbs.delete(name);
    log("INFO", `Dropped shadow database ${name}`);
  }

  function track(adapter, onDispose) {
    patchAdapterClasses(adapter);
    liveAdapters.add(adapter);
    const originalDispose = adapter.dispose.bind(adapter);
    let disposed = null;
    adapter.dispose = () => {
      // Idempotent: the engine and our exit handler may both dispose.
      disposed ??= (async () => {
        liveAdapters.delete(adapter);
        await originalDispose();
        if (onDispose) await onDispose();
      })();
      return disposed;
    };
    return adapter;
  }

  /** @type {import("@prisma/driver-adapter-utils").SqlMigrationAwareDriverAdapterFactory} */
  const factory = {
    provider: base.provider,
    adapterName: base.adapterName,

    async connect() {
      return track(await base.connect());
    },

    async connectToShadowDb() {
      if (shadowUrl) {
        // User-provided shadow database: empty the schema we are going to use, then hand it over.
        const info = parseDatabaseUrl(shadowUrl);
        const emptySchema = () =>
          withClient(info, (client) =>
            client.query(
              `DROP SCHEMA IF EXISTS ${quoteIdent(info.schema)} CASCADE; CREATE SCHEMA ${quoteIdent(info.schema)};`,
            ),
          );
        await emptySchema();
        const shadow = new PrismaPg(pgConfig(info), { schema: info.schema });
        // Leave it empty again afterwards (best effort).
        return track(await shadow.connect(), () => emptySchema().catch(() => {}));
      }

      const name = `prisma_shadow_${randomBytes(12).toString("hex")}`;
      try {
        await withMaintenanceClient(mainInfo, (client) => client.query(`CREATE DATABASE ${quoteIdent(name)}`));
      } catch (e) {
        // The native engine's P3014. (The engine only sees "External error id#N"; engine.mjs looks
        // this error up in the factory's error registry and reports it with its code.)
        throw userFacing(
          "P3014",
          "Prisma Migrate could not create the shadow database. Please make sure the database user has permission to create databases. " +
            "Read more about the shadow database (and workarounds) at https://pris.ly/d/migrate-shadow\n\n" +
            `Original error: ${/** @type {CodedError} */ (e)?.code ?? ""}\n${/** @type {CodedError} */ (e)?.message ?? e}`,
        );
      }
      liveShadowDbs.add(name);
      log("INFO", `Created shadow database ${name}`);
      const info = parseDatabaseUrl(withDatabase(mainUrl, name));
      try {
        if (info.schema !== "public") {
          await withClient(info, (client) => client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(info.schema)}`));
        }
        const shadow = new PrismaPg(pgConfig(info), { schema: info.schema });
        return track(await shadow.connect(), () => dropShadowDb(name));
      } catch (e) {
        await dropShadowDb(name).catch(() => {});
        throw e;
      }
    },
  };

  async function dispose() {
    for (const adapter of [...liveAdapters]) {
      await adapter.dispose().catch((e) => log("WARN", `Closing a connection pool failed: ${e?.message ?? e}`));
    }
    for (const name of [...liveShadowDbs]) {
      await dropShadowDb(name).catch((e) => log("WARN", `Could not drop shadow database ${name}: ${e?.message ?? e}`));
    }
  }

  return { factory, boundFactory: bindMigrationAwareSqlAdapterFactory(factory), dispose, mainInfo };
}
