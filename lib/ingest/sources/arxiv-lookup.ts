import type { ArxivId } from '@/lib/papers/arxiv-id';
import type { PoliteClient } from '../http/polite-client';
import type { SourceItem } from '../types';
import { DEFAULT_ARXIV_API_URL, queryArxivApi } from './arxiv-api';

/**
 * One paper by id through the arXiv API (`id_list=`), its latest version whatever version the
 * reference names. null when arXiv has no such paper: the API then answers an empty feed.
 * Network failures, timeouts and 5xx are retried by the client and then thrown as they are.
 * Shared by the operator's `papers add` and a reader's submission.
 */
export async function lookUpArxivPaper(ref: ArxivId, options: { client: PoliteClient; baseUrl?: string }): Promise<SourceItem | null> {
  const url = new URL(options.baseUrl ?? DEFAULT_ARXIV_API_URL);
  url.searchParams.set('id_list', ref.id);
  const { items } = queryArxivApi(url.toString(), { client: options.client, pageSize: 1, maxResults: 1 });
  for await (const item of items) return item;
  return null;
}
