import { describe, expect, it } from 'vitest';
import { emailSchema, subscribeFormSchema } from '@/lib/subscribers/schema';

const errorOf = (value: unknown) => {
  const result = emailSchema.safeParse(value);
  return result.success ? null : result.error.issues[0]?.message;
};

describe('emailSchema', () => {
  it('trims and lower-cases, so any spelling of an address is one subscriber', () => {
    expect(emailSchema.parse('  Ada.Lovelace@Example.COM ')).toBe('ada.lovelace@example.com');
    expect(emailSchema.parse('first+tag@sub.example.org')).toBe('first+tag@sub.example.org');
  });

  it('says what is wrong', () => {
    expect(errorOf('')).toMatch(/Enter your email address/);
    expect(errorOf('   ')).toMatch(/Enter your email address/);
    expect(errorOf('ada.example.com')).toMatch(/needs an "@"/);
    expect(errorOf('ada@')).toMatch(/not a valid email address/);
    expect(errorOf('ada@example')).toMatch(/not a valid email address/);
    expect(errorOf('ada lovelace@example.com')).toMatch(/spaces or line breaks/);
    expect(errorOf(`${'a'.repeat(65)}@example.com`)).toMatch(/before the "@"/);
    expect(errorOf(`a@${'b'.repeat(250)}.com`)).toMatch(/at most 254/);
    expect(errorOf(undefined)).toMatch(/Enter your email address/);
  });

  it('rejects header injection attempts', () => {
    expect(errorOf('a@b.co\r\nBcc: x@y.z')).toMatch(/spaces or line breaks/);
    expect(errorOf('a@b.co\nBcc:x@y.z')).toMatch(/spaces or line breaks/);
    expect(errorOf('a@b.co%0ABcc:x@y.z')).not.toBeNull();
  });
});

describe('subscribeFormSchema', () => {
  it('passes the honeypot through so the action can drop bots', () => {
    expect(subscribeFormSchema.parse({ email: 'a@b.co', website: 'http://spam' })).toEqual({ email: 'a@b.co', website: 'http://spam' });
    expect(subscribeFormSchema.parse({ email: 'a@b.co' }).website).toBe('');
  });
});
