import { Worker } from 'node:worker_threads';
import type { ListingMode, Prepared } from '../prepare';
import type { SnapshotFilters } from '../sources/snapshot-record';
import { InputFormatError, type SourceMeasure } from '../types';
import type { SnapshotWorkerData, WorkerMessage } from './snapshot-worker';

const CHUNK_SIZE = 250;
const MAX_AHEAD = 16;
const WORKER_YOUNG_MB = 4;
const WORKER_OLD_MB = 128;

/**
 * Reads, parses and validates the snapshot on a second core while this thread writes to the
 * database: the two halves cost about the same, so on an idle 2-core machine they overlap
 * instead of adding up. At most MAX_AHEAD chunks wait between the threads, and the worker's
 * heap is capped, so memory stays flat whatever the file's size.
 */
export function readSnapshotInWorker(files: readonly string[], filters: SnapshotFilters, listing: ListingMode): { chunks: AsyncIterable<Prepared[]>; measure(): SourceMeasure } {
  let measure: SourceMeasure = {};
  async function* chunks(): AsyncGenerator<Prepared[]> {
    const data: SnapshotWorkerData = { files: [...files], filters, listing, chunkSize: CHUNK_SIZE, maxAhead: MAX_AHEAD };
    const worker = new Worker(new URL('./snapshot-worker.mjs', import.meta.url), {
      workerData: data,
      // Its garbage is short-lived: a small young generation keeps the pair under ~300 MB.
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB, maxOldGenerationSizeMb: WORKER_OLD_MB },
    });
    const inbox: (WorkerMessage | { type: 'crash'; error: Error })[] = [];
    let notify: (() => void) | null = null;
    const push = (message: (typeof inbox)[number]) => {
      inbox.push(message);
      notify?.();
    };
    worker.on('message', (message: WorkerMessage) => push(message));
    worker.on('error', (error) => push({ type: 'crash', error }));
    worker.on('exit', (code) => push({ type: 'crash', error: new Error(`the snapshot reader stopped (exit ${code})`) }));
    try {
      for (;;) {
        while (inbox.length === 0) await new Promise<void>((resolve) => (notify = resolve));
        const message = inbox.shift();
        if (!message) continue;
        if (message.type === 'crash') throw message.error;
        if (message.type === 'error') throw message.name === 'InputFormatError' ? new InputFormatError(message.message) : new Error(message.message);
        measure = message.measure;
        if (message.type === 'done') return;
        worker.postMessage('more');
        yield message.items;
      }
    } finally {
      worker.removeAllListeners();
      await worker.terminate();
    }
  }
  return { chunks: chunks(), measure: () => measure };
}
