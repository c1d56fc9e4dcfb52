import { describe, expect, it } from 'vitest';
import { allowedAuthEndpoint } from '@/lib/accounts/auth-endpoints';
import { commentExcerpt, profileName } from '@/lib/accounts/profile';
import { relyingPartyFor } from '@/lib/accounts/relying-party';
import { summariseUserAgent } from '@/lib/accounts/user-agent';
import { usernameSchema } from '@/lib/accounts/username';

const usernameError = (value: unknown) => {
  const parsed = usernameSchema.safeParse(value);
  return parsed.success ? null : parsed.error.issues[0]?.message;
};

describe('usernames', () => {
  it('are lower-cased, 3 to 30 of [a-z0-9_-], starting with a letter or digit', () => {
    expect(usernameSchema.parse('  Ada_L ')).toBe('ada_l');
    expect(usernameSchema.parse('a-1')).toBe('a-1');
    expect(usernameError('ab')).toMatch(/at least 3/);
    expect(usernameError('a'.repeat(31))).toMatch(/at most 30/);
    expect(usernameError('-ada')).toMatch(/starting with a letter or digit/);
    expect(usernameError('ada lovelace')).toMatch(/Use only/);
    expect(usernameError('adá')).toMatch(/Use only/);
    expect(usernameError('ada/../x')).toMatch(/Use only/);
  });

  it('refuses names that would read as the site or collide with its pages', () => {
    for (const name of ['admin', 'Moderator', 'deleted', 'account', 'signin']) expect(usernameError(name)).toMatch(/reserved/);
  });

  it('only well-formed, lower-case names reach the profile query', () => {
    expect(profileName('ada_l')).toBe('ada_l');
    expect(profileName('Ada_L')).toBeNull();
    expect(profileName('%E0%A4%A')).toBeNull();
    expect(profileName('a%2Fb')).toBeNull();
    expect(profileName('ab')).toBeNull();
  });
});

describe('passkey relying party', () => {
  it('is the site’s host name, or localhost when the site is served on a loopback address', () => {
    expect(relyingPartyFor('https://papers.example.org')).toEqual({ rpID: 'papers.example.org', origins: ['https://papers.example.org'] });
    expect(relyingPartyFor('http://127.0.0.1:3000')).toEqual({ rpID: 'localhost', origins: ['http://localhost:3000'] });
    expect(relyingPartyFor('http://[::1]:8080')).toEqual({ rpID: 'localhost', origins: ['http://localhost:8080'] });
    expect(relyingPartyFor('http://localhost:3000')).toEqual({ rpID: 'localhost', origins: ['http://localhost:3000'] });
  });
});

describe('better-auth endpoints served over HTTP', () => {
  it('are the passkey client’s, each with its one method; everything else is not served', () => {
    expect(allowedAuthEndpoint('/api/auth/passkey/generate-authenticate-options')).toEqual({ endpoint: '/passkey/generate-authenticate-options', method: 'GET' });
    expect(allowedAuthEndpoint('/api/auth/passkey/verify-registration')?.method).toBe('POST');
    for (const path of ['/api/auth/sign-up/email', '/api/auth/magic-link/verify', '/api/auth/delete-user', '/api/auth/change-email', '/api/auth/get-session', '/api/auth/list-sessions', '/api/auth/passkey/', '/api/auth/passkey/verify-registration/x', '/api/auth/constructor', '/api/auth/__proto__']) {
      expect(allowedAuthEndpoint(path), path).toBeNull();
    }
  });
});

describe('session list helpers', () => {
  it('name a browser the way its owner would', () => {
    expect(summariseUserAgent('Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0')).toBe('Firefox on Linux');
    expect(summariseUserAgent('Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1')).toBe('Safari on iPhone');
    expect(summariseUserAgent('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0')).toBe('Edge on Windows');
    expect(summariseUserAgent('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36')).toBe('Chrome on macOS');
    expect(summariseUserAgent(null)).toBe('Unknown browser');
  });

  it('cut a long comment at a word for the profile page', () => {
    expect(commentExcerpt('Nice\n\npaper')).toBe('Nice paper');
    const excerpt = commentExcerpt('word '.repeat(100));
    expect(excerpt.length).toBeLessThanOrEqual(281);
    expect(excerpt).toMatch(/word…$/);
  });
});
