import type { SqlConnection, SqlValue } from './store/connection';

/** Below SQLite's 32,766 and PostgreSQL's 65,535 bound parameters per statement. */
const MAX_PARAMETERS = 30_000;
/** Rows per INSERT: large enough to amortise the call, fixed so the statement is prepared once. */
const MAX_ROWS_PER_INSERT = 500;

/** Multi-row INSERTs, chunked under the engines' limits. */
export async function insertRows(sql: SqlConnection, table: string, columns: readonly string[], rows: readonly SqlValue[][]): Promise<void> {
  if (sql.insertMany) return void (rows.length > 0 && (await sql.insertMany(table, columns, rows)));
  for (const chunk of chunks(rows, columns.length)) await sql.run(insertStatement(table, columns, chunk.length, ''), chunk.flat());
}

/** Like {@link insertRows}, returning `returning` columns of each inserted row (in no particular order). */
export async function insertRowsReturning<T>(
  sql: SqlConnection,
  table: string,
  columns: readonly string[],
  rows: readonly SqlValue[][],
  returning: readonly string[],
): Promise<T[]> {
  if (sql.insertMany) return rows.length > 0 ? sql.insertMany<T>(table, columns, rows, returning) : [];
  const result: T[] = [];
  for (const chunk of chunks(rows, columns.length)) {
    const suffix = ` RETURNING ${returning.map(quote).join(', ')}`;
    result.push(...(await sql.all<T>(insertStatement(table, columns, chunk.length, suffix), chunk.flat())));
  }
  return result;
}

/** `UPDATE table SET a = ?, b = ? WHERE key = ?` for one row. */
export async function updateRow(sql: SqlConnection, table: string, values: Record<string, SqlValue>, key: string, keyValue: SqlValue): Promise<void> {
  const assignments = Object.keys(values).map((column) => `${quote(column)} = ?`);
  await sql.run(`UPDATE ${quote(table)} SET ${assignments.join(', ')} WHERE ${quote(key)} = ?`, [...Object.values(values), keyValue]);
}

/** `SELECT … WHERE column IN (…)` over any number of values; `extra` is a fixed condition. */
export async function selectWhereIn<T>(sql: SqlConnection, select: string, column: string, values: readonly SqlValue[], extra = ''): Promise<T[]> {
  const rows: T[] = [];
  for (const part of slices(values, MAX_PARAMETERS)) rows.push(...(await sql.all<T>(`${select} WHERE ${column} IN (${marks(part.length)})${extra}`, part)));
  return rows;
}

/** `DELETE FROM table WHERE column IN (…)`, plus an optional fixed condition. */
export async function deleteWhereIn(sql: SqlConnection, table: string, column: string, values: readonly SqlValue[], extra = ''): Promise<void> {
  for (const part of slices(values, MAX_PARAMETERS)) await sql.run(`DELETE FROM ${quote(table)} WHERE ${quote(column)} IN (${marks(part.length)})${extra}`, part);
}

function chunks(rows: readonly SqlValue[][], width: number): readonly SqlValue[][][] {
  return slices(rows, Math.min(MAX_ROWS_PER_INSERT, Math.floor(MAX_PARAMETERS / Math.max(1, width))));
}

function slices<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

const statements = new Map<string, string>();

function insertStatement(table: string, columns: readonly string[], rows: number, suffix: string): string {
  const key = `${table} ${columns.join(',')} ${rows} ${suffix}`;
  let text = statements.get(key);
  if (text === undefined) {
    const row = `(${marks(columns.length)})`;
    text = `INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) VALUES ${Array.from({ length: rows }, () => row).join(', ')}${suffix}`;
    if (statements.size > 256) statements.clear();
    statements.set(key, text);
  }
  return text;
}

function marks(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}

// Identifiers here are this module's callers' constants, never input; quoting keeps camelCase.
export function quote(identifier: string): string {
  return `"${identifier}"`;
}
