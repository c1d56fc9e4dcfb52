/**
 * The client address for rate limits. The rightmost X-Forwarded-For entry is the one added by
 * the nearest proxy (our nginx, or Next itself), so a client cannot dodge a limit by sending
 * its own header; entries to the left are whatever the client claimed.
 */
export function clientIpFrom(headers: Pick<Headers, 'get'>): string {
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').map((part) => part.trim()).filter(Boolean).at(-1);
  return (last ?? headers.get('x-real-ip') ?? 'unknown').slice(0, 64);
}
