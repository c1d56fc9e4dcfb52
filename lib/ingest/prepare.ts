import type { FeedDay } from '@/lib/dates/feed-day';
import { hashPaperMetadata } from '@/lib/papers/fingerprint';
import { paperRecordSchema, type PaperRecord, type PaperRecordInput } from '@/lib/papers/schema';
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
  const prepared = preparePaper(item.position, item.paper, resolveListing(item.listing, listing));
  // Importers identify papers by arXiv id; only the seed page's papers go by their title.
  if (prepared.kind === 'record' && prepared.record.paper.arxivId === null) return { kind: 'reject', rejection: { position: item.position, reason: 'missing id' } };
  return prepared;
}

/** Validates and normalises one paper for the write path (lib/ingest/write-batch.ts). */
export function preparePaper(position: string, input: PaperRecordInput, listing: ListingRequest | null): Exclude<Prepared, { kind: 'skip' }> {
  const parsed = paperRecordSchema.safeParse(input);
  if (!parsed.success) return { kind: 'reject', rejection: { position, ...describeIssue(parsed.error.issues[0], input) } };
  const paper = normalise(parsed.data);
  return { kind: 'record', record: { position, paper, hash: hashPaperMetadata(paper), listing } };
}

type Issue = NonNullable<ReturnType<typeof paperRecordSchema.safeParse>['error']>['issues'][number];

/**
 * A reason an operator can act on. Oversized fields are named as such, with their size: an
 * abstract past the cap is a crafted or broken record, not a typo.
 */
function describeIssue(issue: Issue | undefined, input: PaperRecordInput): Omit<Rejection, 'position'> {
  const field = issue?.path.join('.') || 'record';
  if (issue?.code === 'too_big') {
    const value = issue.path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key], input);
    const size = typeof value === 'string' ? value.trim().length : Array.isArray(value) ? value.length : null;
    const limit = Number(issue.maximum).toLocaleString('en-US');
    if (issue.origin === 'array') return { reason: `too many ${field}`, detail: `${size?.toLocaleString('en-US') ?? 'more'}; at most ${limit}` };
    return { reason: `${field} too long`, detail: `${size?.toLocaleString('en-US') ?? 'more'} characters; at most ${limit}` };
  }
  return { reason: `invalid ${field}`, detail: issue?.message };
}

function normalise(paper: PaperRecord): PaperRecord {
  const withoutDerived = withoutDerivedLinks(paper);
  const seen = new Set<string>();
  const links = withoutDerived.links.filter((link) => !seen.has(`${link.kind} ${link.url}`) && Boolean(seen.add(`${link.kind} ${link.url}`)));
  return { ...withoutDerived, categories: [...new Set(withoutDerived.categories)], links };
}

function resolveListing(request: ListingRequest | null, mode: ListingMode): ListingRequest | null {
  if (mode.mode === 'none') return null;
  if (mode.mode === 'on') return { day: mode.day, rank: request?.rank ?? null, submittedBy: request?.submittedBy ?? null };
  return request;
}
