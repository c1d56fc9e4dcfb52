import { toFeedDay, type FeedDay } from '@/lib/dates/feed-day';
import { parseArxivId } from '@/lib/papers/arxiv-id';
import { authorFromParts, splitAuthorList, type ParsedAuthor } from '../authors';
import { matchesCategories } from '../categories';
import { canonicalAbstract, collapseWhitespace, optionalText, parseInstant } from '../text';
import { badRecord, type SourceItem } from '../types';

export interface SnapshotFilters {
  /** Only papers whose first version is on or after this day. */
  since?: FeedDay;
  /** Only papers in one of these categories or archives (`cs.LG`, `math`). */
  categories?: readonly string[];
}

/**
 * One line of the Kaggle arXiv metadata snapshot as a paper, listed on the UTC day of its first
 * version. `update_date` is ignored: it is the last change, not an announcement.
 */
export function snapshotObjectToItem(line: Record<string, unknown>, position: string, filters: SnapshotFilters): SourceItem {
  if (line.id === undefined || line.id === null || line.id === '') return badRecord(position, 'missing id');
  const id = typeof line.id === 'string' ? parseArxivId(line.id) : null;
  if (!id) return badRecord(position, 'invalid arXiv id', String(line.id));
  const where = `${position} (${id.id})`;

  const versions = readVersions(line.versions);
  const firstDate = versions[0]?.date ?? null;
  if (filters.since && (!firstDate || toFeedDay(firstDate) < filters.since)) {
    return { kind: 'skip', position: where, reason: 'before --since', bad: false };
  }
  const categories = typeof line.categories === 'string' ? line.categories.split(' ').filter(Boolean) : [];
  if (filters.categories && !matchesCategories(categories, filters.categories)) {
    return { kind: 'skip', position: where, reason: 'not in --categories', bad: false };
  }
  return {
    kind: 'paper',
    position: where,
    paper: {
      arxivId: id.id,
      arxivVersion: versions.at(-1)?.number ?? null,
      title: typeof line.title === 'string' ? collapseWhitespace(line.title) : '',
      abstract: typeof line.abstract === 'string' ? canonicalAbstract(line.abstract) : '',
      authors: readAuthors(line),
      categories,
      publishedAt: firstDate,
      comment: optionalText(line.comments),
      journalRef: optionalText(line['journal-ref']),
      doi: optionalText(line.doi),
    },
    listing: firstDate ? { day: toFeedDay(firstDate), rank: null, submittedBy: null } : null,
  };
}

function readVersions(value: unknown): { number: number; date: Date | null }[] {
  if (!Array.isArray(value)) return [];
  const versions: { number: number; date: Date | null }[] = [];
  for (const entry of value as { version?: unknown; created?: unknown }[]) {
    const number = typeof entry?.version === 'string' ? Number(entry.version.slice(1)) : NaN;
    if (Number.isInteger(number) && number > 0) versions.push({ number, date: parseInstant(entry.created) });
  }
  return versions.sort((a, b) => a.number - b.number);
}

// authors_parsed splits names properly (and carries affiliations); the flat string is the fallback.
function readAuthors(line: Record<string, unknown>): ParsedAuthor[] {
  if (Array.isArray(line.authors_parsed)) {
    return line.authors_parsed.flatMap((parts) => {
      const author = Array.isArray(parts) ? authorFromParts(parts) : null;
      return author ? [author] : [];
    });
  }
  return typeof line.authors === 'string' ? splitAuthorList(line.authors) : [];
}
