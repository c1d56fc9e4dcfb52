import { collectImportChanges } from '@/lib/revalidate/import-changes';
import { tellInstancesOfImport } from '@/lib/revalidate/publish-import';
import { politeClientFromEnv } from '../http/client-from-env';
import { runIngest, runPrepared, type IngestSettings, type ListingMode } from '../pipeline';
import { emptySummary, formatSummary, type IngestSummary } from '../summary';
import { InputFormatError, type SourceName } from '../types';
import { INGEST_HELP, parseIngestArgs, UsageError, type IngestCommand } from './args';
import { openSource } from './open-source';
import { createProgress, duration, searchProgress } from './progress';

export interface CommandOutput {
  out: (line: string) => void;
  err: NodeJS.WriteStream;
}

/** Exit codes: 0 done (bad records included), 1 the run failed, 2 wrong usage or not the format. */
export async function runIngestCommand(argv: readonly string[], io: CommandOutput = { out: console.log, err: process.stderr }): Promise<number> {
  let command: IngestCommand | null;
  try {
    command = parseIngestArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err.write(`${error.message}\nRun with --help for the options.\n`);
    return 2;
  }
  if (!command) {
    io.out(INGEST_HELP);
    return 0;
  }

  const progress = createProgress(io.err);
  const client = politeClientFromEnv(({ attempt, waitMs, reason }) => progress.log(`retrying in ${duration(waitMs)} (attempt ${attempt} failed: ${reason})`));
  const started = Date.now();
  const changes = collectImportChanges();
  let summary: IngestSummary = emptySummary();
  let exitCode = 0;
  try {
    const listing: ListingMode = command.noList ? { mode: 'none' } : command.listOn ? { mode: 'on', day: command.listOn } : { mode: 'source' };
    const source = openSource(command, client, listing);
    const measure = 'run' in source ? source.run.measure : source.prepared.measure;
    const settings: IngestSettings = {
      source: command.source as SourceName,
      authority: source.authority,
      listing,
      batchSize: command.batchSize ?? undefined,
      limit: command.limit ?? undefined,
      onBatch: (running) => {
        summary = running;
        progress.update(running, measure());
      },
      onReject: ({ position, reason, detail }) => progress.log(`${position}: ${reason}${detail ? ` (${detail})` : ''}`),
      onSearchDocuments: searchProgress(progress),
      onChanged: (paper) => changes.add(paper),
    };
    summary = 'run' in source ? await runIngest(source.run.items, settings) : await runPrepared(source.prepared.chunks, settings);
    progress.update(summary, measure());
  } catch (error) {
    exitCode = error instanceof InputFormatError || error instanceof UsageError ? 2 : 1;
    progress.stop();
    io.err.write(`${exitCode === 2 ? '' : 'Import stopped: '}${error instanceof Error ? error.message : String(error)}\n`);
    if (exitCode === 2) return exitCode;
  }
  progress.stop();

  io.out(formatSummary(summary));
  const seconds = (Date.now() - started) / 1000;
  io.out(
    `Took ${duration(seconds * 1000)} (${Math.round(summary.read / Math.max(seconds, 0.001)).toLocaleString('en-US')} records/s), peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB.`,
  );
  // Also after a failed run: the batches committed before it are on the site.
  if (changes.papers > 0 && command.revalidate) await tellInstancesOfImport(changes, new Date(started), io.out, (line) => io.err.write(`${line}\n`));
  return exitCode;
}
