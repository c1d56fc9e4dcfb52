import { describe, expect, it } from 'vitest';
import { classifySendError, redactEmails } from '@/lib/mail/smtp-errors';

describe('classifySendError', () => {
  it('retries 4xx replies and dropped connections, gives up on 5xx', () => {
    expect(classifySendError({ responseCode: 451, message: '451 try later' }).kind).toBe('temporary');
    expect(classifySendError({ responseCode: 421, message: 'closing' }).kind).toBe('temporary');
    expect(classifySendError({ code: 'ECONNECTION', message: 'Connection closed' }).kind).toBe('temporary');
    expect(classifySendError({ code: 'ETIMEDOUT', message: 'Timeout' }).kind).toBe('temporary');
    expect(classifySendError({ responseCode: 550, message: '550 no such user' }).kind).toBe('permanent');
    expect(classifySendError(new Error('something unexpected')).kind).toBe('permanent');
  });

  it('never keeps a full address in the reason it records', () => {
    const failure = classifySendError({ responseCode: 550, message: '550 5.1.1 <reader2@example.com>: Recipient address rejected' });
    expect(failure.message).not.toContain('reader2@example.com');
    expect(failure.message).toContain('re…@example.com');
    expect(redactEmails('to a@b.co and bob.smith@mail.example.org')).toBe('to a…@b.co and bo…@mail.example.org');
  });
});
