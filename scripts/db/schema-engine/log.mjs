// Log lines in the native engine's format: one JSON object per line on stderr. The CLI parses them:
// in `cli` mode it drops the FIRST line and JSON-parses every other line (a non-JSON line is a hard
// "Could not parse schema engine response"), and takes `level: "ERROR"` lines from the
// `schema_engine::logger` target with `fields.error_code` as the command's result; in RPC mode it
// keeps the last ERROR line as the reason when the process exits non-zero.
import { writeSync } from 'node:fs';

const TARGET = 'schema_engine::logger';

/** Writes one raw line (a JSON log from the wasm engine, or ours) to stderr, synchronously. */
export function writeLogLine(line) {
  const text = String(line).trimEnd(); // the wasm engine's lines end with a newline already
  if (!text) return;
  try {
    writeSync(2, `${text}\n`);
  } catch {
    // stderr closed (the CLI already went away): nothing useful left to do with a log line.
  }
}

export function logInfo(message, extra = {}) {
  writeLogLine(JSON.stringify({ timestamp: new Date().toISOString(), level: 'INFO', fields: { message, ...extra }, target: TARGET }));
}

/** An ERROR line the CLI turns into `<error_code>: <message>` (or P-code handling such as P1003). */
export function logError(message, errorCode) {
  const fields = errorCode ? { message, error_code: errorCode } : { message };
  writeLogLine(JSON.stringify({ timestamp: new Date().toISOString(), level: 'ERROR', fields, target: TARGET }));
}
