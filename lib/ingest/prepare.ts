import type { FeedDay } from '@/lib/dates/feed-day';
import { hashPaperMetadata } from '@/lib/papers/fingerprint';
import { paperRecordSchema, type PaperRecord } from '@/lib/papers/schema';
import { withoutDerivedLinks } from './links';
import type { ListingRequest, Rejection, SourceItem } from './types';
import type { IngestRecord } from './write-plan';

export type ListingMode = { mode: 'source' } | { mode: 'none' } | { mode: 'on'; day: FeedDay };

/** A source item after validation: a record ready to write, a bad record, or a plain skip. */
export type Prepared = { kind: 'record'; record: IngestRecord } | { kind: 'reject'; rejection: Rejection } | { kind: 'skip'; reason: string };

/**
 * The CPU half of an import, the same for every source: validates the record against the
 * normalised schema, drops links the page derives, hashes the metadata and settles the
 * listing request. Pure, so it can run in a worker thread beside the database writes.
 */
export function prepareItem(item: SourceItem, listing: ListingMode): Prepared {
  if (item.kind === 'skip') {
    return item.bad ? { kind: 'reject', rejection: { position: item.position, reason: item.reason, detail: item.detail } } : { kind: 'skip', reason: item.reason };
  }
  const parsed = paperRecordSchema.safeParse(item.paper);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { kind: 'reject', rejection: { position: item.position, reason: `invalid ${issue?.path.join('.') || 'record'}`, detail: issue?.message } };
  }
  if (parsed.data.arxivId === null) return { kind: 'reject', rejection: { position: item.position, reason: 'missing id' } };
  const paper = normalise(parsed.data as PaperRecord & { arxivId: string });
  return { kind: 'record', record: { position: item.position, paper, hash: hashPaperMetadata(paper), listing: resolveListing(item.listing, listing) } };
}

function normalise(paper: PaperRecord & { arxivId: string }): PaperRecord & { arxivId: string } {
  const withoutDerived = withoutDerivedLinks(paper) as PaperRecord & { arxivId: string };
  const seen = new Set<string>();
  const links = withoutDerived.links.filter((link) => !seen.has(`${link.kind} ${link.url}`) && Boolean(seen.add(`${link.kind} ${link.url}`)));
  return { ...withoutDerived, categories: [...new Set(withoutDerived.categories)], links };
}

function resolveListing(request: ListingRequest | null, mode: ListingMode): ListingRequest | null {
  if (mode.mode === 'none') return null;
  if (mode.mode === 'on') return { day: mode.day, rank: request?.rank ?? null, submittedBy: request?.submittedBy ?? null };
  return request;
}
