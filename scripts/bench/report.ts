// The summary tables printed at the end, and the JSON file with every number behind them.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { WORK } from './paths';

export type Cell = string | number | null | undefined;

function format(cell: Cell): string {
  if (cell === null || cell === undefined || (typeof cell === 'number' && Number.isNaN(cell))) return '–';
  if (typeof cell === 'string') return cell;
  if (Number.isInteger(cell)) return cell.toLocaleString('en-US');
  return cell < 10 ? cell.toFixed(2) : cell < 100 ? cell.toFixed(1) : Math.round(cell).toLocaleString('en-US');
}

export function printTable(title: string, headers: string[], rows: Cell[][]): void {
  if (rows.length === 0) return;
  const text = rows.map((row) => row.map(format));
  const widths = headers.map((header, column) => Math.max(header.length, ...text.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  console.log(`\n${title}\n${line(headers)}`);
  for (const row of text) console.log(line(row));
}

/** Writes .tmp/bench/results-<timestamp>.json and returns its path. */
export function writeResults(results: object): string {
  mkdirSync(WORK, { recursive: true });
  const file = path.join(WORK, `results-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}
