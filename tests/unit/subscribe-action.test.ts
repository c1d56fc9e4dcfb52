import { describe, expect, it } from 'vitest';
import { idleState } from '@/lib/forms/action-state';
import { subscribeAction } from '@/lib/subscribers/actions';

// Only the paths that end before the action reads request headers run outside Next; the rest is
// covered end to end in the browser.
function form(fields: Record<string, string | Blob>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

describe('subscribeAction on bad input', () => {
  it('answers a megabyte-long address with a clear message and keeps a bounded copy of it', async () => {
    const state = await subscribeAction(idleState(), form({ email: `${'a'.repeat(1_000_000)}@example.com` }));
    expect(state.status).toBe('error');
    expect(state.message).toMatch(/at most 254 characters/);
    expect(state.values.email?.length).toBeLessThanOrEqual(1_000);
  });

  it('rejects a header-injection attempt with a clear message', async () => {
    const state = await subscribeAction(idleState(), form({ email: 'a@b.co\r\nBcc: x@y.z' }));
    expect(state).toMatchObject({ status: 'error', message: 'An email address cannot contain spaces or line breaks.' });
  });

  it('treats a file upload in place of the address as an empty field', async () => {
    const state = await subscribeAction(idleState(), form({ email: new Blob(['x@y.z']) }));
    expect(state).toMatchObject({ status: 'error', message: 'Enter your email address.' });
  });

  it('answers a bot that filled the honeypot exactly like a person, without storing or sending', async () => {
    const state = await subscribeAction(idleState(), form({ email: 'bot@example.com', website: 'http://spam.example' }));
    expect(state.status).toBe('success');
    expect(state.message).toMatch(/check your inbox/);
  });
});
