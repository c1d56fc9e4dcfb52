// One wasm SchemaEngine bound to the project's driver adapter, and the JSON-RPC methods the CLI
// calls on it. Where the wasm engine differs from the native one, the method is adjusted here;
// each adjustment names the failure it prevents (see docs STACK.md, "Prisma offline").
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { createDatabase } from './cli-commands.mjs';
import { asMigrationFailure } from './errors.mjs';
import { createPgFactory } from './pg-adapter.mjs';
import { createSqliteFactory, truncateSqliteFile } from './sqlite-adapter.mjs';
import { writeLogLine } from './log.mjs';

const NO_FILTER = { externalTables: [], externalEnums: [] };
// Calls after which the wasm engine still has the shadow schema devDiagnostic built (see
// #ensureDevDiagnostic); any other call, applyMigrations above all, loses it.
const KEEP_SHADOW_SCHEMA = new Set(['devDiagnostic', 'evaluateDataLoss', 'createMigration']);

export class EngineSession {
  #wasm;
  #datamodels;
  #source;
  #factory;
  #engine;
  /** Migration lists devDiagnostic has seen on the current engine (see #ensureDevDiagnostic). */
  #diagnosed = new Set();

  constructor({ wasm, datamodels, source }) {
    this.#wasm = wasm;
    this.#datamodels = datamodels;
    this.#source = source;
  }

  get errorRegistry() {
    return this.#factory?.bound.errorRegistry;
  }

  async #engineInstance() {
    if (this.#engine) return this.#engine;
    const adapterFactory = this.#source.provider === 'sqlite' ? createSqliteFactory(this.#source) : createPgFactory(this.#source);
    this.#factory = { raw: adapterFactory, bound: bindMigrationAwareSqlAdapterFactory(adapterFactory) };
    // `datamodels` must be undefined or non-empty, as in @prisma/migrate's SchemaEngineWasm.
    const datamodels = this.#datamodels.length > 0 ? this.#datamodels : undefined;
    this.#engine = await this.#wasm.SchemaEngine.new({ datamodels }, writeLogLine, this.#factory.bound);
    return this.#engine;
  }

  async close() {
    const engine = this.#engine;
    this.#engine = undefined;
    this.#diagnosed.clear();
    try {
      engine?.free();
    } catch {
      // After a Rust panic the instance cannot be freed; the process is about to exit anyway.
    }
    await this.#factory?.raw.closeAll();
  }

  /** @param {(content: string) => Promise<void>} print the CLI's `print` callback */
  async call(method, params = {}, { print }) {
    if (!KEEP_SHADOW_SCHEMA.has(method)) this.#diagnosed.clear();
    switch (method) {
      case 'createDatabase':
        return createDatabase(this.#source);
      case 'getDatabaseVersion':
        return (await this.#engineInstance()).version(params.datasource ? params : undefined);
      case 'devDiagnostic':
        return this.#devDiagnostic(params);
      case 'diagnoseMigrationHistory':
        return this.#diagnoseMigrationHistory(params);
      case 'evaluateDataLoss':
      case 'createMigration':
        await this.#ensureDevDiagnostic(params.migrationsList);
        return this.#invoke(method, params);
      case 'diff':
        return this.#diff(params, print);
      case 'reset':
        return this.#reset(params);
      case 'applyMigrations':
        return this.#invoke(method, params).catch((error) => {
          throw asMigrationFailure(error);
        });
      case 'dbExecute':
      case 'ensureConnectionValidity':
      case 'introspect':
      case 'introspectSql':
      case 'markMigrationApplied':
      case 'markMigrationRolledBack':
      case 'schemaPush':
      case 'debugPanic':
        return this.#invoke(method, params);
      default:
        throw Object.assign(new Error(`Method not found: ${method}`), { rpcCode: -32601 });
    }
  }

  async #invoke(method, params) {
    const engine = await this.#engineInstance();
    // Call through the instance: a detached method loses its wasm pointer (`__wbg_ptr`).
    const result = await engine[method](params);
    return result ?? {};
  }

  // The wasm engine throws P1014 (table `_prisma_migrations` does not exist) where the native one
  // treats a missing table as an empty history. Create the table with the engine's own DDL (an
  // applyMigrations with no migrations), which on a non-empty database fails with P3005 instead:
  // that database did not come from these migrations, so `migrate dev` must offer a reset.
  async #devDiagnostic(params) {
    try {
      return await this.#rememberDiagnosed(params);
    } catch (error) {
      if (error?.code !== 'P1014') throw error;
      try {
        await this.#invoke('applyMigrations', { migrationsList: { ...params.migrationsList, migrationDirectories: [] }, filters: params.filters ?? NO_FILTER });
      } catch (initError) {
        if (initError?.code !== 'P3005') throw initError;
        return { action: { tag: 'reset', reason: await this.#driftReason(params) } };
      }
      return this.#rememberDiagnosed(params);
    }
  }

  // The native engine's wording, with the engine's own summary of what the database has.
  async #driftReason({ migrationsList, filters = NO_FILTER }) {
    const intro = 'The database schema is not empty and has no migration history (no `_prisma_migrations` table).';
    try {
      const files = this.#datamodels.map(([path, content]) => ({ path, content }));
      const { stdout } = await this.#invoke('diff', {
        from: { tag: 'migrations', ...migrationsList },
        to: { tag: 'schemaDatasource', files, configDir: process.cwd() },
        script: false,
        exitCode: null,
        filters,
      });
      return `${intro}\n\nDrift detected: Your database schema is not in sync with your migration history.\n\nThe following is a summary of the differences between the expected database schema given your migrations files, and the actual schema of the database.\n\nIt should be understood as the set of changes to get from the expected schema to the actual schema.\n${stdout ?? ''}`;
    } catch {
      return intro;
    }
  }

  async #rememberDiagnosed(params) {
    const result = await this.#invoke('devDiagnostic', params);
    this.#diagnosed.add(migrationsKey(params.migrationsList));
    return result;
  }

  // evaluateDataLoss and createMigration never ask the adapter for a shadow database: they reuse
  // the schema the last devDiagnostic replayed, which applyMigrations discards. Without it, SQLite
  // fails with `SQLite shadow DB must be provided through an external factory` (seen in `migrate
  // dev` right after it applied a pending migration). So replay again when needed.
  async #ensureDevDiagnostic(migrationsList) {
    if (!migrationsList || this.#diagnosed.has(migrationsKey(migrationsList))) return;
    await this.#devDiagnostic({ migrationsList, filters: NO_FILTER });
  }

  // `migrate status` on a database without `_prisma_migrations`: answer what the native engine
  // does (no table, every migration unapplied) instead of the wasm engine's P1014.
  async #diagnoseMigrationHistory(params) {
    try {
      return await this.#invoke('diagnoseMigrationHistory', params);
    } catch (error) {
      if (error?.code !== 'P1014') throw error;
      const names = params.migrationsList.migrationDirectories.map((dir) => dir.path);
      return {
        editedMigrationNames: [],
        failedMigrationNames: [],
        hasMigrationsTable: false,
        history: names.length > 0 ? { diagnostic: 'databaseIsBehind', unappliedMigrationNames: names } : null,
      };
    }
  }

  // The wasm engine returns the diff in `stdout`; the CLI only prints what arrives through the
  // engine's `print` callback (the native engine's way), so `migrate diff` would print nothing.
  async #diff(params, print) {
    const { stdout, ...rest } = await this.#invoke('diff', params);
    if (stdout) await print(stdout.replace(/\n$/, ''));
    return rest;
  }

  // SQLite: the wasm reset only empties tables (the re-applied migrations then fail with `table
  // ... already exists`); truncate the file like the native engine and start a fresh engine.
  async #reset(params) {
    if (this.#source.provider !== 'sqlite') return this.#invoke('reset', params);
    await this.close();
    truncateSqliteFile(this.#source.filePath);
    return {};
  }
}

function migrationsKey(migrationsList) {
  return JSON.stringify([migrationsList?.baseDir, migrationsList?.migrationDirectories?.map((dir) => dir.path)]);
}
