// Turns the CLI's `--datasource` JSON (prisma.config.ts' datasource) into what the adapters need.
// Keep the URL rules in step with lib/db/database-url.ts, which the app uses: this file cannot
// import TypeScript, and the CLI hands us an already absolute `file:` URL anyway.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * @returns {{ provider: 'sqlite', filePath: string, shadowFilePath?: string }
 *   | { provider: 'postgresql', url: string, shadowDatabaseUrl?: string }}
 */
export function resolveDatasource(datasource, datamodelFiles = []) {
  const url = datasource?.url;
  if (!url) {
    // No datasource (e.g. `migrate diff --from-empty --to-schema`): only the provider matters.
    const provider = providerFromSchemas(datamodelFiles);
    return provider === 'postgresql' ? { provider, url: '' } : { provider: 'sqlite', filePath: ':memory:' };
  }
  if (/^postgres(ql)?:\/\//i.test(url)) {
    return { provider: 'postgresql', url, shadowDatabaseUrl: datasource.shadowDatabaseUrl };
  }
  if (url.startsWith('file:')) {
    const shadow = datasource.shadowDatabaseUrl;
    return { provider: 'sqlite', filePath: sqlitePath(url), shadowFilePath: shadow ? sqlitePath(shadow) : undefined };
  }
  throw Object.assign(new Error(`Unsupported datasource URL scheme in "${url.split(':')[0]}:..."; this engine shim handles file: (SQLite) and postgresql://.`), { code: 'P1013' });
}

function sqlitePath(url) {
  const bare = url.replace(/[?#].*$/, '');
  const filePath = bare.startsWith('file://') ? fileURLToPath(bare) : decodeURIComponent(bare.slice('file:'.length));
  return path.resolve(filePath);
}

function providerFromSchemas(datamodelFiles) {
  for (const [, content] of datamodelFiles) {
    const match = /datasource\s+\w+\s*\{[^}]*provider\s*=\s*"(\w+)"/.exec(content);
    if (match) return match[1] === 'postgres' ? 'postgresql' : match[1];
  }
  return 'sqlite';
}

/** Discrete pg fields (never `connectionString`: it overrides `database`; see pg-adapter.mjs). */
export function pgConnectionConfig(url) {
  const parsed = new URL(url);
  const params = parsed.searchParams;
  const sslmode = params.get('sslmode');
  const connectTimeout = Number(params.get('connect_timeout'));
  const pool = {
    host: params.get('host') ?? (decodeURIComponent(parsed.hostname) || 'localhost'),
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username) || undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    database: decodeURIComponent(parsed.pathname.replace(/^\//, '')) || undefined,
    ssl: ['require', 'verify-ca', 'verify-full'].includes(sslmode) ? true : sslmode === 'no-verify' ? { rejectUnauthorized: false } : undefined,
    application_name: params.get('application_name') ?? 'prisma-schema-engine-shim',
    connectionTimeoutMillis: connectTimeout > 0 ? connectTimeout * 1000 : 10_000,
  };
  const schema = params.get('schema') ?? undefined;
  if (schema) pool.options = `-c search_path="${schema.replaceAll('"', '""')}"`;
  return { pool, schema };
}
