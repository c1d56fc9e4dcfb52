import { safeNextPath, signInPath } from '@/lib/accounts/paths';
import { getEnv } from '@/lib/env';
import { escapeHtml } from '@/lib/mail/escape-html';
import { readBodyText } from './read-body';
import { redirectToPath } from './redirect';

/**
 * The one way a state-changing form is received (votes, comments, submissions, account and
 * moderation forms). Every such form is a plain HTML `<form method="post">` that works without
 * JavaScript: the answer is a 303 back to the page it came from (`back`), with `notice` or
 * `error` in the query for the page to show. Script sends the same form with
 * `Accept: application/json` and gets JSON instead, to update the page in place.
 *
 * Cross-site forgery is refused twice over: session cookies are SameSite=Lax (never sent on a
 * cross-site POST), and the request must come from this site's own pages (`Origin`, or
 * `Sec-Fetch-Site` where a browser sends no Origin).
 */
export const FORM_BODY_LIMIT = 64 * 1024;

export interface ReceivedForm {
  form: URLSearchParams;
  /** Where to send the reader back: a path on this site, "/" when missing or unsafe. */
  back: string;
  wantsJson: boolean;
}

export type FormReceipt = { ok: true; value: ReceivedForm } | { ok: false; response: Response };

export function isSameOriginRequest(request: Request): boolean {
  const origin = request.headers.get('origin');
  // A page sent with `Referrer-Policy: no-referrer` (the sign-in confirmation, which carries a
  // token) makes the browser send `Origin: null` even to its own site: then, as with no Origin,
  // only the browser's own Sec-Fetch-Site decides (a cross-site page cannot set it).
  if (origin !== null && origin !== 'null') {
    try {
      // The public address, or the address this request was sent to (a direct connection).
      return origin === new URL(getEnv().PUBLIC_BASE_URL).origin || new URL(origin).host === request.headers.get('host');
    } catch {
      return false;
    }
  }
  // No Origin (or "null"): only a browser that says the request came from this very site.
  return request.headers.get('sec-fetch-site') === 'same-origin';
}

export async function receiveForm(request: Request): Promise<FormReceipt> {
  const wantsJson = (request.headers.get('accept') ?? '').includes('application/json');
  if (!isSameOriginRequest(request)) {
    return { ok: false, response: formError(wantsJson, 403, 'This form must be sent from a page of this site.') };
  }
  const type = (request.headers.get('content-type') ?? '').split(';', 1)[0]?.trim().toLowerCase() ?? '';
  if (type !== 'application/x-www-form-urlencoded' && type !== 'multipart/form-data') {
    return { ok: false, response: formError(wantsJson, 415, 'Send the form as application/x-www-form-urlencoded.') };
  }
  let form: URLSearchParams;
  if (type === 'multipart/form-data') {
    const declared = Number(request.headers.get('content-length') ?? 'NaN');
    if (!(declared <= FORM_BODY_LIMIT)) return { ok: false, response: formError(wantsJson, 413, 'The form is too large.') };
    const data = await request.formData().catch(() => null);
    if (!data) return { ok: false, response: formError(wantsJson, 400, 'The form could not be read.') };
    form = new URLSearchParams();
    for (const [name, value] of data) if (typeof value === 'string') form.append(name, value);
  } else {
    const text = await readBodyText(request, FORM_BODY_LIMIT);
    if (text === null) return { ok: false, response: formError(wantsJson, 413, 'The form is too large.') };
    form = new URLSearchParams(text);
  }
  return { ok: true, value: { form, back: safeNextPath(form.get('back')), wantsJson } };
}

/** One field as text, at most `max` characters (longer is an error the caller reports). */
export function formText(form: URLSearchParams, name: string): string {
  return (form.get(name) ?? '').replace(/\r\n?/g, '\n');
}

/** The answer to a form that did what it asked: back to the page, or JSON for script. */
export function formDone(received: ReceivedForm, json: Record<string, unknown>, notice?: string, backTo: string = received.back): Response {
  if (received.wantsJson) return Response.json({ ok: true, ...json, ...(notice ? { notice } : {}) }, { headers: { 'cache-control': 'private, no-store' } });
  return redirectToPath(notice ? withParam(backTo, 'notice', notice) : backTo);
}

/**
 * The answer to a form refused for what it said (4xx). Script gets JSON; a plain form gets a
 * short page with the message and a link back (the page it came from may be a cached one that
 * cannot show a message of its own).
 */
export function formRefused(received: ReceivedForm, status: number, message: string, extra: Record<string, unknown> = {}): Response {
  if (received.wantsJson) return formError(true, status, message, extra);
  return refusalPage(status, message, received.back);
}

/** For forms on pages rendered per request (they read `?error=`): back to the form, with the message. */
export function formRefusedBack(received: ReceivedForm, status: number, message: string, extra: Record<string, unknown> = {}): Response {
  if (received.wantsJson) return formError(true, status, message, extra);
  return redirectToPath(withParam(received.back, 'error', message));
}

export function refusalPage(status: number, message: string, back: string): Response {
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark"><meta name="robots" content="noindex"><title>Not done: Daily Papers</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem}a{color:inherit}</style></head>
<body><main><h1>Not done</h1><p role="alert">${escapeHtml(message)}</p><p><a href="${escapeHtml(back)}">Go back</a></p></main></body></html>`;
  return new Response(html, { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'private, no-store' } });
}

/** A signed-out reader is sent to sign in, and comes back to where they were. */
export function signInFirst(received: ReceivedForm): Response {
  if (received.wantsJson) return formError(true, 401, 'Sign in first.', { signIn: signInPath(received.back) });
  return redirectToPath(signInPath(received.back));
}

export function formError(wantsJson: boolean, status: number, message: string, extra: Record<string, unknown> = {}): Response {
  const headers = { 'cache-control': 'private, no-store' };
  if (wantsJson) return Response.json({ ok: false, error: message, ...extra }, { status, headers });
  return new Response(`${message}\n`, { status, headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' } });
}

/** `path` with one query parameter set (replacing an earlier notice or error), keeping its #fragment. */
export function withParam(path: string, name: string, value: string): string {
  const [beforeHash, hash = ''] = path.split('#', 2);
  const url = new URL(beforeHash ?? '/', 'http://site.invalid');
  url.searchParams.delete('notice');
  url.searchParams.delete('error');
  url.searchParams.set(name, value.slice(0, 300));
  return `${url.pathname}${url.search}${hash ? `#${hash}` : ''}`;
}
