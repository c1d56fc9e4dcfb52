import { CURATED_LINK_KINDS } from '@/lib/papers/fingerprint';
import type { PaperRecord } from '@/lib/papers/schema';
import { planListing, type ListingWrite, type StoredListing } from './listing-policy';
import type { Authority, ListingRequest, SourceName } from './types';

/** A validated record on its way into the database. */
export interface IngestRecord {
  position: string;
  /** Importers always carry an arXiv id; the seed page's papers have none and go by title. */
  paper: PaperRecord;
  /** hashPaperMetadata(paper), computed once. */
  hash: string;
  listing: ListingRequest | null;
}

/** The stored state of a paper that one indexed query per batch reads. */
export interface StoredPaper {
  id: number;
  slug: string;
  arxivId: string | null;
  title: string;
  arxivVersion: number | null;
  contentHash: string | null;
  upvotes: number;
  numComments: number;
  links: { kind: string; url: string; title: string | null }[];
  listing: StoredListing | null;
}

export interface BatchContext {
  source: SourceName;
  authority: Authority;
  /** The operator chose the day (--list-on, papers add): listings move there. */
  explicitListing: boolean;
}

export type RecordPlan =
  | { kind: 'skip'; record: IngestRecord; reason: string }
  | {
      kind: 'write';
      record: IngestRecord;
      stored: StoredPaper | null;
      /** The paper's URL id: the stored one, else the arXiv id, else claimed from the title. */
      slug: string | null;
      /** Rewrite the bibliographic metadata (row fields, authors, categories, non-curated links). */
      metadata: boolean;
      /** Rewrite upvotes, comment count and code/project links. */
      stats: boolean;
      listing: ListingWrite | null;
    };

/**
 * Decides, without touching the database, what an import does to one paper. arXiv sources own
 * the bibliography and never let an older version replace a newer one; curated sources own the
 * stats and fill in the bibliography only where no arXiv source has (docs/decisions/007-ingest.md).
 */
export function planRecord(record: IngestRecord, stored: StoredPaper | null, context: BatchContext): RecordPlan {
  const listing = record.listing ? planListing(stored?.listing ?? null, record.listing, context.source, context.explicitListing) : null;
  if (!stored) return { kind: 'write', record, stored, slug: record.paper.arxivId, metadata: true, stats: true, listing };

  const incoming = record.paper.arxivVersion;
  if (context.authority === 'arxiv' && incoming !== null && stored.arxivVersion !== null && incoming < stored.arxivVersion) {
    // The operator's listing still counts; the stale metadata does not.
    if (context.explicitListing && listing) return { kind: 'write', record, stored, slug: stored.slug, metadata: false, stats: false, listing };
    return { kind: 'skip', record, reason: 'older version than the one stored' };
  }
  const metadataChanged = stored.contentHash !== record.hash;
  const metadata = context.authority === 'arxiv' ? metadataChanged : stored.arxivVersion === null && metadataChanged;
  const stats = context.authority === 'curated' && statsDiffer(record.paper, stored);
  return { kind: 'write', record, stored, slug: stored.slug, metadata, stats, listing };
}

/**
 * What identifies a paper: its arXiv id, or, without one (the seed page), its exact title.
 * The NUL prefix keeps the two kinds of key apart.
 */
export function identityKey(paper: Pick<PaperRecord, 'arxivId' | 'title'>): string {
  return paper.arxivId ?? `\u0000${paper.title}`;
}

export function isNoOp(plan: RecordPlan): boolean {
  return plan.kind === 'write' && plan.stored !== null && !plan.metadata && !plan.stats && plan.listing === null;
}

function statsDiffer(paper: PaperRecord, stored: StoredPaper): boolean {
  if (paper.upvotes !== stored.upvotes || paper.numComments !== stored.numComments) return true;
  const key = (link: { kind: string; url: string; title: string | null }) => `${link.kind} ${link.url} ${link.title ?? ''}`;
  const incoming = paper.links.filter((link) => CURATED_LINK_KINDS.includes(link.kind)).map(key).sort();
  const current = stored.links.map(key).sort();
  return incoming.join('\n') !== current.join('\n');
}
