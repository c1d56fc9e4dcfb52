/**
 * Sending the daily digest to `subscribers` confirmed readers (half of them on the personal
 * digest, BENCH_DIGEST_PERSONAL) through the SMTP sink
 * (scripts/dev/smtp-sink.ts) with no rate limit: messages/s and the sender's peak memory. Each
 * run works on a throwaway copy of the catalogue, because a digest is sent to each subscriber
 * exactly once (docs/decisions/004-digest-exactly-once.md).
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { SmtpSink } from '../dev/smtp-sink';
import { BENCH_PG_PREFIX, type Catalogue, postgresCatalogueName, sqliteCatalogueFile } from './catalogue';
import { postgresUrl, ROOT, WORK } from './paths';
import { createPostgresDatabase, dropPostgresDatabase } from './postgres-admin';

export interface DigestRow {
  engine: string;
  subscribers: number;
  /** Share of them on the personal digest (an account with follows and votes). */
  personalShare: number;
  sent: number;
  /** Messages the sink received: should equal `sent`. */
  received: number;
  seconds: number;
  perSecond: number;
  peakMb: number;
}

const DIGEST_DB = `${BENCH_PG_PREFIX}_digest`;
/** BENCH_DIGEST_PERSONAL (0..1, default 0.5): the share of subscribers whose copy is computed for them. */
const PERSONAL_SHARE = Math.min(1, Math.max(0, Number(process.env.BENCH_DIGEST_PERSONAL ?? 0.5)));

async function copyCatalogue(catalogue: Catalogue): Promise<string> {
  if (catalogue.engine === 'postgres') {
    await createPostgresDatabase(DIGEST_DB, postgresCatalogueName(catalogue.size));
    return postgresUrl(DIGEST_DB);
  }
  const file = path.join(WORK, 'digest.db');
  for (const suffix of ['', '-wal', '-shm']) {
    rmSync(`${file}${suffix}`, { force: true });
    if (existsSync(`${sqliteCatalogueFile(catalogue.size)}${suffix}`)) copyFileSync(`${sqliteCatalogueFile(catalogue.size)}${suffix}`, `${file}${suffix}`);
  }
  return `file:${file}`;
}

/** Runs a tsx script under /usr/bin/time -v; asynchronously, so the sink in this process can answer. */
function runTsx(args: string[], env: Record<string, string>): Promise<string> {
  const child = spawn('/usr/bin/time', ['-v', process.execPath, '--import', 'tsx', ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => void (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => void (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => (code === 0 ? resolve(output) : reject(new Error(`${args.join(' ')} failed (exit ${code ?? signal}):\n${output.slice(-4000)}`))));
  });
}

export async function measureDigest(catalogue: Catalogue, subscribers: number): Promise<DigestRow> {
  const databaseUrl = await copyCatalogue(catalogue);
  // Counts what it accepts and answers at once, as an MTA that has queued the message does: the
  // figure is the sender's, not this process's MIME parser's (which took ~40% of a core and
  // held each reply until it had parsed the message).
  const sink = await new SmtpSink({ countOnly: true }).listen();
  try {
    await runTsx(['scripts/bench/add-subscribers.ts', String(subscribers), String(PERSONAL_SHARE)], { DATABASE_URL: databaseUrl });
    const started = performance.now();
    const output = await runTsx(['scripts/digest.ts'], { DATABASE_URL: databaseUrl, SMTP_URL: sink.url, DIGEST_RATE: '0' });
    const seconds = (performance.now() - started) / 1000;
    const sent = Number(/: (\d+) sent/.exec(output)?.[1] ?? 0);
    const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(output)?.[1] ?? 0);
    return { engine: catalogue.engine, subscribers, personalShare: PERSONAL_SHARE, sent, received: sink.received, seconds, perSecond: sent / seconds, peakMb: Math.round(peakKb / 1024) };
  } finally {
    await sink.close();
    if (catalogue.engine === 'postgres') await dropPostgresDatabase(DIGEST_DB);
    else for (const suffix of ['', '-wal', '-shm']) rmSync(path.join(WORK, `digest.db${suffix}`), { force: true });
  }
}
