// Loads @prisma/schema-engine-wasm without `--experimental-wasm-modules`.
//
// The package entry (schema_engine.js) does `import * as wasm from "./schema_engine_bg.wasm"`, which
// plain Node cannot import. Its wasm-bindgen glue lives in schema_engine_bg.js and exposes
// `__wbg_set_wasm`, so we instantiate the .wasm ourselves, with the glue module as the import
// object (the .wasm imports everything from module "./schema_engine_bg.js"), and hand the
// instance's exports back to the glue - exactly what schema_engine.js does.

import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);

/**
 * The engine (Rust) reports panics by calling `global.PRISMA_WASM_PANIC_REGISTRY.set_message()`
 * from its panic hook, right before the wasm traps with `RuntimeError: unreachable`. It must exist
 * before the first call into the engine. The Prisma CLI uses the same shape.
 */
class PanicRegistry {
  message = "";
  get() {
    return this.message;
  }
  set_message(message) {
    this.message = `RuntimeError: ${message}`;
  }
}
globalThis.PRISMA_WASM_PANIC_REGISTRY ??= new PanicRegistry();

/** True for errors caused by a wasm trap (a Rust panic); the instance is unusable afterwards. */
export function isWasmPanic(error) {
  return error instanceof WebAssembly.RuntimeError || error?.name === "RuntimeError";
}

export function panicMessage(error) {
  return globalThis.PRISMA_WASM_PANIC_REGISTRY.get() || String(error?.message ?? error);
}

/** Engine commit hash, from the package version (`7.10.0-4.<hash>`), without loading the wasm. */
export function engineVersion() {
  // package.json is not in the package's "exports" map: locate it next to the glue module.
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const pkg = JSON.parse(fs.readFileSync(path.join(path.dirname(gluePath), "package.json"), "utf8"));
  return String(pkg.version).split(".").pop();
}

let loading = null;

/** Returns the wasm-bindgen glue module (with `SchemaEngine`, `version`), instantiating once. */
export function loadSchemaEngineWasm() {
  loading ??= (async () => {
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const glue = await import(pathToFileURL(gluePath).href);
    const bytes = fs.readFileSync(gluePath.replace(/\.js$/, ".wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
    glue.__wbg_set_wasm(instance.exports);
    /** @type {() => void} */ (instance.exports.__wbindgen_start)();
    return glue;
  })();
  return loading;
}
