/**
 * True when a request's path holds a %-escape that does not decode (`%`, `%zz`, `%E0%A4%A`).
 * Next answers such a path under a dynamic segment with a bare 500 (its DecodeError handler
 * renders a /400 page the App Router does not have), so the server refuses it first, as a 400.
 * Only the path: query strings are parsed leniently (URLSearchParams keeps a bad escape as is).
 */
export function hasMalformedPath(requestUrl: string): boolean {
  const end = requestUrl.search(/[?#]/);
  const path = end === -1 ? requestUrl : requestUrl.slice(0, end);
  if (!path.includes('%')) return false;
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}
