import { checkStatus, TransientError, type PoliteClient } from '../http/polite-client';
import type { SourceItem, SourceRun } from '../types';
import { XmlSyntaxError } from '../xml/read-elements';
import { readArxivFeed, type FeedInfo } from './arxiv-feed';

export const DEFAULT_ARXIV_API_URL = 'https://export.arxiv.org/api/query';

/** How many results a query URL without max_results asks for: one page, as the API does. */
const DEFAULT_TOTAL = 100;

export interface ArxivQueryOptions {
  client: PoliteClient;
  /** Results per request; the API serves up to 2,000 but slices of a few hundred are gentler. */
  pageSize: number;
  /** Results in all; defaults to the URL's max_results. */
  maxResults?: number;
}

/**
 * Runs an arXiv API query, page by page through start/max_results, at the client's pace.
 * A page that fails to arrive whole is fetched again; so is an empty page before the announced
 * end, a known hiccup of the API.
 */
export function queryArxivApi(url: string, options: ArxivQueryOptions): SourceRun {
  const query = new URL(url);
  const start = Number(query.searchParams.get('start') ?? 0) || 0;
  const wanted = options.maxResults ?? (Number(query.searchParams.get('max_results')) || DEFAULT_TOTAL);
  let recordsTotal: number | undefined;

  async function* items(): AsyncGenerator<SourceItem> {
    for (let offset = start; offset < start + wanted; ) {
      const size = Math.min(options.pageSize, start + wanted - offset);
      const page = await fetchPage(options.client, pageUrl(query, offset, size), offset);
      if (page.info.totalResults !== null) recordsTotal = Math.min(wanted, Math.max(0, page.info.totalResults - start));
      yield* page.items;
      offset += page.info.entries;
      if (page.info.entries === 0 || offset >= (page.info.totalResults ?? 0)) return;
    }
  }
  return { items: items(), measure: () => ({ recordsTotal }) };
}

function pageUrl(query: URL, start: number, size: number): string {
  const url = new URL(query);
  url.searchParams.set('start', String(start));
  url.searchParams.set('max_results', String(size));
  return url.toString();
}

async function fetchPage(client: PoliteClient, url: string, offset: number): Promise<{ info: FeedInfo; items: SourceItem[] }> {
  return client.request(url, async (response) => {
    // A 400 carries the API's error entry, which the feed reader turns into a clear error.
    checkStatus(response, [400]);
    const text = await response.text();
    const info: FeedInfo = { totalResults: null, entries: 0 };
    const items: SourceItem[] = [];
    try {
      for await (const item of readArxivFeed([text], info, { label: 'the arXiv API response', firstEntry: offset + 1 })) items.push(item);
    } catch (error) {
      if (error instanceof XmlSyntaxError) throw new TransientError(`incomplete response (${error.message})`);
      throw error;
    }
    if (response.status === 400) throw new Error(`The arXiv API refused ${url} (HTTP 400) without saying why.`);
    if (info.entries === 0 && (info.totalResults ?? 0) > offset) throw new TransientError(`empty page at start=${offset} of ${info.totalResults}`);
    return { info, items };
  });
}
