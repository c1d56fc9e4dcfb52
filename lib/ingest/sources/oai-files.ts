import { countFileBytes, readFileChunks } from '../input';
import type { SourceRun } from '../types';
import { readOaiResponse, type OaiPageInfo } from './oai-response';

/** Saved OAI-PMH responses (one file per page), read in order; their resumption tokens are ignored. */
export function readOaiFiles(files: readonly string[]): SourceRun {
  const bytes = countFileBytes(files);
  async function* items() {
    for (const file of files) {
      const info: OaiPageInfo = { records: 0, resumptionToken: null, completeListSize: null };
      yield* readOaiResponse(readFileChunks(file, bytes), info, file);
    }
  }
  return { items: items(), measure: () => ({ bytesRead: bytes.read, bytesTotal: bytes.total }) };
}
