import { lastPanicMessage } from './wasm.mjs';

// Shapes errors the way the CLI reads the native engine's: JSON-RPC errors carry
// `data: { is_panic, message, error_code, meta }`, and the CLI shows `error_code` + `message`.

/** Native wording for the connection errors the CLI treats specially (P1003 => create database). */
export function pgConnectionError(error, { host, port, user, database }) {
  const at = `${host}:${port}`;
  switch (error?.code) {
    case '3D000':
      return coded('P1003', `Database \`${database}\` does not exist on the database server at \`${at}\`.`);
    case '28P01':
    case '28000':
      return coded('P1000', `Authentication failed against database server at \`${host}\`, the provided database credentials for \`${user}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at \`${host}\`.`);
    case '42501':
      return coded('P1010', `User \`${user}\` was denied access on the database \`${database}\``);
    case '42P04':
      return coded('P1009', `Database \`${database}\` already exists on the database server at \`${at}\``);
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EHOSTUNREACH':
    case 'ETIMEDOUT':
      return coded('P1001', `Can't reach database server at \`${at}\`\n\nPlease make sure your database server is running at \`${at}\`.`);
    default:
      return error;
  }
}

export function coded(code, message) {
  return Object.assign(new Error(message), { code });
}

/** A Rust panic surfaces as a WebAssembly trap; the instance is unusable afterwards. */
export function isWasmPanic(error) {
  return error instanceof WebAssembly.RuntimeError;
}

/**
 * Errors thrown inside a driver adapter cross into the engine as `External error id#N`; the
 * original JS error sits in the bound factory's registry under N. Put its message back.
 */
export function explain(error, errorRegistry) {
  let message = String(error?.message ?? error);
  message = message.replace(/External error id#(\d+)/g, (whole, id) => {
    const original = errorRegistry?.consumeError(Number(id))?.error;
    return original ? `${whole}: ${original.message ?? original}` : whole;
  });
  return message;
}

export function toRpcError(error, errorRegistry) {
  const panic = isWasmPanic(error);
  const message = panic ? lastPanicMessage() || explain(error) : explain(error, errorRegistry);
  const data = panic
    ? { is_panic: true, message, error: { message }, backtrace: error.stack }
    : { is_panic: false, message, meta: error?.meta ?? null, error_code: typeof error?.code === 'string' && /^P\d{4}$/.test(error.code) ? error.code : null };
  return { code: 4466, message: 'An error happened. Check the data field for details.', data };
}

/**
 * The wasm engine reports a migration that fails in applyMigrations as a bare connector error; the
 * native one wraps it in P3018, which the CLI shows with its resolve instructions. Rebuild that.
 */
export function asMigrationFailure(error) {
  const migration = /apply_script\s+with migration_name="([^"]+)"/.exec(String(error?.message));
  if (error?.code || !migration) return error;
  const databaseError = String(error.message).split(/\n\s+0: /)[0].trim();
  return coded(
    'P3018',
    'A migration failed to apply. New migrations cannot be applied before the error is recovered from. Read more about how to resolve migration issues in a production database: https://pris.ly/d/migrate-resolve\n\n' +
      `Migration name: ${migration[1]}\n\nDatabase error:\n${databaseError}`,
  );
}
