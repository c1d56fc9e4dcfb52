import type { ListingInput, PaperRecord } from './schema';

/**
 * A stable text of everything an import can change about a paper, so a re-run can tell
 * "unchanged" from "updated" without rewriting rows (and without touching updatedAt).
 */
export function fingerprintPaper(record: PaperRecord, listing: ListingInput | null): string {
  return JSON.stringify([
    record.arxivId,
    record.arxivVersion,
    record.title,
    record.abstract,
    record.publishedAt?.toISOString() ?? null,
    record.comment,
    record.journalRef,
    record.doi,
    record.upvotes,
    record.numComments,
    record.authors.map((author) => [author.name, author.affiliation]),
    record.categories,
    [...record.links]
      .map((link) => [link.kind, link.url, link.title])
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    listing ? [listing.day, listing.rank, listing.submittedBy, listing.source] : null,
  ]);
}
