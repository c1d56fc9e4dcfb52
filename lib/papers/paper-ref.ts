import { parseArxivId } from './arxiv-id';

/** What a `/papers/...` URL names: an arXiv id (maybe versioned) or a title slug. */
export type PaperRef =
  | { kind: 'arxiv'; id: string; version: number | null }
  | { kind: 'slug'; slug: string };

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Takes the URL's path segments after /papers/ (old-style ids span two: `hep-th`, `9608091`). */
export function parsePaperRef(segments: readonly string[]): PaperRef | null {
  if (segments.length === 0 || segments.length > 2) return null;
  const joined = segments.map(safeDecode).join('/');
  const arxiv = parseArxivId(joined);
  if (arxiv) return { kind: 'arxiv', ...arxiv };
  if (segments.length === 1 && joined.length <= 100 && SLUG_PATTERN.test(joined)) {
    return { kind: 'slug', slug: joined };
  }
  return null;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The canonical path of a paper's page. Old-style ids keep their slash, as arxiv.org does. */
export function paperPath(slug: string): string {
  return `/papers/${slug.split('/').map(encodeURIComponent).join('/')}`;
}
