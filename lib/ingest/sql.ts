import type { Db } from '@/lib/db';
// Only the SQL template class: it is engine-neutral, and each client turns it into its own
// placeholders (`?` for SQLite, `$1` for PostgreSQL) when it runs the statement.
import { Prisma } from '@/lib/generated/prisma-sqlite/client';

export type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];

type Value = string | number | Date | null;

/** Below SQLite's 32,766 and PostgreSQL's 65,535 bound parameters per statement. */
const MAX_PARAMETERS = 30_000;

/**
 * Multi-row INSERTs, chunked to the engines' parameter limits. Prisma's createMany costs
 * ~60 µs a row in its query interpreter; a plain INSERT through the same driver adapter costs
 * ~4 µs, which is what lets a bulk import keep up with a streamed file.
 */
export async function insertRows(tx: Tx, table: string, columns: readonly string[], rows: readonly Value[][]): Promise<void> {
  for (const chunk of chunks(rows, columns.length)) await tx.$executeRaw(insertStatement(table, columns, chunk, ''));
}

/** Like {@link insertRows}, returning `returning` columns of each inserted row (in no particular order). */
export async function insertRowsReturning<T>(
  tx: Tx,
  table: string,
  columns: readonly string[],
  rows: readonly Value[][],
  returning: readonly string[],
): Promise<T[]> {
  const result: T[] = [];
  for (const chunk of chunks(rows, columns.length)) {
    result.push(...(await tx.$queryRaw<T[]>(insertStatement(table, columns, chunk, ` RETURNING ${returning.map(quote).join(', ')}`))));
  }
  return result;
}

/** `UPDATE table SET a = ?, b = ? WHERE key = ?` for one row. */
export async function updateRow(tx: Tx, table: string, values: Record<string, Value>, key: string, keyValue: Value): Promise<void> {
  const columns = Object.keys(values);
  const strings = [`UPDATE ${quote(table)} SET ${quote(columns[0] ?? key)} = `];
  for (const column of columns.slice(1)) strings.push(`, ${quote(column)} = `);
  strings.push(` WHERE ${quote(key)} = `, '');
  await tx.$executeRaw(new Prisma.Sql(strings, [...Object.values(values), keyValue]));
}

/** `DELETE FROM table WHERE column IN (...)`, plus an optional fixed condition. */
export async function deleteWhereIn(tx: Tx, table: string, column: string, values: readonly Value[], extra = ''): Promise<void> {
  for (let i = 0; i < values.length; i += MAX_PARAMETERS) {
    const part = values.slice(i, i + MAX_PARAMETERS);
    const strings = [`DELETE FROM ${quote(table)} WHERE ${quote(column)} IN (`, ...part.slice(1).map(() => ', '), `)${extra}`];
    await tx.$executeRaw(new Prisma.Sql(strings, part));
  }
}

function* chunks(rows: readonly Value[][], width: number): Generator<readonly Value[][]> {
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / Math.max(1, width)));
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

function insertStatement(table: string, columns: readonly string[], rows: readonly Value[][], suffix: string): Prisma.Sql {
  // Sql(strings, values) interleaves: strings[0] v0 strings[1] v1 … strings[n].
  const strings: string[] = [];
  const values: Value[] = [];
  let open = `INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) VALUES (`;
  for (const row of rows) {
    row.forEach((value, index) => {
      strings.push(index === 0 ? open : ', ');
      values.push(value);
    });
    open = '), (';
  }
  strings.push(`)${suffix}`);
  return new Prisma.Sql(strings, values);
}

// Identifiers here are this module's own constants, never input; quoting keeps the camelCase.
function quote(identifier: string): string {
  return `"${identifier}"`;
}
