// The ingest numbers come from the existing `npm run bench:ingest`; this runs it and reads its table.
import { spawnSync } from 'node:child_process';
import { ROOT } from './paths';

export interface IngestRow {
  engine: string;
  lines: number;
  perSecond: number;
  seconds: number;
  peakMb: number | null;
}

export function measureIngest(lines: number): IngestRow[] {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench/ingest.ts', String(lines)], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`bench:ingest failed (exit ${result.status ?? result.signal}):\n${result.stdout}`);
  return [...result.stdout.matchAll(/^(SQLite|PostgreSQL)\s+([\d,]+)\s+([\d.]+)\s+(\d+|\?) MB$/gm)].map((match) => ({
    engine: match[1] ?? '',
    lines,
    perSecond: Number((match[2] ?? '').replaceAll(',', '')),
    seconds: Number(match[3]),
    peakMb: match[4] === '?' ? null : Number(match[4]),
  }));
}
