import type { NextRequest } from 'next/server';
import { getAuth } from '@/lib/accounts/auth';
import { allowedAuthEndpoint, SIGNED_OUT_ENDPOINTS } from '@/lib/accounts/auth-endpoints';
import { hitAccountLimit, tooManyMessage } from '@/lib/accounts/limits';
import { getReader } from '@/lib/accounts/reader';
import { readerHintCookie } from '@/lib/accounts/reader-hint';
import { FORM_BODY_LIMIT } from '@/lib/http/form-post';
import { clientIpFrom } from '@/lib/http/client-ip';
import { readBodyText } from '@/lib/http/read-body';

export const dynamic = 'force-dynamic';

const PRIVATE = { 'cache-control': 'private, no-store' };

function answer(status: number, message: string, extra: Record<string, string> = {}): Response {
  return Response.json({ code: status === 404 ? 'NOT_FOUND' : 'REFUSED', message }, { status, headers: { ...PRIVATE, ...extra } });
}

/**
 * better-auth's handler, for the passkey endpoints only (lib/accounts/auth-endpoints.ts), with
 * our rate limits in front and a bounded body. A passkey sign-in also sets the reader-hint
 * cookie, as the emailed link's sign-in does, so pages ask /api/me for the reader's state.
 */
async function handle(request: NextRequest): Promise<Response> {
  const allowed = allowedAuthEndpoint(request.nextUrl.pathname);
  if (!allowed) return answer(404, 'Not found.');
  if (request.method !== allowed.method) return answer(405, `Use ${allowed.method}.`, { allow: allowed.method });
  const reader = SIGNED_OUT_ENDPOINTS.has(allowed.endpoint) ? null : await getReader(request.headers);
  if (!SIGNED_OUT_ENDPOINTS.has(allowed.endpoint) && !reader) return answer(401, 'Sign in first.');
  const limit = await hitAccountLimit('auth', clientIpFrom(request.headers), reader?.id ?? null);
  if (!limit.allowed) return answer(429, tooManyMessage(limit.retryAfterSeconds), { 'retry-after': String(limit.retryAfterSeconds) });

  let forwarded: Request = request;
  if (request.method === 'POST') {
    const body = await readBodyText(request, FORM_BODY_LIMIT);
    if (body === null) return answer(413, 'The request is too large.');
    forwarded = new Request(request.url, { method: 'POST', headers: request.headers, body });
  }
  const response = await getAuth().handler(forwarded);
  // A suspended account's passkey is refused by the session hook (lib/accounts/auth.ts), which
  // better-auth reports as a 500: say what it is.
  if (response.status >= 500 && (await response.clone().json().catch(() => null))?.code === 'UNABLE_TO_CREATE_SESSION') {
    return answer(403, 'This account is suspended and cannot sign in.');
  }
  const headers = new Headers(response.headers);
  headers.set('cache-control', PRIVATE['cache-control']);
  if (allowed.endpoint === '/passkey/verify-authentication' && response.ok) headers.append('set-cookie', readerHintCookie(true));
  return new Response(response.body, { status: response.status, headers });
}

export { handle as GET, handle as POST };
