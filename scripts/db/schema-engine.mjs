#!/usr/bin/env node
// A stand-in for Prisma's native `schema-engine` binary, which the CLI cannot download here
// (binaries.prisma.sh is unreachable). prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY at this
// file; it speaks the native engine's command line and JSON-RPC protocol and forwards each call to
// @prisma/schema-engine-wasm, bound to the project's own driver adapters (better-sqlite3, pg).
// So `prisma migrate dev|deploy|status|reset|resolve|diff`, `db push|pull|execute` and `generate`
// work offline, with `_prisma_migrations` written by Prisma's own engine code.
// Protocol and the known wasm/native differences: docs STACK.md, "Prisma offline: the schema engine".
import fs from 'node:fs';
import { parseArgs } from './schema-engine/args.mjs';
import { canConnectToDatabase, createDatabase, dropDatabase } from './schema-engine/cli-commands.mjs';
import { resolveDatasource } from './schema-engine/datasource.mjs';
import { EngineSession } from './schema-engine/engine-session.mjs';
import { explain } from './schema-engine/errors.mjs';
import { logError, logInfo } from './schema-engine/log.mjs';
import { serveJsonRpc } from './schema-engine/rpc-server.mjs';
import { loadSchemaEngineWasm } from './schema-engine/wasm.mjs';

const CLI_COMMANDS = {
  'can-connect-to-database': canConnectToDatabase,
  'create-database': createDatabase,
  'drop-database': dropDatabase,
};

async function main(argv) {
  // The CLI drops the first stderr line before parsing the rest as JSON: make it ours.
  logInfo('Starting schema engine (wasm shim)');
  const args = parseArgs(argv);
  if (args.version) {
    const wasm = await loadSchemaEngineWasm();
    // The CLI compares this with the engine hash it was built for (`prisma -v` shows it).
    process.stdout.write(`schema-engine-cli ${wasm.version()}\n`);
    return 0;
  }

  const datamodels = args.datamodels.map((file) => [file, fs.readFileSync(file, 'utf8')]);
  const source = resolveDatasource(args.datasource, datamodels);

  if (args.cliCommand) {
    const command = CLI_COMMANDS[args.cliCommand];
    if (!command) throw new Error(`Unknown cli command: ${args.cliCommand}`);
    await command(source);
    return 0;
  }

  const session = new EngineSession({ wasm: await loadSchemaEngineWasm(), datamodels, source });
  let shuttingDown;
  const shutdown = (code) => {
    // Close the adapters whichever comes first (stdin end or SIGTERM; the CLI does both at
    // once): an open SQLite connection leaves `<db>-journal` behind, a pg pool a shadow database.
    shuttingDown ??= session
      .close()
      .catch((error) => logError(`Closing the engine failed: ${explain(error)}`))
      .finally(() => process.exit(code));
    return shuttingDown;
  };
  process.on('SIGTERM', () => shutdown(0));
  process.on('SIGINT', () => shutdown(130));
  serveJsonRpc(session, { onShutdown: shutdown });
  return undefined; // keep running until stdin closes
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== undefined) process.exitCode = code;
  },
  (error) => {
    logError(explain(error), typeof error?.code === 'string' && /^P\d{4}$/.test(error.code) ? error.code : undefined);
    process.exitCode = 1;
  },
);
