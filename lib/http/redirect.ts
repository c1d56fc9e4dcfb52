/**
 * A redirect to a path on this site, with a relative `Location` (RFC 9110 §10.2.2 allows it).
 * Never built from the request's URL: Next fills that in from the address the server is bound
 * to (http://localhost:3000), so behind a proxy the reader would be sent to their own machine.
 */
export function redirectToPath(pathWithQuery: string, status: 301 | 302 | 303 | 307 | 308 = 303): Response {
  // Only same-site paths: `//host` or `/\host` would be read as another site by browsers.
  if (!/^\/(?![/\\])/.test(pathWithQuery)) throw new Error(`Not a path on this site: ${pathWithQuery}`);
  return new Response(null, { status, headers: { Location: pathWithQuery } });
}
