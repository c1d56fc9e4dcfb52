import { NextResponse, type NextRequest } from 'next/server';

/**
 * RFC 8058 one-click unsubscribe POSTs to the very URL a person opens in the browser
 * (/unsubscribe?token=…). Pages answer GET; this hands the POSTs to the route that
 * unsubscribes. Server-action POSTs (they carry a Next-Action header) pass through untouched.
 */
export function proxy(request: NextRequest) {
  if (request.method === 'POST' && !request.headers.has('next-action')) {
    const target = new URL('/api/unsubscribe', request.url);
    target.search = request.nextUrl.search;
    return NextResponse.rewrite(target);
  }
  return NextResponse.next();
}

// Only this path: the proxy costs nothing on every other request.
export const config = { matcher: '/unsubscribe' };
