import { z } from 'zod';
import { trustProxySchema } from './http/trust-proxy';

/**
 * The environment, the one place every part of the app and every command reads it from. Every
 * variable has a default that works on a fresh clone (SQLite under ./data, the site at the
 * address it is served on); a bad value fails fast with a message naming the variable, instead
 * of one part falling back silently while another throws. The README's "Configuration" table
 * lists the same variables and defaults. Empty values count as unset.
 */

function integer(name: string, min: number, max: number, fallback: number) {
  const message = `${name} must be a whole number from ${min} to ${max}`;
  return z
    .string()
    .regex(/^-?\d+$/, message)
    .transform(Number)
    .pipe(z.number().min(min, message).max(max, message))
    .default(fallback);
}

function decimal(name: string, min: number, max: number, fallback: number) {
  const message = `${name} must be a number from ${min} to ${max}`;
  return z
    .string()
    .regex(/^-?\d+(\.\d+)?$/, message)
    .transform(Number)
    .pipe(z.number().min(min, message).max(max, message))
    .default(fallback);
}

function httpUrl(name: string, example: string) {
  return z.url({ protocol: /^https?$/, error: `${name} must be an http(s) URL such as ${example}` }).transform((value) => value.replace(/\/+$/, ''));
}

function secret(name: string) {
  return z.string().min(16, `${name} must be at least 16 characters (leave it unset to use a generated one)`).optional();
}

const DATABASE_SCHEMES = /^(file:|postgres(ql)?:\/\/)/i;

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(DATABASE_SCHEMES, 'DATABASE_URL must start with "file:" (SQLite) or "postgresql://" / "postgres://" (PostgreSQL); leave it unset to use ./data/daily-papers.db')
    .optional(),
  DATABASE_POOL_SIZE: integer('DATABASE_POOL_SIZE', 1, 1000, 10),

  HOST: z
    .string()
    .regex(/^[\w.:-]+$/, 'HOST must be a host name or IP address to listen on, such as 127.0.0.1 or 0.0.0.0')
    .default('127.0.0.1'),
  PORT: integer('PORT', 1, 65_535, 3000),
  PAGE_CACHE_MB: decimal('PAGE_CACHE_MB', 0, 1_048_576, 64),
  PROXY_MAX_AGE: integer('PROXY_MAX_AGE', 0, 31_536_000, 60),
  NEXT_DIST_DIR: z.string().default('.next'),
  // Which proxies may tell the app the client's address (lib/http/trust-proxy.ts, decision 010).
  TRUST_PROXY: trustProxySchema,
  // Searches (/search and /api/papers/search) per minute per client address; 0 turns the limit off.
  SEARCH_RATE_LIMIT: integer('SEARCH_RATE_LIMIT', 0, 1_000_000, 60),
  // SQLite: a search ranks the newest this many matches, title matches first (lib/search/sqlite-engine.ts, decision 023).
  SEARCH_RANKED_MATCHES: integer('SEARCH_RANKED_MATCHES', 10, 100_000_000, 2_000),
  /**
   * Where the API and search limits count (docs/decisions/026): `database` shares one count
   * between instances (memory per request, one upsert per RATE_LIMIT_FLUSH_MS), `memory` keeps
   * it per process; `auto` is database on PostgreSQL, memory on SQLite (one instance).
   */
  RATE_LIMIT_STORE: z.enum(['auto', 'memory', 'database'], { error: 'RATE_LIMIT_STORE must be auto, memory or database' }).default('auto'),
  RATE_LIMIT_FLUSH_MS: integer('RATE_LIMIT_FLUSH_MS', 50, 60_000, 1_000),
  /** Unset: the address being served, http://HOST:PORT (see servedOrigin). */
  PUBLIC_BASE_URL: httpUrl('PUBLIC_BASE_URL', 'https://papers.example.org').optional(),

  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'SMTP_URL must be a URL starting with smtp:// or smtps://' }).optional(),
  MAIL_FROM: z.string().trim().min(3, 'MAIL_FROM must be an address such as "Daily Papers <papers@example.org>"').default('Daily Papers <papers@localhost>'),
  OUTBOX_DIR: z.string().default('outbox'),

  APP_SECRET: secret('APP_SECRET'),
  REVALIDATE_SECRET: secret('REVALIDATE_SECRET'),
  DIGEST_SECRET: secret('DIGEST_SECRET'),
  /** Unset: this machine's app at HOST:PORT. */
  REVALIDATE_URLS: z
    .string()
    .transform((value) => value.split(',').map((url) => url.trim()).filter(Boolean))
    .pipe(z.array(httpUrl('REVALIDATE_URLS', 'http://10.0.0.2:3000,http://10.0.0.3:3000')).min(1, 'REVALIDATE_URLS must list at least one URL'))
    .optional(),

  // Community (issue 12): submissions per reader per UTC day, and how old a submitted paper may be.
  SUBMIT_DAILY_LIMIT: integer('SUBMIT_DAILY_LIMIT', 0, 10_000, 5),
  SUBMIT_MAX_AGE_DAYS: integer('SUBMIT_MAX_AGE_DAYS', 1, 36_500, 14),
  /** Sign-in links one client address may ask for per hour (per address: 5). */
  SIGN_IN_RATE_LIMIT: integer('SIGN_IN_RATE_LIMIT', 1, 1_000_000, 30),
  /** How long a sign-in lasts without use; each day of use extends it (lib/accounts/auth.ts). */
  SESSION_DAYS: integer('SESSION_DAYS', 1, 365, 30),
  /** Comments and replies one account may post per 10 minutes (one client address: five times as many). */
  COMMENT_RATE_LIMIT: integer('COMMENT_RATE_LIMIT', 1, 1_000_000, 10),
  /** Paper votes one account may cast per minute (one client address: five times as many). */
  VOTE_RATE_LIMIT: integer('VOTE_RATE_LIMIT', 1, 1_000_000, 30),
  /** Follow/unfollow and "Not interested" presses one account may make per minute (one address: five times as many). */
  FOLLOW_RATE_LIMIT: integer('FOLLOW_RATE_LIMIT', 1, 1_000_000, 30),
  /** How often each instance reads the pages other instances changed (votes, comments). */
  PAGE_CHANGES_POLL_MS: integer('PAGE_CHANGES_POLL_MS', 100, 600_000, 5_000),
  /** On PostgreSQL, while the instance LISTENs for changes: the poll is only a safety net (docs/decisions/026). */
  PAGE_CHANGES_SAFETY_POLL_MS: integer('PAGE_CHANGES_SAFETY_POLL_MS', 100, 3_600_000, 30_000),

  DIGEST_TOP_N: integer('DIGEST_TOP_N', 1, 100, 10),
  DIGEST_RATE: decimal('DIGEST_RATE', 0, 10_000, 20),
  DIGEST_CONCURRENCY: integer('DIGEST_CONCURRENCY', 1, 50, 3),
  DIGEST_MAX_ATTEMPTS: integer('DIGEST_MAX_ATTEMPTS', 1, 20, 5),
  DIGEST_RETRY_BASE_MS: integer('DIGEST_RETRY_BASE_MS', 0, 86_400_000, 30_000),

  ARXIV_API_URL: httpUrl('ARXIV_API_URL', 'https://export.arxiv.org/api/query').default('https://export.arxiv.org/api/query'),
  /** arXiv's terms: "no more than one request every three seconds". */
  INGEST_REQUEST_INTERVAL_MS: integer('INGEST_REQUEST_INTERVAL_MS', 0, 3_600_000, 3000),
  INGEST_MAX_ATTEMPTS: integer('INGEST_MAX_ATTEMPTS', 1, 100, 4),
  INGEST_RETRY_BACKOFF_MS: integer('INGEST_RETRY_BACKOFF_MS', 0, 3_600_000, 5000),
  INGEST_TIMEOUT_MS: integer('INGEST_TIMEOUT_MS', 1, 3_600_000, 60_000),
  INGEST_USER_AGENT: z.string().trim().min(1).optional(),
  INGEST_CONTACT_EMAIL: z.email({ error: 'INGEST_CONTACT_EMAIL must be an email address' }).optional(),
  INGEST_PROGRESS_INTERVAL_MS: integer('INGEST_PROGRESS_INTERVAL_MS', 0, 86_400_000, 10_000),
  /** 0 keeps the snapshot import on one thread (profiling, one-core machines). */
  INGEST_WORKER: z.enum(['0', '1'], { error: 'INGEST_WORKER must be 0 (one thread) or 1 (a worker thread)' }).default('1').transform((value) => value === '1'),
  /** Set by npm for `npm run …`; names the version in the importers' User-Agent. */
  npm_package_version: z.string().optional(),
});

export type EnvSource = Readonly<Record<string, string | undefined>>;
export type Env = Omit<z.infer<typeof envSchema>, 'PUBLIC_BASE_URL' | 'REVALIDATE_URLS'> & {
  PUBLIC_BASE_URL: string;
  REVALIDATE_URLS: string[];
};

const KEYS = Object.keys(envSchema.shape) as (keyof typeof envSchema.shape)[];
// Never echoed in an error message: they carry passwords.
const SENSITIVE = new Set<string>(['DATABASE_URL', 'SMTP_URL', 'APP_SECRET', 'REVALIDATE_SECRET', 'DIGEST_SECRET']);

/** Thrown for a bad value; its message names every bad variable, one per line. */
export class EnvError extends Error {
  override name = 'EnvError';
}

/**
 * Where a server listening on host:port is reached from this machine: a wildcard address
 * (0.0.0.0, ::) is not one a browser can open, so it stands for the loopback address.
 */
export function servedOrigin(host: string, port: number): string {
  const reachable = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? 'localhost' : host;
  return new URL(`http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`).origin;
}

/** Parses an environment (process.env, or a test's own record). Throws EnvError. */
export function parseEnv(source: EnvSource): Env {
  const raw: Record<string, string | undefined> = Object.fromEntries(KEYS.map((key) => [key, source[key]?.trim() || undefined]));
  const parsed = envSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? '');
      const value = raw[key];
      const shown = value === undefined || SENSITIVE.has(key) ? '' : ` (got "${value.length > 60 ? `${value.slice(0, 60)}…` : value}")`;
      return `  ${issue.message.startsWith(key) ? issue.message : `${key}: ${issue.message}`}${shown}`;
    });
    throw new EnvError(`Invalid environment configuration:\n${[...new Set(lines)].join('\n')}`);
  }
  const origin = servedOrigin(parsed.data.HOST, parsed.data.PORT);
  return {
    ...parsed.data,
    PUBLIC_BASE_URL: parsed.data.PUBLIC_BASE_URL ?? origin,
    REVALIDATE_URLS: parsed.data.REVALIDATE_URLS ?? [origin],
  };
}

/**
 * Whether the operator listed the instances. On PostgreSQL they learn of changes through the
 * database (docs/decisions/026), so commands call REVALIDATE_URLS only when it is given.
 */
export function isRevalidateUrlsGiven(source: EnvSource = process.env): boolean {
  return Boolean(source.REVALIDATE_URLS?.trim());
}

let cached: Env | undefined;

/**
 * process.env, parsed on first use and kept: absoluteUrl() calls this for every link of a page
 * (50,000 in a sitemap), and reading process.env costs a call into the runtime per variable.
 */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** For tests that change a variable after the first read: the next getEnv() parses again. */
export function resetEnvCache(): void {
  cached = undefined;
}
