import { passkey } from '@better-auth/passkey';
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { magicLink } from 'better-auth/plugins/magic-link';
import { databaseProvider, db } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { createMailTransport } from '@/lib/mail/transport';
import { readOrCreateSecret } from '@/lib/secrets/file-secret';
import { signInConfirmPath } from './paths';
import { relyingPartyFor } from './relying-party';
import { buildSignInEmail } from './sign-in-email';

/**
 * Accounts are better-auth's (docs/decisions/018-accounts-with-better-auth.md): sessions, sign-in
 * links and passkeys. What is ours: the models are written into prisma/schema.prisma by hand, the
 * link in the email opens a page that asks for one click (a POST) before anyone is signed in,
 * rate limits count the real client address (lib/accounts/limits.ts, and the allowlist in front
 * of better-auth's handler, app/api/auth/[...all]/route.ts), and nothing leaves this machine
 * (telemetry off).
 */

/** A sign-in link works this long, once; only its hash is stored. */
export const SIGN_IN_LINK_MINUTES = 15;
export const SESSION_COOKIE_PREFIX = 'dp';

function createAuth() {
  const env = getEnv();
  const baseURL = env.PUBLIC_BASE_URL;
  const secure = baseURL.startsWith('https:');
  const relyingParty = relyingPartyFor(baseURL);
  return betterAuth({
    appName: 'Daily Papers',
    baseURL,
    basePath: '/api/auth',
    secret: readOrCreateSecret('app-secret', env.APP_SECRET),
    database: prismaAdapter(db, { provider: databaseProvider() === 'postgresql' ? 'postgresql' : 'sqlite' }),
    telemetry: { enabled: false },
    // Ours instead (lib/accounts/limits.ts): better-auth's own limiter would read client
    // addresses from headers that a client can forge unless a trusted proxy set them.
    rateLimit: { enabled: false },
    // better-auth refuses a POST with cookies whose Origin is not listed (its CSRF check).
    trustedOrigins: [...new Set([new URL(baseURL).origin, ...relyingParty.origins])],
    session: {
      expiresIn: env.SESSION_DAYS * 86_400,
      // A session in use is extended once a day, so an active reader stays signed in.
      updateAge: 86_400,
      // Adding a passkey needs a sign-in from the last day (better-auth's "fresh session"), so
      // a browser left signed in for weeks cannot quietly gain a new way in.
      freshAge: 86_400,
    },
    user: {
      additionalFields: {
        username: { type: 'string', required: false, input: false },
        role: { type: 'string', required: false, defaultValue: 'reader', input: false },
        suspendedAt: { type: 'date', required: false, input: false },
      },
    },
    advanced: {
      cookiePrefix: SESSION_COOKIE_PREFIX,
      useSecureCookies: secure,
      // The server (scripts/serve.ts) overwrites X-Real-IP with the socket's address, or the
      // address a trusted proxy gave; a client's own value never reaches the app.
      ipAddress: { ipAddressHeaders: ['x-real-ip'] },
    },
    databaseHooks: {
      session: {
        create: {
          // A suspended account cannot sign in again (its sessions were ended when suspended).
          async before(session) {
            const user = await db.user.findUnique({ where: { id: session.userId }, select: { suspendedAt: true } });
            return user?.suspendedAt ? false : undefined;
          },
        },
      },
    },
    plugins: [
      magicLink({
        storeToken: 'hashed',
        expiresIn: SIGN_IN_LINK_MINUTES * 60,
        async sendMagicLink({ email, token, metadata }) {
          const next = typeof metadata?.next === 'string' ? metadata.next : '/';
          const link = `${baseURL}${signInConfirmPath(token, next)}`;
          const transport = createMailTransport();
          try {
            await transport.send(buildSignInEmail(email, link, SIGN_IN_LINK_MINUTES));
          } finally {
            transport.close();
          }
        },
      }),
      passkey({ rpID: relyingParty.rpID, rpName: 'Daily Papers', origin: relyingParty.origins }),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

// One instance per database client and site address (tests switch both); on globalThis so that
// Next's bundled copy and a script's copy share it.
const AUTH = Symbol.for('daily-papers.auth');
interface CachedAuth {
  db: unknown;
  baseURL: string;
  auth: Auth;
}

export function getAuth(): Auth {
  const store = globalThis as Record<symbol, CachedAuth | undefined>;
  const cached = store[AUTH];
  const baseURL = getEnv().PUBLIC_BASE_URL;
  if (cached && cached.db === db && cached.baseURL === baseURL) return cached.auth;
  const auth = createAuth();
  store[AUTH] = { db, baseURL, auth };
  return auth;
}
