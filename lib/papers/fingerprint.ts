import { createHash } from 'node:crypto';
import type { PaperRecord } from './schema';

/**
 * Link kinds that curated sources (Hugging Face) own: a paper's code and project pages. Every
 * other link belongs to the bibliographic record that arXiv sources carry.
 */
export const CURATED_LINK_KINDS: readonly string[] = ['code', 'project'];

type MetadataFields = Pick<
  PaperRecord,
  'arxivVersion' | 'title' | 'abstract' | 'authors' | 'categories' | 'publishedAt' | 'comment' | 'journalRef' | 'doi' | 'links'
>;

/**
 * A short hash of a paper's bibliographic metadata (everything but upvotes, comment counts and
 * curated links), stored in Paper.contentHash so an import can tell an unchanged paper from one
 * indexed lookup. SHA-1 is plenty: this detects edits, it does not defend against anyone.
 */
export function hashPaperMetadata(record: MetadataFields): string {
  // Fed field by field with separators rather than as one JSON string: a snapshot import hashes
  // every line, and the intermediate string was a third of the cost.
  const hash = createHash('sha1');
  const add = (value: string | number | null) => hash.update(value === null ? '\u0001' : `${value}\u0000`);
  add(record.arxivVersion);
  add(record.title);
  add(record.abstract);
  add(record.publishedAt?.toISOString() ?? null);
  add(record.comment);
  add(record.journalRef);
  add(record.doi);
  add(`authors ${record.authors.length}`);
  for (const author of record.authors) {
    add(author.name);
    add(author.affiliation);
  }
  add(`categories ${record.categories.join(' ')}`);
  const links = record.links.filter((link) => !CURATED_LINK_KINDS.includes(link.kind)).map((link) => `${link.kind} ${link.url} ${link.title ?? ''}`);
  add(links.sort().join('\n'));
  return hash.digest('base64url');
}
