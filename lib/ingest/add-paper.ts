import { todayUtc, type FeedDay } from '@/lib/dates/feed-day';
import { parseArxivReference } from '@/lib/papers/arxiv-id';
import type { PoliteClient } from './http/polite-client';
import { runIngest, type IngestSettings } from './pipeline';
import { lookUpArxivPaper } from './sources/arxiv-lookup';
import type { IngestSummary } from './summary';

export class AddPaperError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AddPaperError';
  }
}

export interface AddedPaper {
  arxivId: string;
  title: string;
  day: FeedDay;
  status: 'created' | 'updated' | 'unchanged';
}

/**
 * The operator's "Submit a paper": looks one paper up through the arXiv API (its latest
 * version, whatever version the reference names) and lists it on `day`, today in UTC by default.
 */
export async function addPaper(
  reference: string,
  options: { client: PoliteClient; baseUrl?: string; day?: FeedDay; now?: Date; onChanged?: IngestSettings['onChanged'] },
): Promise<AddedPaper> {
  const ref = parseArxivReference(reference);
  if (!ref) throw new AddPaperError(`"${reference}" is not an arXiv id or an arxiv.org link (e.g. 2407.13168 or https://arxiv.org/abs/2407.13168).`);
  const day = options.day ?? todayUtc(options.now);
  const item = await lookUpArxivPaper(ref, options);
  if (!item) throw new AddPaperError(`arXiv has no paper ${ref.id}.`);
  if (item.kind === 'skip') throw new AddPaperError(`arXiv's record for ${ref.id} cannot be imported: ${item.reason}${item.detail ? ` (${item.detail})` : ''}.`);

  const rejected: string[] = [];
  const summary: IngestSummary = await runIngest([item], {
    source: 'arxiv',
    authority: 'arxiv',
    listing: { mode: 'on', day },
    onReject: (rejection) => rejected.push(`${rejection.reason}${rejection.detail ? ` (${rejection.detail})` : ''}`),
    onChanged: options.onChanged,
  });
  if (rejected.length > 0) throw new AddPaperError(`arXiv's record for ${ref.id} cannot be imported: ${rejected.join('; ')}.`);
  const status = summary.created ? 'created' : summary.updated ? 'updated' : 'unchanged';
  return { arxivId: ref.id, title: String(item.paper.title), day, status };
}
