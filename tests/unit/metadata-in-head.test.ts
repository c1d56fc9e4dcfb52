import { createRequire } from 'node:module';
import type { NextConfig } from 'next';
import { describe, expect, it } from 'vitest';

// next.config.mjs as `next start` loads it (a .mjs file, so typed here by hand).
const configFile: string = '../../next.config.mjs';
const { default: nextConfig } = (await import(configFile)) as { default: NextConfig };

// Next's own rule for whether a request's metadata may be streamed into <body> after the shell
// (server/lib/streaming-metadata): the same function the server calls with our config.
const { shouldServeStreamingMetadata } = createRequire(import.meta.url)('next/dist/server/lib/streaming-metadata') as {
  shouldServeStreamingMetadata: (userAgent: string, htmlLimitedBots: string | undefined) => boolean;
};

const READERS = {
  chromium: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  firefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
  curl: 'curl/8.5.0',
  googlebot: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
};

describe('a dynamic page’s <title> and <meta> tags', () => {
  it('are never streamed into the body, for any client (a comment page on PostgreSQL was invalid HTML)', () => {
    const limited = nextConfig.htmlLimitedBots instanceof RegExp ? nextConfig.htmlLimitedBots.source : undefined;
    for (const [client, userAgent] of Object.entries(READERS)) {
      expect({ client, streamed: shouldServeStreamingMetadata(userAgent, limited) }).toEqual({ client, streamed: false });
    }
  });
});
