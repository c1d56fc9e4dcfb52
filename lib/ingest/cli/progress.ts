import cliProgress from 'cli-progress';
import { getEnv, type Env } from '@/lib/env';
import { countSkipped, type IngestSummary } from '../summary';
import type { SearchQueueProgress } from '../store/postgres-search-queue';
import type { SourceMeasure } from '../types';

export interface ProgressReporter {
  update(summary: IngestSummary, measure: SourceMeasure): void;
  /** Prints a line without garbling the bar. */
  log(line: string): void;
  stop(): void;
}

/**
 * A bar (records, rate, ETA; bytes for files) on a terminal; elsewhere (CI, cron, a log file)
 * a plain line every INGEST_PROGRESS_INTERVAL_MS (10 s), which reads well in a log.
 */
export function createProgress(stream: NodeJS.WriteStream = process.stderr, env: Env = getEnv()): ProgressReporter {
  const started = Date.now();
  return stream.isTTY ? createBar(stream, started) : createLines(stream, started, env.INGEST_PROGRESS_INTERVAL_MS);
}

function createBar(stream: NodeJS.WriteStream, started: number): ProgressReporter {
  const multibar = new cliProgress.MultiBar(
    {
      stream,
      format: '{bar} {percentage}% | {records} records | {rate}/s | ETA {eta_formatted} | {detail}',
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = multibar.create(1, 0, { records: '0', rate: '0', detail: '' });
  return {
    update(summary, measure) {
      const { done, total, detail } = extent(summary, measure);
      bar.setTotal(Math.max(total, done, 1));
      bar.update(done, { records: number(summary.read), rate: number(rate(summary.read, started)), detail });
    },
    log: (line) => multibar.log(`${line}\n`),
    stop: () => multibar.stop(),
  };
}

function createLines(stream: NodeJS.WriteStream, started: number, intervalMs: number): ProgressReporter {
  let last = started;
  return {
    update(summary, measure) {
      const now = Date.now();
      if (now - last < intervalMs) return;
      last = now;
      const { done, total, detail } = extent(summary, measure);
      const perSecond = rate(summary.read, started);
      const eta = total > done && done > 0 ? ` ETA ${duration(((now - started) / done) * (total - done))}` : '';
      stream.write(
        `progress: ${number(summary.read)} records (${number(perSecond)}/s), ${number(summary.created)} new, ${number(summary.updated)} updated, ${number(countSkipped(summary))} skipped${detail ? `, ${detail}` : ''}${eta}\n`,
      );
    },
    log: (line) => stream.write(`${line}\n`),
    stop: () => {},
  };
}

/** Bytes for files (the bar then shows how much of the file is done), records for APIs. */
function extent(summary: IngestSummary, measure: SourceMeasure): { done: number; total: number; detail: string } {
  if (measure.bytesTotal) {
    const read = measure.bytesRead ?? 0;
    return { done: read, total: measure.bytesTotal, detail: `${bytes(read)} of ${bytes(measure.bytesTotal)}` };
  }
  return { done: summary.read, total: measure.recordsTotal ?? 0, detail: measure.recordsTotal ? `of ${number(measure.recordsTotal)}` : '' };
}

function rate(count: number, started: number): number {
  const seconds = (Date.now() - started) / 1000;
  return seconds > 0 ? Math.round(count / seconds) : 0;
}

function number(value: number): string {
  return value.toLocaleString('en-US');
}

function bytes(value: number): string {
  if (value >= 1e9) return `${(value / 1e9).toFixed(2)} GB`;
  if (value >= 1e6) return `${(value / 1e6).toFixed(1)} MB`;
  return `${Math.round(value / 1e3)} kB`;
}

export function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m${String(seconds % 60).padStart(2, '0')}s`;
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}

/** Progress lines for the search documents a PostgreSQL import builds after its papers (every 10%, with rate and ETA). */
export function searchProgress(progress: Pick<ProgressReporter, 'log'>): (state: SearchQueueProgress) => void {
  let started = 0;
  let nextTenth = 1;
  return ({ done, total, phase }) => {
    started ||= Date.now();
    if (phase === 'index') return progress.log(`search: building the search index …`);
    if (total === 0 || done < (total * nextTenth) / 10) return;
    while (done >= (total * nextTenth) / 10) nextTenth += 1;
    const perSecond = rate(done, started);
    const eta = done < total && perSecond > 0 ? ` ETA ${duration(((total - done) / perSecond) * 1000)}` : '';
    progress.log(`search: ${number(done)} of ${number(total)} documents (${number(perSecond)}/s)${eta}`);
  };
}
