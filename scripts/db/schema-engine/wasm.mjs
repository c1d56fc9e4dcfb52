// Loads @prisma/schema-engine-wasm on Node 20. The package's entry does `import * as wasm from
// "./schema_engine_bg.wasm"` (bundler-style ESM integration), which Node 20 rejects with
// ERR_UNKNOWN_FILE_EXTENSION ".wasm"; so instantiate the module ourselves and hand its exports to
// the wasm-bindgen glue, exactly as that entry would.
import { readFile } from 'node:fs/promises';

// The engine's Rust panic hook reports the panic message to this global (the Prisma CLI installs
// the same one) just before the wasm instance traps with `RuntimeError: unreachable`.
const panicRegistry = {
  message: '',
  set_message(message) {
    this.message = String(message);
  },
};

/** The message of the last Rust panic, if any. */
export function lastPanicMessage() {
  return panicRegistry.message;
}

/** @returns {Promise<typeof import('@prisma/schema-engine-wasm')>} */
export async function loadSchemaEngineWasm() {
  globalThis.PRISMA_WASM_PANIC_REGISTRY = panicRegistry;
  const glueUrl = import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const glue = await import(glueUrl);
  const bytes = await readFile(new URL('schema_engine_bg.wasm', glueUrl));
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': glue });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return glue;
}
