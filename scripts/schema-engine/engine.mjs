// Drop-in replacement for Prisma's native `schema-engine` binary, running the WebAssembly build of
// the same engine (@prisma/schema-engine-wasm) over @prisma/adapter-pg.
//
// The Prisma CLI finds this program through PRISMA_SCHEMA_ENGINE_BINARY (set in prisma.config.ts)
// and uses it in three ways:
//
//   1. `engine --version` / `-V`: prints `schema-engine-cli <commit hash>` (used by `prisma -v`).
//
//   2. One-shot commands, run with execa and judged by exit code:
//        engine --datasource '{"url":"postgresql://..."}' cli can-connect-to-database
//        engine --datasource '{"url":"postgresql://..."}' cli create-database
//        engine --datasource '{"url":"postgresql://..."}' cli drop-database
//      Success is exit code 0. On failure the CLI reads stderr: it DISCARDS THE FIRST LINE, parses
//      every remaining line as JSON (a non-JSON line is itself an error), and looks for one with
//      `level: "ERROR"`, `target: "schema_engine::logger"` and `fields.error_code` + `fields.message`.
//      `migrate dev`/`db push` create the database when can-connect reports P1003.
//
//   3. A JSON-RPC 2.0 server on stdin/stdout, one JSON message per line:
//        engine --datamodels prisma/schema.prisma [--datamodels ...] --datasource '{"url":...}'
//      * The CLI sends requests ({id, method, params}); every request gets exactly one response
//        carrying either `result` (null for methods without output - the CLI rejects a response
//        that has neither `result` nor `error`) or `error`.
//      * Errors the user should see are `error.data = { is_panic: false, message, error_code?,
//        meta? }`; the CLI prints `error_code` + `message` (e.g. "P3018 ... migration failed").
//        `is_panic: true` makes the CLI report an engine crash.
//      * The protocol is bidirectional: the engine may itself send a request to the CLI. The only
//        one is `print` ({method: "print", params: {content}}), used by `diff` to write its output
//        to the CLI's stdout; the CLI answers it with `{id, result: {}}` on our stdin. The wasm
//        engine instead returns that text in `DiffResult.stdout`, so we forward it as a `print`
//        request and wait for the CLI's answer before answering the `diff` request itself.
//      * stdout is the protocol channel: nothing else may ever be written there (console.* is
//        redirected to stderr below). stderr carries JSON log lines, like the native engine's.
//      * The CLI stops the engine by closing our stdin and, right after, sending SIGTERM. Both lead
//        to a clean shutdown: close the pg pools, drop leftover shadow databases, exit 0.

import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import util from "node:util";
import { engineVersion, isWasmPanic, loadSchemaEngineWasm, panicMessage } from "./wasm.mjs";
import {
  createShadowAwareFactory,
  maintenanceInfo,
  mapPgError,
  parseDatabaseUrl,
  quoteIdent,
  setAdapterLogger,
  takeLastDriverError,
  userFacing,
  withClient,
  withMaintenanceClient,
} from "./adapter.mjs";

// ---------------------------------------------------------------------------------------------
// Output channels
// ---------------------------------------------------------------------------------------------

// The reader of our pipes (the CLI) may be gone before we finish cleaning up: EPIPE must not crash us.
process.stdout.on("error", () => {});
process.stderr.on("error", () => {});

// Optional debugging aid: PRISMA_SCHEMA_ENGINE_SHIM_LOG=/some/file also appends every stderr line
// there (the CLI swallows our stderr unless run with --debug/DEBUG).
const logFile = process.env.PRISMA_SCHEMA_ENGINE_SHIM_LOG;

function writeStderr(text) {
  if (logFile) {
    try {
      fs.appendFileSync(logFile, `[${process.pid}] ${text}`);
    } catch {
      /* ignore */
    }
  }
  try {
    process.stderr.write(text);
  } catch {
    /* stderr closed: nothing left to tell anyone */
  }
}

const LEVELS = ["TRACE", "DEBUG", "INFO", "WARN", "ERROR"];
// The CLI runs us with RUST_LOG=info. Understand the common forms ("info", "debug", "a=trace,b=info").
const minLevel = (() => {
  const v = String(process.env.RUST_LOG ?? "info").toLowerCase();
  for (const l of ["trace", "debug", "info", "warn", "error"])
    if (v.includes(l)) return LEVELS.indexOf(l.toUpperCase());
  return LEVELS.indexOf("INFO");
})();

/** One JSON log line on stderr, shaped like the native engine's tracing output. */
function log(level, message, fields = {}, target = "schema_engine_shim") {
  if (LEVELS.indexOf(level) < minLevel && level !== "ERROR") return;
  writeStderr(
    JSON.stringify({ timestamp: new Date().toISOString(), level, fields: { message, ...fields }, target }) + "\n",
  );
}

setAdapterLogger((level, message, fields) => log(level, message, fields));

// Libraries must not write to stdout (it would corrupt the protocol): send console output to stderr.
for (const [method, level] of [
  ["log", "INFO"],
  ["info", "INFO"],
  ["debug", "DEBUG"],
  ["warn", "WARN"],
  ["error", "ERROR"],
  ["trace", "DEBUG"],
]) {
  console[method] = (...args) => log(level, util.format(...args));
}

// ---------------------------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------------------------

const HELP = `schema-engine-cli (Prisma schema engine, WebAssembly shim) ${engineVersion()}

USAGE:
    engine [OPTIONS]                     JSON-RPC server on stdin/stdout (used by the Prisma CLI)
    engine [OPTIONS] cli <SUBCOMMAND>    one-shot command

OPTIONS:
    -d, --datamodels <PATH>...           Prisma schema file(s) (repeatable)
        --datasource <JSON>              {"url": "postgresql://...", "shadowDatabaseUrl": "..."}
        --enabled-preview-features <L>   comma separated (accepted, not needed by the wasm engine)
        --extension-types <JSON>         accepted and ignored
    -h, --help                           print this help
    -V, --version                        print the engine version

SUBCOMMANDS (after "cli"):
    can-connect-to-database   exit 0 when the datasource URL is reachable
    create-database           create the database named in the datasource URL
    drop-database             drop the database named in the datasource URL

Only PostgreSQL is supported.
`;

/**
 * @param {string[]} argv
 */
function parseArgs(argv) {
  /** @type {{ datamodels: string[], datasource: string | null, previewFeatures: string[], cli: string | null, version: boolean, help: boolean, unknown: string[] }} */
  const opts = {
    datamodels: [],
    datasource: null,
    previewFeatures: [],
    cli: null,
    version: false,
    help: false,
    unknown: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
    const value = () => (inline !== undefined ? inline : argv[++i]);
    switch (flag) {
      case "-V":
      case "--version":
        opts.version = true;
        break;
      case "-h":
      case "--help":
        opts.help = true;
        break;
      case "-d":
      case "--datamodel":
      case "--datamodels":
        opts.datamodels.push(value());
        break;
      case "--datasource":
        opts.datasource = value();
        break;
      case "--enabled-preview-features":
        opts.previewFeatures = String(value() ?? "")
          .split(",")
          .filter(Boolean);
        break;
      case "--extension-types":
        value();
        break;
      case "cli":
        opts.cli = argv[++i] ?? "";
        break;
      default:
        opts.unknown.push(arg);
    }
  }
  return opts;
}

/** `--datasource` is JSON ({"url": ...}); a bare URL is accepted too. */
function parseDatasource(raw) {
  if (raw == null) return null;
  try {
    const ds = JSON.parse(raw);
    return typeof ds === "string" ? { url: ds } : ds;
  } catch {
    return { url: raw };
  }
}

// ---------------------------------------------------------------------------------------------
// Errors -> JSON-RPC
// ---------------------------------------------------------------------------------------------

// Messages the wasm engine produces for connection problems, as plain text without an error code
// (errors thrown by SchemaEngine.new are bare JS Errors). We give them their native codes back.
/** @type {[RegExp, string][]} */
const MESSAGE_CODES = [
  [/^Can't reach database server/, "P1001"],
  [/^The database server at .* was reached but timed out/, "P1002"],
  [/^Database `[^`]*` does not exist/, "P1003"],
  [/^Authentication failed against database server/, "P1000"],
  [/^User `[^`]*` was denied access/, "P1010"],
  [/^Error opening a TLS connection/, "P1011"],
  [/^Server has closed the connection/, "P1017"],
];

let poisoned = false; // set after a wasm panic: the instance cannot be used any more

/**
 * Converts anything thrown while serving a request into a JSON-RPC error object.
 * @param {any} err
 */
function toRpcError(err) {
  if (isWasmPanic(err)) {
    poisoned = true;
    const message = panicMessage(err);
    // For panics the CLI displays `error.data.error.message ?? error.message` (not data.message).
    return {
      code: 4466,
      message,
      data: { is_panic: true, message, backtrace: err?.stack ?? null, error: { message } },
    };
  }
  const message = String(err?.message ?? err ?? "Unknown error");
  let errorCode = typeof err?.code === "string" && /^P\d{4}$/.test(err.code) ? err.code : undefined;
  errorCode ??= MESSAGE_CODES.find(([re]) => re.test(message))?.[1];
  /** @type {{ is_panic: boolean, message: string, backtrace: null, error_code?: string, meta?: object }} */
  const data = { is_panic: false, message, backtrace: null };
  if (errorCode) {
    data.error_code = errorCode;
    data.meta = err?.meta ?? {};
  }
  return { code: 4466, message: "An error happened. Check the data field for details.", data };
}

/**
 * An exception thrown by our JS adapter code (not a database error) reaches the engine as
 * `{ kind: "GenericJs", id }`: the error is parked in the bound factory's error registry and the
 * engine only says "External error id#<id>". Put the real error back: when it is one of our
 * user-facing errors (e.g. P3014, shadow database creation refused) report it as such, otherwise
 * splice its message into the engine's text.
 */
function recoverExternalError(err, registry) {
  const message = String(err?.message ?? "");
  const id = message.match(/External error id#(\d+)/)?.[1];
  if (id === undefined || !registry) return err;
  const original = registry.consumeError?.(Number(id))?.error;
  if (!original) return err;
  if (original.isUserFacing) return original;
  const replaced = new Error(message.replace(`External error id#${id}`, String(original?.message ?? original)));
  if (err?.name) replaced.name = err.name;
  return replaced;
}

/**
 * The native engine reports a migration script that fails during applyMigrations as user-facing
 * error P3018 (the CLI then explains `migrate resolve`). The wasm engine returns a plain "external
 * connector error" whose span trace names the migration: rebuild the P3018 error from that and from
 * the SQLSTATE the adapter saw.
 */
function asMigrationFailure(err) {
  if (isWasmPanic(err) || err?.code) return err;
  const message = String(err?.message ?? "");
  const name = message.match(/apply_script\s+with migration_name="([^"]+)"/)?.[1];
  if (!name) return err;
  const dbError = takeLastDriverError();
  const databaseErrorCode = typeof dbError?.code === "string" ? dbError.code : "N/A";
  const databaseError = dbError?.message
    ? `${dbError.severity ?? "ERROR"}: ${dbError.message}${dbError.detail ? `\nDETAIL: ${dbError.detail}` : ""}${dbError.hint ? `\nHINT: ${dbError.hint}` : ""}`
    : message.split(/\n\s+0: /)[0];
  return userFacing(
    "P3018",
    "A migration failed to apply. New migrations cannot be applied before the error is recovered from. Read more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve\n\n" +
      `Migration name: ${name}\n\nDatabase error code: ${databaseErrorCode}\n\nDatabase error:\n${databaseError}\n`,
    { migration_name: name, database_error_code: databaseErrorCode, database_error: databaseError },
  );
}

// ---------------------------------------------------------------------------------------------
// Cleanup and exit
// ---------------------------------------------------------------------------------------------

/** @type {(() => Promise<unknown>)[]} */
const cleanups = []; // async functions run once at exit (close pools, drop shadow databases)
/** @type {Promise<never> | null} */
let shuttingDown = null;

/**
 * @param {Promise<unknown>} promise
 * @param {number} ms
 */
function withTimeout(promise, ms) {
  return Promise.race([promise, new Promise((resolve) => setTimeout(resolve, ms).unref())]);
}

/**
 * Runs cleanups (each bounded in time), flushes stdout/stderr, exits. Idempotent: the first call
 * decides. `waitFor` (the request queue) is awaited first, for at most `waitMs` when given.
 * @param {number} code
 * @param {{ waitFor?: Promise<unknown> | null, waitMs?: number | null }} [options]
 */
function shutdown(code, { waitFor = null, waitMs = null } = {}) {
  shuttingDown ??= (async () => {
    if (waitFor) {
      const settled = waitFor.catch(() => {});
      await (waitMs === null ? settled : withTimeout(settled, waitMs));
    }
    for (const fn of cleanups.splice(0)) {
      await withTimeout(
        fn().catch((e) => log("WARN", `cleanup failed: ${e?.message ?? e}`)),
        10_000,
      );
    }
    // Let pending pipe writes drain before exiting.
    await new Promise((resolve) => process.stdout.write("", () => resolve(undefined)));
    await new Promise((resolve) => process.stderr.write("", () => resolve(undefined)));
    process.exit(code);
  })();
  return shuttingDown;
}

process.on("unhandledRejection", (reason) => {
  log("ERROR", `Unhandled promise rejection in schema engine shim: ${/** @type {any} */ (reason)?.stack ?? reason}`);
});
process.on("uncaughtException", (error) => {
  log("ERROR", `Uncaught exception in schema engine shim: ${error?.stack ?? error}`);
  if (isWasmPanic(error)) shutdown(101);
});

// ---------------------------------------------------------------------------------------------
// Mode 2: one-shot `cli` commands
// ---------------------------------------------------------------------------------------------

async function runCliCommand(command, datasource) {
  // The CLI throws the first stderr line away; every following line must be JSON. Write that
  // first line unconditionally (not through log(), which RUST_LOG could filter out - the error line
  // would then be the one discarded).
  writeStderr(
    JSON.stringify({
      timestamp: new Date().toISOString(),
      level: "INFO",
      fields: { message: `schema-engine shim ${engineVersion()}: cli ${command}` },
      target: "schema_engine_shim",
    }) + "\n",
  );
  try {
    if (!datasource?.url) throw new Error("Missing --datasource '{\"url\": ...}' for the cli subcommand.");
    const info = parseDatabaseUrl(datasource.url);
    switch (command) {
      case "can-connect-to-database":
        await withClient(info, (client) => client.query("SELECT 1"));
        break;
      case "create-database":
        await createDatabase(info);
        log("INFO", `Database '${info.database}' was successfully created.`);
        break;
      case "drop-database":
        await dropDatabase(info);
        log("INFO", `The database '${info.database}' was successfully dropped.`);
        break;
      default:
        throw new Error(
          `Unknown cli subcommand \`${command}\`. Expected can-connect-to-database, create-database or drop-database.`,
        );
    }
    await shutdown(0);
  } catch (/** @type {any} */ err) {
    /** @type {{ is_panic: boolean, error_code?: string }} */
    const fields = { is_panic: false };
    if (typeof err?.code === "string" && /^P\d{4}$/.test(err.code)) fields.error_code = err.code;
    log("ERROR", String(err?.message ?? err), fields, "schema_engine::logger");
    await shutdown(1);
  }
}

/** CREATE DATABASE for the database named in `info`, from a maintenance connection. */
async function createDatabase(info) {
  await withMaintenanceClient(maintenanceInfo(info), async (client) => {
    try {
      await client.query(`CREATE DATABASE ${quoteIdent(info.database)}`);
    } catch (e) {
      throw mapPgError(e, info) ?? e; // 42P04 -> P1009 "already exists", with the right name
    }
  });
  return info.database;
}

async function dropDatabase(info) {
  await withMaintenanceClient(maintenanceInfo(info), async (client) => {
    try {
      await client.query(`DROP DATABASE ${quoteIdent(info.database)}`);
    } catch (e) {
      throw mapPgError(e, info) ?? e; // 3D000 -> P1003
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Mode 3: JSON-RPC server
// ---------------------------------------------------------------------------------------------

class JsonRpcPeer {
  nextId = 1; // ids of OUR requests to the CLI (`print`); they live in a separate space from the CLI's
  pendingOutgoing = new Map();
  queue = Promise.resolve(); // requests run one at a time: wasm engine methods take `&mut self`
  inFlight = 0;

  constructor(handle, errorRegistry) {
    this.handle = handle; // async (method, params) => result
    this.errorRegistry = errorRegistry; // () => the adapter factory's error registry, if any
  }

  send(message) {
    return new Promise((resolve) => {
      try {
        process.stdout.write(JSON.stringify(message) + "\n", () => resolve(undefined));
      } catch {
        resolve(undefined);
      }
    });
  }

  /** Sends a request to the CLI and resolves with its `result` (rejects on `error`). */
  request(method, params) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pendingOutgoing.set(id, { resolve, reject });
      this.send({ jsonrpc: "2.0", id, method, params });
    });
  }

  onLine(line) {
    if (!line.trim()) return;
    let message;
    try {
      message = JSON.parse(line);
    } catch (/** @type {any} */ e) {
      log("ERROR", `Could not parse JSON-RPC message: ${e.message}`);
      this.send({
        jsonrpc: "2.0",
        id: null,
        error: {
          code: -32700,
          message: "Parse error",
          data: { is_panic: false, message: `Parse error: ${e.message}` },
        },
      });
      return;
    }
    for (const m of Array.isArray(message) ? message : [message]) this.dispatch(m);
  }

  dispatch(message) {
    if (message && typeof message === "object" && typeof message.method === "string") {
      if (message.id === undefined || message.id === null) {
        log("DEBUG", `Ignoring JSON-RPC notification ${message.method}`);
        return;
      }
      this.inFlight++;
      this.queue = this.queue.then(() => this.serve(message)).finally(() => this.inFlight--);
      return;
    }
    // A response to one of our own requests (print).
    const pending = message && this.pendingOutgoing.get(message.id);
    if (pending) {
      this.pendingOutgoing.delete(message.id);
      if (message.error !== undefined)
        pending.reject(Object.assign(new Error(message.error?.message ?? "print failed"), { rpcError: message.error }));
      else pending.resolve(message.result);
      return;
    }
    log("WARN", `Ignoring unexpected JSON-RPC message: ${JSON.stringify(message).slice(0, 200)}`);
  }

  async serve({ id, method, params }) {
    let response;
    takeLastDriverError(); // only errors raised while serving this request are relevant
    try {
      const result = await this.handle(method, params);
      response = { jsonrpc: "2.0", result: result === undefined ? null : result, id };
    } catch (err) {
      const original = recoverExternalError(err, this.errorRegistry?.());
      const error =
        original?.rpcError ?? toRpcError(method === "applyMigrations" ? asMigrationFailure(original) : original);
      log(
        "ERROR",
        `${method} failed: ${error.data?.message ?? error.message}`,
        error.data?.error_code ? { error_code: error.data.error_code } : {},
      );
      response = { jsonrpc: "2.0", error, id };
    }
    await this.send(response);
    if (poisoned) {
      log("ERROR", "The WebAssembly engine panicked; exiting.");
      await shutdown(101);
    }
  }

  /** stdin closed: fail our outstanding requests (nobody will answer them). */
  close() {
    for (const [, pending] of this.pendingOutgoing) pending.reject(new Error("The CLI closed the connection (stdin)."));
    this.pendingOutgoing.clear();
  }
}

async function runServer(opts) {
  const datasource = parseDatasource(opts.datasource);
  let enginePromise = null;
  let errorRegistry = null;

  /** Creates the wasm engine on first use (so --version/--help and idle spawns stay cheap). */
  function getEngine() {
    enginePromise ??= (async () => {
      if (!datasource?.url) {
        throw new Error(
          'No datasource URL: the CLI must pass --datasource \'{"url": "postgresql://..."}\' (set `datasource.url` in prisma.config.ts).',
        );
      }
      const info = parseDatabaseUrl(datasource.url); // P1013 on a malformed URL
      // Probe with plain pg first: connection errors then carry their exact P1xxx code and message
      // (the wasm engine reports them as bare text).
      await withClient(info, (client) => client.query("SELECT 1"));

      const glue = await loadSchemaEngineWasm();
      const datamodels = opts.datamodels.map((file) => [file, fs.readFileSync(path.resolve(file), "utf8")]);
      const { boundFactory, dispose } = createShadowAwareFactory(
        datasource.url,
        datasource.shadowDatabaseUrl ?? datasource.shadow_database_url,
      );
      cleanups.push(dispose);
      errorRegistry = boundFactory.errorRegistry;
      try {
        return await glue.SchemaEngine.new(
          // `datamodels` must be undefined or a non-empty list of [path, content].
          { datamodels: datamodels.length > 0 ? datamodels : undefined },
          forwardEngineLog,
          boundFactory,
        );
      } catch (e) {
        await dispose().catch(() => {});
        throw e;
      }
    })();
    // A failed start (e.g. database down) is reported to that request; the next one retries.
    enginePromise.catch(() => {
      enginePromise = null;
    });
    return enginePromise;
  }

  const peer = new JsonRpcPeer(
    async (method, params) => {
      params ??= {};
      switch (method) {
        // --- handled without the wasm engine ---
        case "createDatabase": {
          const url = params.datasource?.tag === "ConnectionString" ? params.datasource.url : datasource?.url;
          if (!url) throw new Error("createDatabase: no connection string.");
          return { databaseName: await createDatabase(parseDatabaseUrl(url)) };
        }
        case "getDatabaseDescription":
          throw new Error("getDatabaseDescription is not supported by the schema engine shim.");

        // --- methods with special handling ---
        case "diff": {
          const engine = await getEngine();
          const result = await engine.diff(params);
          // The wasm engine returns the rendered diff; the native one prints it through the CLI.
          if (result.stdout !== null && result.stdout !== undefined) {
            await peer.request("print", { content: result.stdout });
          }
          return { exitCode: result.exitCode, stdout: null };
        }
        case "evaluateDataLoss":
        case "createMigration": {
          // These two get no shadow-database factory inside the wasm engine: they rely on the
          // engine's cache of "schema produced by the migrations directory", filled by
          // devDiagnostic/diagnoseMigrationHistory. After applyMigrations (migrate dev applying
          // pending migrations first) the cache misses and they fail with "PostgreSQL shadow DB must
          // be provided through an external factory". diagnoseMigrationHistory with the shadow
          // database allowed recomputes it; then we retry once.
          const engine = await getEngine();
          try {
            return await engine[method](params);
          } catch (/** @type {any} */ e) {
            if (isWasmPanic(e) || !/shadow DB must be provided/i.test(String(e?.message))) throw e;
            log("INFO", `${method}: migration schema cache miss; re-running diagnoseMigrationHistory and retrying`);
            await engine.diagnoseMigrationHistory({
              migrationsList: params.migrationsList,
              optInToShadowDatabase: true,
              filters: params.filters ?? { externalTables: [], externalEnums: [] },
            });
            return await engine[method](params);
          }
        }
        case "getDatabaseVersion":
        case "version": {
          const engine = await getEngine();
          return await engine.version(params && Object.keys(params).length ? params : null);
        }
        case "debugPanic": {
          const engine = await getEngine();
          engine.debugPanic(); // throws a wasm RuntimeError
          return null;
        }

        // --- plain pass-through. NB: call as `engine[method](...)`, never detach the method from
        // the instance (wasm-bindgen methods need `this`).
        case "applyMigrations":
        case "dbExecute":
        case "devDiagnostic":
        case "diagnoseMigrationHistory":
        case "ensureConnectionValidity":
        case "introspect":
        case "introspectSql":
        case "markMigrationApplied":
        case "markMigrationRolledBack":
        case "reset":
        case "schemaPush": {
          const engine = await getEngine();
          return await engine[method](params);
        }
        default: {
          const e = /** @type {Error & { rpcError?: object }} */ (new Error(`Method not found: ${method}`));
          e.rpcError = {
            code: -32601,
            message: "Method not found",
            data: { is_panic: false, message: `The schema engine shim does not implement \`${method}\`.` },
          };
          throw e;
        }
      }
    },
    () => errorRegistry,
  );

  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity, terminal: false });
  rl.on("line", (line) => peer.onLine(line));
  rl.on("close", () => {
    // The CLI is done with us. Let a running request finish (interrupting a migration halfway
    // helps nobody), then clean up and exit 0.
    peer.close();
    shutdown(0, { waitFor: peer.queue });
  });

  // The CLI's stop() ends stdin and immediately sends SIGTERM (it has all its answers by then, so
  // the queue is normally empty); Ctrl-C sends SIGINT to the whole process group.
  process.on("SIGTERM", () => shutdown(0, { waitFor: peer.queue, waitMs: 15_000 }));
  process.on("SIGINT", () => shutdown(130));
  process.on("SIGHUP", () => shutdown(129));
}

/** The wasm engine's tracing output: one JSON document per call; re-emit as a stderr line. */
function forwardEngineLog(line) {
  const text = String(line).trim();
  if (!text) return;
  try {
    const parsed = JSON.parse(text);
    if (LEVELS.indexOf(String(parsed.level).toUpperCase()) < minLevel) return;
    writeStderr(JSON.stringify({ timestamp: new Date().toISOString(), ...parsed }) + "\n");
  } catch {
    log("INFO", text, {}, "schema_engine_wasm");
  }
}

// ---------------------------------------------------------------------------------------------
// main
// ---------------------------------------------------------------------------------------------

const opts = parseArgs(process.argv.slice(2));
if (opts.unknown.length) log("WARN", `Ignoring unknown arguments: ${opts.unknown.join(" ")}`);

if (opts.version) {
  process.stdout.write(`schema-engine-cli ${engineVersion()}\n`);
} else if (opts.help) {
  process.stdout.write(HELP);
} else if (opts.cli !== null) {
  await runCliCommand(opts.cli, parseDatasource(opts.datasource));
} else {
  await runServer(opts);
}
