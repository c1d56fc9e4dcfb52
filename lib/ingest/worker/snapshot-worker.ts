import { parentPort, workerData } from 'node:worker_threads';
import { prepareItem, type ListingMode, type Prepared } from '../prepare';
import { readSnapshotFiles } from '../sources/snapshot';
import type { SnapshotFilters } from '../sources/snapshot-record';
import type { SourceMeasure } from '../types';

export interface SnapshotWorkerData {
  files: string[];
  filters: SnapshotFilters;
  listing: ListingMode;
  chunkSize: number;
  /** Chunks sent but not yet taken: bounds the memory between the two threads. */
  maxAhead: number;
}

export type WorkerMessage =
  | { type: 'chunk'; items: Prepared[]; measure: SourceMeasure }
  | { type: 'done'; measure: SourceMeasure }
  | { type: 'error'; name: string; message: string };

const port = parentPort;
const settings = workerData as SnapshotWorkerData;
let credits = settings.maxAhead;
let wake: (() => void) | null = null;

port?.on('message', () => {
  credits += 1;
  wake?.();
});

async function send(message: WorkerMessage): Promise<void> {
  while (credits <= 0) await new Promise<void>((resolve) => (wake = resolve));
  credits -= 1;
  port?.postMessage(message);
}

const run = readSnapshotFiles(settings.files, settings.filters);
try {
  let chunk: Prepared[] = [];
  for await (const item of run.items) {
    chunk.push(prepareItem(item, settings.listing));
    if (chunk.length >= settings.chunkSize) {
      await send({ type: 'chunk', items: chunk, measure: run.measure() });
      chunk = [];
    }
  }
  if (chunk.length > 0) await send({ type: 'chunk', items: chunk, measure: run.measure() });
  port?.postMessage({ type: 'done', measure: run.measure() } satisfies WorkerMessage);
} catch (error) {
  const { name, message } = error instanceof Error ? error : { name: 'Error', message: String(error) };
  port?.postMessage({ type: 'error', name, message } satisfies WorkerMessage);
}
port?.close();
