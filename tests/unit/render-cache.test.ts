import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { NextConfig } from 'next';
import type { IncrementalCache as NextIncrementalCache } from 'next/dist/server/lib/incremental-cache';
import type { nodeFs as NextNodeFs } from 'next/dist/server/lib/node-fs-methods';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';

/**
 * Next's cache of rendered pages, as `next start` builds it from next.config.mjs: Next's own
 * IncrementalCache class, given the handler the config names (or, without one, Next's default).
 * A write calls revalidatePath, which reaches it as revalidateTag with the page's path tag; the
 * next request for that page must be a fresh render, not the copy from before the write.
 */
const configFile: string = '../../next.config.mjs';
const { default: nextConfig } = (await import(configFile)) as { default: NextConfig };
const require = createRequire(import.meta.url);
const { IncrementalCache } = require('next/dist/server/lib/incremental-cache') as { IncrementalCache: typeof NextIncrementalCache };
const { nodeFs } = require('next/dist/server/lib/node-fs-methods') as { nodeFs: typeof NextNodeFs };

const distDir = mkdtempSync(path.join(tmpdir(), 'dp-render-cache-'));
afterAll(() => rmSync(distDir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const CacheHandler = nextConfig.cacheHandler ? ((await import(nextConfig.cacheHandler)) as { default: never }).default : undefined;

function nextCache() {
  return new IncrementalCache({
    fs: nodeFs,
    dev: false,
    flushToDisk: false,
    serverDistDir: distDir,
    requestHeaders: {},
    maxMemoryCacheSize: nextConfig.cacheMaxMemorySize,
    previewProps: { previewModeId: 'id', previewModeSigningKey: 'key', previewModeEncryptionKey: 'key' },
    prerenderManifest: { version: 4, routes: {}, dynamicRoutes: {}, notFoundRoutes: [], preview: { previewModeId: 'id', previewModeSigningKey: 'key', previewModeEncryptionKey: 'key' } },
    CurCacheHandler: CacheHandler,
  } as ConstructorParameters<typeof IncrementalCache>[0]);
}

// The route that owns the page, as Next names it (kind and source route).
const ROUTE = { kind: 'APP_PAGE', sourceRoute: '/papers/[...segments]/page' };
const lookup = { kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false, route: ROUTE } as const;

/** A day's page as Next stores it: its HTML and the tags of its path and layouts. */
function dayPage(day: string, count: number) {
  return {
    kind: 'APP_PAGE',
    html: `<article data-paper-id="1"><span data-count="">${count}</span></article>`,
    rscData: Buffer.from(`count:${count}`),
    headers: { 'x-next-cache-tags': `_N_T_/layout,_N_T_/papers/layout,_N_T_/papers/date/${day}` },
    postponed: undefined,
    status: 200,
    segmentData: undefined,
  };
}

async function store(cache: InstanceType<typeof IncrementalCache>, day: string, count: number, revalidateSeconds = 3600) {
  await cache.set(`/papers/date/${day}`, dayPage(day, count) as never, { cacheControl: { revalidate: revalidateSeconds, expire: undefined }, isRoutePPREnabled: false, isFallback: false, route: ROUTE } as never);
}

async function countServed(cache: InstanceType<typeof IncrementalCache>, day: string): Promise<string | null> {
  const entry = await cache.get(`/papers/date/${day}`, lookup as never);
  const html = (entry?.value as { html?: string } | null)?.html;
  return html ? (/data-count="">(\d+)</.exec(html)?.[1] ?? null) : null;
}

/** A wall clock running ahead of the monotonic one, as on a machine whose clock is being slewed. */
function wallClockAhead(milliseconds: number) {
  const now = Date.now.bind(Date);
  vi.spyOn(Date, 'now').mockImplementation(() => now() + milliseconds);
}

describe('Next’s copy of a page after a write (revalidatePath)', () => {
  it('is not served again, even while the wall clock runs ahead of the monotonic clock', async () => {
    const cache = nextCache();
    await store(cache, '2025-09-04', 0);
    expect(await countServed(cache, '2025-09-04')).toBe('0');

    // A vote on the 4th, 200 ms by the wall clock ahead of Next's monotonic clock.
    wallClockAhead(200);
    await cache.revalidateTag(['_N_T_/papers/date/2025-09-04']);
    // Next's own handler went on serving the count from before the vote for those 200 ms.
    expect(await countServed(cache, '2025-09-04')).toBeNull();
  });

  it('is not kept when its render began before the write and was stored after it', async () => {
    const cache = nextCache();
    // A reader asks for the 5th: nothing stored, Next starts rendering with the old count...
    expect(await countServed(cache, '2025-09-05')).toBeNull();
    // ...a vote lands meanwhile...
    await cache.revalidateTag(['_N_T_/papers/date/2025-09-05']);
    // ...and the render that read the data before it is stored afterwards.
    await store(cache, '2025-09-05', 0);
    expect(await countServed(cache, '2025-09-05')).toBeNull();
    // The next render, begun after the vote, is kept.
    await store(cache, '2025-09-05', 1);
    expect(await countServed(cache, '2025-09-05')).toBe('1');
  });

  it('is not kept when Next renewed it in the background (past its revalidate time) and a write landed meanwhile', async () => {
    const cache = nextCache();
    await store(cache, '2025-09-09', 0, 60);
    // Two minutes on, the copy is due: Next serves it and renders anew behind it...
    wallClockAhead(120_000);
    expect(await countServed(cache, '2025-09-09')).toBe('0');
    // ...a vote lands while that render runs, and the render is stored after it.
    await cache.revalidateTag(['_N_T_/papers/date/2025-09-09']);
    await store(cache, '2025-09-09', 0, 60);
    expect(await countServed(cache, '2025-09-09')).toBeNull();
  });

  it('stays expired after its tag is forgotten among 100,000 newer ones (the handler bounds what it remembers)', async () => {
    const cache = nextCache();
    await store(cache, '2025-09-08', 2);
    await cache.revalidateTag(['_N_T_/papers/date/2025-09-08']);
    for (let paper = 0; paper < 100_000; paper += 1) await cache.revalidateTag([`_N_T_/papers/2509.${String(paper).padStart(5, '0')}`]);
    expect(await countServed(cache, '2025-09-08')).toBeNull();
  });

  it('leaves every other page cached, and drops them all when the whole site changes', async () => {
    const cache = nextCache();
    await store(cache, '2025-09-06', 3);
    await store(cache, '2025-09-07', 4);
    await cache.revalidateTag(['_N_T_/papers/date/2025-09-06']);
    expect(await countServed(cache, '2025-09-06')).toBeNull();
    expect(await countServed(cache, '2025-09-07')).toBe('4');
    // revalidatePath('/', 'layout'): an import or the seed changed everything.
    await cache.revalidateTag(['_N_T_/layout']);
    expect(await countServed(cache, '2025-09-07')).toBeNull();
  });
});
