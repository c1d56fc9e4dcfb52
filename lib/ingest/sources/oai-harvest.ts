import { checkStatus, TransientError, type PoliteClient } from '../http/polite-client';
import type { SourceItem, SourceRun } from '../types';
import { XmlSyntaxError } from '../xml/read-elements';
import { readOaiResponse, type OaiPageInfo } from './oai-response';

export interface OaiHarvestOptions {
  client: PoliteClient;
  metadataPrefix: string;
  /** An OAI set, e.g. `cs:cs:LG` on arXiv. */
  set?: string;
  /** Datestamps (last modification, not first submission), YYYY-MM-DD. */
  from?: string;
  until?: string;
}

/**
 * Harvests ListRecords from an OAI-PMH endpoint, following resumption tokens to the end.
 * A URL that already names a verb is used as given for the first page.
 */
export function harvestOai(endpoint: string, options: OaiHarvestOptions): SourceRun {
  const base = new URL(endpoint);
  let recordsTotal: number | undefined;

  async function* items(): AsyncGenerator<SourceItem> {
    let url = base.searchParams.has('verb') ? base.toString() : firstPageUrl(base, options);
    for (;;) {
      const page = await fetchPage(options.client, url);
      recordsTotal = page.info.completeListSize ?? recordsTotal;
      yield* page.items;
      if (!page.info.resumptionToken) return;
      url = withParams(base, { verb: 'ListRecords', resumptionToken: page.info.resumptionToken });
    }
  }
  return { items: items(), measure: () => ({ recordsTotal }) };
}

function firstPageUrl(base: URL, options: OaiHarvestOptions): string {
  return withParams(base, {
    verb: 'ListRecords',
    metadataPrefix: options.metadataPrefix,
    set: options.set,
    from: options.from,
    until: options.until,
  });
}

function withParams(base: URL, params: Record<string, string | undefined>): string {
  const url = new URL(base.origin + base.pathname);
  for (const [key, value] of Object.entries(params)) if (value) url.searchParams.set(key, value);
  return url.toString();
}

async function fetchPage(client: PoliteClient, url: string): Promise<{ info: OaiPageInfo; items: SourceItem[] }> {
  return client.request(url, async (response) => {
    checkStatus(response);
    const text = await response.text();
    const info: OaiPageInfo = { records: 0, resumptionToken: null, completeListSize: null };
    const items: SourceItem[] = [];
    try {
      for await (const item of readOaiResponse([text], info, 'the OAI-PMH response')) items.push(item);
    } catch (error) {
      if (error instanceof XmlSyntaxError) throw new TransientError(`incomplete response (${error.message})`);
      throw error;
    }
    return { info, items };
  });
}
