import { parseArxivReference, type ArxivId } from '@/lib/papers/arxiv-id';

/** Longer than any id or arxiv.org link a reader pastes; anything longer is refused unread. */
export const MAX_REFERENCE_LENGTH = 300;

/**
 * What a reader may paste into "Submit a paper": a bare id (2409.01234, 2409.01234v2,
 * hep-th/9608091, arXiv:2409.01234) or an abs/pdf/html link on arxiv.org or export.arxiv.org,
 * with or without a version, a query or a #fragment (links copied from a browser carry them).
 */
export function parseSubmissionReference(value: string): ArxivId | null {
  const text = value.trim();
  if (text.length === 0 || text.length > MAX_REFERENCE_LENGTH) return null;
  const isLink = /^(?:https?:\/\/)?(?:www\.|export\.)?arxiv\.org\//i.test(text);
  return parseArxivReference(isLink ? text.replace(/[?#].*$/, '') : text);
}
