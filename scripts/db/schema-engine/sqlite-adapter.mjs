// The SQLite side of the shim: @prisma/adapter-better-sqlite3, plus the fixes the wasm engine needs
// from it (each was a real failure; see docs STACK.md).
import fs from 'node:fs';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { createPrivateFile } from './private-file.mjs';

const SIDE_FILES = ['-journal', '-wal', '-shm'];

export function createSqliteFactory({ filePath, shadowFilePath }) {
  const inner = new PrismaBetterSqlite3(
    { url: `file:${filePath}` },
    // The engine replays the migrations on a throwaway shadow database: memory unless configured.
    { shadowDatabaseUrl: shadowFilePath ? `file:${shadowFilePath}` : ':memory:' },
  );
  const open = new Set();

  const track = (adapter) => {
    withMultiStatementFallback(adapter);
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      open.delete(adapter);
      if (adapter.client.open) await dispose();
    };
    open.add(adapter);
    return adapter;
  };

  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    async connect() {
      if (filePath !== ':memory:') createPrivateFile(filePath);
      return track(await inner.connect());
    },
    async connectToShadowDb() {
      if (shadowFilePath) {
        // A configured shadow file is replayed into on every use: empty it first, never the main one.
        if (shadowFilePath === filePath) throw new Error('The shadow database you configured appears to be the same as the main database. Please specify another shadow database.');
        truncateSqliteFile(shadowFilePath);
      }
      return track(await inner.connectToShadowDb());
    },
    /** Closes every connection; the engine holds `locking_mode=EXCLUSIVE`, so an unclosed one
     * leaves `<db>-journal` behind and locks the app out. */
    async closeAll() {
      for (const adapter of [...open]) await adapter.dispose();
    },
  };
}

/**
 * `reset` in the wasm engine only empties the tables, so re-applying the migrations fails with
 * `table ... already exists`. The native engine truncates the file instead; do the same (the file
 * keeps its inode and permissions) and drop journal/WAL files that would be replayed onto it.
 * Close every connection first, and start a new engine afterwards.
 */
export function truncateSqliteFile(filePath) {
  if (filePath === ':memory:') return;
  if (fs.existsSync(filePath)) fs.truncateSync(filePath, 0);
  for (const suffix of SIDE_FILES) fs.rmSync(`${filePath}${suffix}`, { force: true });
}

// The engine replays a migration on the shadow database through executeRaw, which is one prepared
// statement in better-sqlite3, so a multi-statement migration fails (`P3006 ... External error id#0`,
// really `The supplied SQL string contains more than one statement`). Run those as a script.
function withMultiStatementFallback(adapter) {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (query.args.length > 0 || !/more than one statement/.test(String(error?.message))) throw error;
      await adapter.executeScript(query.sql);
      return 0;
    }
  };
}
