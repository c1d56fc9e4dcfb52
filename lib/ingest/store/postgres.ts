import pg from 'pg';
import { toPgConnectionConfig } from '@/lib/db/database-url';
import { quote } from '../sql';
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
  // Column types by table, for the arrays insertMany sends (read once from the catalogue).
  const columnTypes = new Map<string, Map<string, string>>();
  const typesOf = async (table: string) => {
    let types = columnTypes.get(table);
    if (!types) {
      const { rows } = await client.query<{ name: string; type: string }>(
        'SELECT attname AS "name", format_type(atttypid, atttypmod) AS "type" FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped',
        [quote(table)],
      );
      types = new Map(rows.map((row) => [row.name, row.type]));
      columnTypes.set(table, types);
    }
    return types;
  };
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
    // One statement per table and batch: each column travels as one array parameter, unnested
    // back into rows by the server. Multi-row VALUES lists cost a parse per statement and a
    // parameter per value; this is one parse per shape and a few parameters, near COPY's speed
    // without its text format (docs/decisions/024-postgresql-search-and-import-at-scale.md).
    async insertMany<T>(table: string, columns: readonly string[], rows: readonly SqlValue[][], returning: readonly string[] = []) {
      const types = await typesOf(table);
      const arrays = columns.map((column) => {
        const type = types.get(column);
        if (type === undefined) throw new Error(`insertMany: "${table}" has no column "${column}"`);
        return `?::${type}[]`;
      });
      const suffix = returning.length > 0 ? ` RETURNING ${returning.map(quote).join(', ')}` : '';
      const text = `INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) SELECT * FROM unnest(${arrays.join(', ')})${suffix}`;
      const values = columns.map((_, index) => rows.map((row) => encode(row[index] ?? null)));
      return (await client.query(translate(text), values)).rows as T[];
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
