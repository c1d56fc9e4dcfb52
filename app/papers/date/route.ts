import type { NextRequest } from 'next/server';

/**
 * The target of the "Go to" date form (a plain GET form, so it works without JavaScript):
 * /papers/date?date=2025-09-04 → /papers/date/2025-09-04. The day page decides validity and
 * answers 404 for a bad date; this only moves the value into the path.
 */
export function GET(request: NextRequest) {
  const date = request.nextUrl.searchParams.get('date')?.trim().slice(0, 32) ?? '';
  // A relative Location: the public address is the browser's, not this server's bind address
  // (which the CSP's form-action 'self' would also refuse to follow).
  return new Response(null, { status: 303, headers: { Location: date ? `/papers/date/${encodeURIComponent(date)}` : '/' } });
}
