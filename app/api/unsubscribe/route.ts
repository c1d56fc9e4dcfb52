import { NextResponse, type NextRequest } from 'next/server';
import { tokenFieldSchema } from '@/lib/subscribers/schema';
import { unsubscribe } from '@/lib/subscribers/manage';

const MAX_BODY_BYTES = 10_000;

/**
 * POST /unsubscribe?token=… (rewritten here by proxy.ts). Two callers:
 * - mail providers' one-click unsubscribe (RFC 8058): body `List-Unsubscribe=One-Click`, no
 *   cookies; answered with a plain 200;
 * - the unsubscribe page's button: answered with a redirect back to that page, which then
 *   shows the result.
 * Either way the subscriber is unsubscribed at once; repeating it changes nothing.
 */
export async function POST(request: NextRequest) {
  const token = tokenFieldSchema.safeParse(request.nextUrl.searchParams.get('token') ?? '');
  const body = await readSmallBody(request);
  if (body === null) return NextResponse.json({ error: 'Request body too large.' }, { status: 413 });
  const oneClick = new URLSearchParams(body).get('List-Unsubscribe') === 'One-Click';
  const outcome = token.success ? await unsubscribe(token.data) : 'invalid';

  if (oneClick) {
    return outcome === 'invalid'
      ? NextResponse.json({ error: 'This unsubscribe link is not valid.' }, { status: 400 })
      : NextResponse.json({ unsubscribed: true });
  }
  // A relative Location: the public address is the browser's, not this server's bind address
  // (which the CSP's form-action 'self' would also refuse to follow).
  const query = new URLSearchParams({ token: token.success ? token.data : '' });
  return new Response(null, { status: 303, headers: { Location: `/unsubscribe?${query.toString()}` } });
}

async function readSmallBody(request: NextRequest): Promise<string | null> {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return null;
  const text = await request.text().catch(() => '');
  return text.length > MAX_BODY_BYTES ? null : text;
}
