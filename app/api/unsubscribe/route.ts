import { NextResponse, type NextRequest } from 'next/server';
import { readBodyText } from '@/lib/http/read-body';
import { redirectToPath } from '@/lib/http/redirect';
import { tokenFieldSchema } from '@/lib/subscribers/schema';
import { unsubscribe } from '@/lib/subscribers/manage';

/** The one-click body is `List-Unsubscribe=One-Click` (26 bytes); the page's form sends none. */
const MAX_BODY_BYTES = 10_000;

/**
 * POST /unsubscribe?token=… (rewritten here by next.config.mjs). Two callers:
 * - mail providers' one-click unsubscribe (RFC 8058): body `List-Unsubscribe=One-Click`, no
 *   cookies; answered with a plain 200;
 * - the unsubscribe page's button: answered with a redirect back to that page, which then
 *   shows the result.
 * Either way the subscriber is unsubscribed at once; repeating it changes nothing.
 */
export async function POST(request: NextRequest) {
  const token = tokenFieldSchema.safeParse(request.nextUrl.searchParams.get('token') ?? '');
  const body = await readBodyText(request, MAX_BODY_BYTES);
  if (body === null) return NextResponse.json({ error: 'Request body too large.' }, { status: 413 });
  const oneClick = new URLSearchParams(body).get('List-Unsubscribe') === 'One-Click';
  const outcome = token.success ? await unsubscribe(token.data) : 'invalid';

  if (oneClick) {
    return outcome === 'invalid'
      ? NextResponse.json({ error: 'This unsubscribe link is not valid.' }, { status: 400 })
      : NextResponse.json({ unsubscribed: true });
  }
  const page = new URLSearchParams({ token: token.success ? token.data : '' });
  return redirectToPath(`/unsubscribe?${page.toString()}`);
}
