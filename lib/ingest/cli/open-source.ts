import { getEnv, type Env } from '@/lib/env';
import { isUrl } from '../input';
import type { PoliteClient } from '../http/polite-client';
import { queryArxivApi } from '../sources/arxiv-api';
import { readArxivFiles } from '../sources/arxiv-files';
import { readHfFiles, readHfUrl } from '../sources/hf-daily';
import { harvestOai } from '../sources/oai-harvest';
import { readOaiFiles } from '../sources/oai-files';
import { readSnapshotFiles } from '../sources/snapshot';
import type { ListingMode, Prepared } from '../prepare';
import type { Authority, SourceMeasure, SourceRun } from '../types';
import { readSnapshotInWorker } from '../worker/snapshot-in-worker';
import { UsageError, type IngestCommand } from './args';

/** A source's items, raw (prepared on this thread) or already prepared by a worker thread. */
export type OpenedSource = { authority: Authority } & ({ run: SourceRun } | { prepared: { chunks: AsyncIterable<Prepared[]>; measure(): SourceMeasure } });

/** Turns the command's source and inputs into a stream of items. */
export function openSource(command: IngestCommand, client: PoliteClient, listing: ListingMode, env: Env = getEnv()): OpenedSource {
  const urls = command.inputs.filter(isUrl);
  if (urls.length > 0 && command.inputs.length > 1) throw new UsageError('Give either one URL or any number of files, not both.');
  const url = urls[0];
  switch (command.source) {
    case 'arxiv': {
      const [input = ''] = command.inputs;
      // `search_query=…` or `id_list=…` on its own is a query for the configured endpoint.
      const query = !url && command.inputs.length === 1 && /^(search_query|id_list)=/.test(input) ? input : null;
      if (!url && !query) return { run: readArxivFiles(command.inputs), authority: 'arxiv' };
      const base = command.baseUrl ?? env.ARXIV_API_URL;
      const target = url ?? `${base}?${query}`;
      return { run: queryArxivApi(target, { client, pageSize: command.pageSize, maxResults: command.maxResults ?? undefined }), authority: 'arxiv' };
    }
    case 'oai':
      return {
        run: url
          ? harvestOai(url, {
              client,
              metadataPrefix: command.metadataPrefix,
              set: command.set ?? undefined,
              from: command.from ?? undefined,
              until: command.until ?? undefined,
            })
          : readOaiFiles(command.inputs),
        authority: 'arxiv',
      };
    case 'snapshot':
      if (url) throw new UsageError('The snapshot is read from a file (download it first: it is ~4 GB).');
      {
        const filters = { since: command.since ?? undefined, categories: command.categories ?? undefined };
        // INGEST_WORKER=0 keeps everything on one thread (for profiling, or a one-core machine).
        if (!env.INGEST_WORKER) return { run: readSnapshotFiles(command.inputs, filters), authority: 'arxiv' };
        readSnapshotFiles(command.inputs, filters); // fails fast on a missing file, before a thread starts
        return { prepared: readSnapshotInWorker(command.inputs, filters, listing), authority: 'arxiv' };
      }
    case 'hf': {
      const options = { needsDay: !command.listOn && !command.noList };
      return { run: url ? readHfUrl(url, client, options) : readHfFiles(command.inputs, options), authority: 'curated' };
    }
  }
}
