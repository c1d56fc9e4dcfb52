import pg from 'pg';
import { toPgConnectionConfig } from '@/lib/db/database-url';
import type { SqlConnection, SqlValue } from './connection';

export async function openPostgres(url: string): Promise<SqlConnection> {
  // Discrete fields, never `connectionString` (see toPgConnectionConfig).
  const client = new pg.Client(toPgConnectionConfig(url).pool);
  await client.connect();
  const placeholders = new Map<string, string>();
  const translate = (sql: string) => {
    let text = placeholders.get(sql);
    if (text === undefined) {
      let n = 0;
      text = sql.replace(/\?/g, () => `$${(n += 1)}`);
      if (placeholders.size > 256) placeholders.clear();
      placeholders.set(sql, text);
    }
    return text;
  };
  const query = (sql: string, params: readonly SqlValue[]) => client.query(translate(sql), params.map(encode));
  return {
    engine: 'postgresql',
    async all<T>(sql: string, params: readonly SqlValue[] = []) {
      return (await query(sql, params)).rows as T[];
    },
    async run(sql, params = []) {
      await query(sql, params);
    },
    async transaction(work) {
      await client.query('BEGIN');
      try {
        const result = await work();
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      }
    },
    async close() {
      await client.end();
    },
  };
}

// Prisma keeps DateTime in TIMESTAMP(3) columns as UTC wall time. An ISO string's "Z" is
// ignored by a column without time zone, which is exactly that; a Date would be sent in the
// process's local zone.
function encode(value: SqlValue): string | number | null {
  return value instanceof Date ? value.toISOString() : value;
}
