import { describe, expect, it } from 'vitest';
import { safeNextPath, signInConfirmPath, signInPath } from '@/lib/accounts/paths';
import { formDone, formRefused, isSameOriginRequest, receiveForm, signInFirst, withParam } from '@/lib/http/form-post';

const SITE = 'http://127.0.0.1:3000';

function post(body: string, headers: Record<string, string> = {}): Request {
  return new Request(`${SITE}/votes`, {
    method: 'POST',
    body,
    headers: { host: '127.0.0.1:3000', origin: SITE, 'content-type': 'application/x-www-form-urlencoded', ...headers },
  });
}

describe('receiving a form', () => {
  it('takes a form from a page of this site, with a safe way back', async () => {
    const received = await receiveForm(post('paper=12&up=1&back=%2Fpapers%2Fdate%2F2025-09-04%23paper-3'));
    expect(received.ok && received.value.form.get('paper')).toBe('12');
    expect(received.ok && received.value.back).toBe('/papers/date/2025-09-04#paper-3');
  });

  it('refuses a form sent from another site (403), and one with no Origin unless the browser says same-origin', async () => {
    const forged = await receiveForm(post('paper=12', { origin: 'https://evil.example' }));
    expect(forged.ok).toBe(false);
    if (!forged.ok) expect(forged.response.status).toBe(403);
    expect(isSameOriginRequest(new Request(`${SITE}/votes`, { method: 'POST', headers: { host: '127.0.0.1:3000', origin: 'null' } }))).toBe(false);
    expect(isSameOriginRequest(new Request(`${SITE}/votes`, { method: 'POST', headers: { host: '127.0.0.1:3000' } }))).toBe(false);
    expect(isSameOriginRequest(new Request(`${SITE}/votes`, { method: 'POST', headers: { host: '127.0.0.1:3000', 'sec-fetch-site': 'same-origin' } }))).toBe(true);
    expect(isSameOriginRequest(new Request(`${SITE}/votes`, { method: 'POST', headers: { host: '127.0.0.1:3000', 'sec-fetch-site': 'cross-site' } }))).toBe(false);
  });

  it('refuses a body over the limit (413) and a body that is not a form (415)', async () => {
    const big = await receiveForm(post(`text=${'a'.repeat(70_000)}`));
    expect(!big.ok && big.response.status).toBe(413);
    const json = await receiveForm(post('{"paper":12}', { 'content-type': 'application/json' }));
    expect(!json.ok && json.response.status).toBe(415);
  });

  it('never sends the reader to another site', () => {
    for (const hostile of ['//evil.example/x', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)', '/a\nb', '', '/signin?next=/x']) {
      expect(safeNextPath(hostile)).toBe('/');
    }
    expect(safeNextPath('/papers/2409.01234')).toBe('/papers/2409.01234');
    expect(signInPath('//evil.example')).toBe('/signin');
    expect(signInConfirmPath('abc', '/x?y=1')).toBe('/signin/confirm?token=abc&next=%2Fx%3Fy%3D1');
  });

  it('answers a plain form with a redirect back and script with JSON', async () => {
    const received = await receiveForm(post('back=%2Fpapers%2Fdate%2F2025-09-04'));
    if (!received.ok) throw new Error('refused');
    const done = formDone(received.value, { upvotes: 3 });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/papers/date/2025-09-04');
    const refused = formRefused(received.value, 429, 'Too many votes <script>');
    expect(refused.status).toBe(429);
    expect(await refused.text()).toContain('Too many votes &lt;script&gt;');
    expect(signInFirst(received.value).headers.get('location')).toBe('/signin?next=%2Fpapers%2Fdate%2F2025-09-04');

    const scripted = await receiveForm(post('back=%2F', { accept: 'application/json' }));
    if (!scripted.ok) throw new Error('refused');
    expect(await formDone(scripted.value, { upvotes: 3 }).json()).toEqual({ ok: true, upvotes: 3 });
    const unauthorised = signInFirst(scripted.value);
    expect(unauthorised.status).toBe(401);
    expect(withParam('/a?notice=x#c-1', 'error', 'bad')).toBe('/a?error=bad#c-1');
  });
});
