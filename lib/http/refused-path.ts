/** Longer than any path segment of ours (paper slugs stop at 100 characters). */
export const MAX_SEGMENT_LENGTH = 200;

export interface RefusedPath {
  status: 400 | 404;
  message: string;
}

/**
 * Paths the server answers itself, before Next, because Next handles them badly:
 * - a %-escape that does not decode (`%`, `%zz`, `%E0%A4%A`): under a dynamic segment Next
 *   answers a bare 500 (its DecodeError handler renders a /400 page the App Router lacks);
 * - a NUL byte (`%00`), or a segment longer than a file name may be: Next's ISR cache tries to
 *   write the rendered 404 under that name and logs a multi-kilobyte error per request.
 * Only the path: query strings are parsed leniently (URLSearchParams keeps a bad escape as is).
 */
export function refusedPath(requestUrl: string): RefusedPath | null {
  const end = requestUrl.search(/[?#]/);
  const path = end === -1 ? requestUrl : requestUrl.slice(0, end);
  let decoded = path;
  if (path.includes('%')) {
    try {
      decoded = decodeURIComponent(path);
    } catch {
      return { status: 400, message: 'Bad request: the address has a malformed %-escape.' };
    }
  }
  if (decoded.includes('\u0000')) return { status: 400, message: 'Bad request: the address has a NUL byte.' };
  if (path.split('/').some((segment) => segment.length > MAX_SEGMENT_LENGTH)) {
    return { status: 404, message: 'Not found: no page has an address that long.' };
  }
  return null;
}
