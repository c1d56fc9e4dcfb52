// The PostgreSQL side of the shim: @prisma/adapter-pg on pools built from discrete fields, plus the
// fixes the wasm engine needs from it (each was a real failure; see docs STACK.md).
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { pgConnectionConfig } from './datasource.mjs';

const PG_CHAR_OID = 18; // pg's internal one-byte "char" (pg_class.relkind, pg_constraint.contype...)
const PG_TEXT_OID = 25;
const OBJECT_IN_USE = '55006';

// @prisma/adapter-pg 7.10.0 has no column type for "char", so every catalog query the engine's
// describer runs fails with `Column type 'char' could not be deserialized from the database.`
// Relabel those columns as text: pg already returns their values as strings.
function relabelCharColumns(result) {
  if (Array.isArray(result)) return result.map(relabelCharColumns);
  for (const field of result?.fields ?? []) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
  return result;
}

class CatalogFriendlyClient extends pg.Client {
  query(...args) {
    const callbackAt = args.findIndex((arg) => typeof arg === 'function');
    if (callbackAt >= 0) {
      const callback = args[callbackAt];
      args[callbackAt] = (error, result) => callback(error, error ? result : relabelCharColumns(result));
      return super.query(...args);
    }
    const returned = super.query(...args);
    return typeof returned?.then === 'function' ? returned.then(relabelCharColumns) : returned;
  }
}

async function connectAdapter({ pool: poolConfig, schema }) {
  const pool = new pg.Pool({ ...poolConfig, Client: CatalogFriendlyClient });
  const adapter = await new PrismaPg(pool, { schema, disposeExternalPool: true }).connect();
  // adapter-pg's executeScript splits on ";" (breaking dollar-quoted function bodies) and sends the
  // pieces to whichever pooled connection is free. The native engine sends a script as one simple
  // query, which PostgreSQL runs in one implicit transaction; do that.
  adapter.executeScript = async (script) => {
    try {
      await pool.query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  return adapter;
}

export function createPgFactory({ url, shadowDatabaseUrl }) {
  const main = url ? pgConnectionConfig(url) : undefined;
  const open = new Set();
  const shadowDatabases = new Set(); // created by us, not dropped yet

  const track = (adapter, afterDispose) => {
    const dispose = adapter.dispose.bind(adapter);
    let disposed;
    adapter.dispose = () => {
      disposed ??= (async () => {
        open.delete(adapter);
        await dispose();
        await afterDispose?.();
      })();
      return disposed;
    };
    open.add(adapter);
    return adapter;
  };

  const requireMain = () => {
    if (!main) throw new Error('No datasource URL: set DATABASE_URL (prisma.config.ts passes it to the engine).');
    return main;
  };

  async function withAdminClient(fn) {
    const client = new pg.Client(requireMain().pool);
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  }

  // Close first, then drop: PostgreSQL refuses to drop a database with open sessions, and a
  // backend can outlive its client's disconnect by a few milliseconds, so retry briefly.
  async function dropShadowDatabase(name) {
    await withAdminClient(async (client) => {
      for (let attempt = 0; ; attempt++) {
        try {
          await client.query(`DROP DATABASE IF EXISTS "${name}"`);
          shadowDatabases.delete(name);
          return;
        } catch (error) {
          if (error.code !== OBJECT_IN_USE || attempt >= 20) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    });
  }

  return {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    async connect() {
      return track(await connectAdapter(requireMain()));
    },
    async connectToShadowDb() {
      if (shadowDatabaseUrl) {
        const shadow = pgConnectionConfig(shadowDatabaseUrl);
        const target = ({ pool }) => `${pool.host}:${pool.port}/${pool.database}`;
        if (target(shadow) === target(requireMain())) {
          throw new Error('The shadow database you configured appears to be the same as the main database. Please specify another shadow database.');
        }
        // The engine replays the whole history on every use (devDiagnostic uses it twice), so
        // empty it first, as the native engine does with a configured shadow database.
        const adapter = track(await connectAdapter(shadow));
        const schemaName = `"${(shadow.schema ?? 'public').replaceAll('"', '""')}"`;
        await adapter.executeScript(`DROP SCHEMA IF EXISTS ${schemaName} CASCADE; CREATE SCHEMA ${schemaName}`);
        return adapter;
      }
      // DANGER avoided here: PrismaPg({ connectionString }).connectToShadowDb() would copy the
      // config with another `database`, which node-postgres ignores when `connectionString` is
      // set, and replay the migrations against the main database.
      const name = `prisma_migrate_shadow_db_${randomUUID()}`;
      await withAdminClient((client) => client.query(`CREATE DATABASE "${name}"`));
      shadowDatabases.add(name);
      const base = requireMain();
      return track(await connectAdapter({ ...base, pool: { ...base.pool, database: name } }), () => dropShadowDatabase(name));
    },
    async closeAll() {
      for (const adapter of [...open]) await adapter.dispose().catch(() => {});
      for (const name of [...shadowDatabases]) await dropShadowDatabase(name).catch(() => {});
    },
  };
}
