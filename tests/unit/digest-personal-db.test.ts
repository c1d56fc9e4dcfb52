import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { FeedDay } from '@/lib/dates/feed-day';
import { db } from '@/lib/db';
import { loadDigestContent } from '@/lib/digest/content';
import { dailyEdition, weeklyEdition } from '@/lib/digest/edition';
import { sendDigest, type SendOptions } from '@/lib/digest/send-digest';
import { setFollow } from '@/lib/follows/follows';
import { buildForYou } from '@/lib/recommend/for-you';
import { forgetCandidateWindow } from '@/lib/recommend/window';
import { loadSeedDays } from '@/lib/seed/load-seed-days';
import { setAccountContent } from '@/lib/subscribers/account-subscription';
import { buildListedPaper, savePapers } from '../factories/paper-factory';
import { createSubscribers } from '../factories/subscriber-factory';
import { linkIn, transportTo, setUpSmtpSink } from '../support/mail';
import { resetDatabase } from '../support/reset-database';

const SEED_FOLDER = path.resolve(import.meta.dirname, '../../prisma/seed');
const SEP_4 = '2025-09-04' as FeedDay;

const sink = setUpSmtpSink();
beforeEach(async () => {
  await resetDatabase();
  await loadSeedDays(SEED_FOLDER);
  forgetCandidateWindow();
});

const fast: Partial<SendOptions> = { rate: 0, retryBaseMs: 20, concurrency: 2 };

async function send(edition = dailyEdition(SEP_4)) {
  const transport = transportTo(sink, true);
  try {
    return await sendDigest(await loadDigestContent(edition, 10), { transport, ...fast });
  } finally {
    transport.close();
  }
}

/** A confirmed subscriber whose address has an account, on the personal digest. */
async function personalReader(email: string, frequency = 'daily'): Promise<string> {
  await createSubscribers(1, { prefix: email.split('1@')[0], frequency });
  await setAccountContent(email, 'personal');
  const user = await db.user.create({ data: { id: `user-${email}`, email, username: email.split('@')[0] } });
  return user.id;
}

describe('personal digest', () => {
  it('lists followed and recommended papers with their reasons, trending to fill, and records what was sent', async () => {
    const ada = await personalReader('ada1@example.com');
    await createSubscribers(2, { prefix: 'plain' });
    await setFollow(ada, { kind: 'query', value: 'diffusion' }, true);
    const liked = await db.paper.findFirstOrThrow({ where: { title: { startsWith: 'StyledStreets' } }, select: { id: true } });
    await db.paperVote.create({ data: { userId: ada, paperId: liked.id } });

    const summary = await send();
    expect(summary).toMatchObject({ sent: 3, failed: 0 });
    const [mail] = sink.to('ada1@example.com');
    expect(mail?.parsed.subject).toMatch(/^Daily Papers for you, Thu Sep 4: /);
    const text = mail?.parsed.text ?? '';
    expect(text).toMatch(/Picked for you: \d+ from what you follow and like/);
    expect(text).toContain("matches 'diffusion'");
    expect(text).toMatch(/Why: .*like “StyledStreets: Multi-style Street Simulator[^”]*”: shares '/);
    expect(mail?.parsed.html).toContain('Why: ');
    // The liked paper itself is not suggested back, and ten papers are listed in all.
    expect(text).not.toMatch(/^\d+\. StyledStreets/m);
    expect(text.match(/^\d+\. /gm)).toHaveLength(10);
    // Still one-click unsubscribe (RFC 8058), as every digest.
    expect(mail?.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    expect(linkIn(text, '/unsubscribe?token=')).toBeTruthy();

    // A subscriber on trending gets the plain edition.
    const plain = sink.to('plain1@example.com')[0];
    expect(plain?.parsed.subject).toMatch(/^Daily Papers, Thu Sep 4: StyledStreets/);
    expect(plain?.parsed.text).not.toContain('Why:');

    // What went out is recorded, and For you no longer suggests it.
    const sent = await db.digestSentPaper.findMany({ where: { userId: ada }, select: { paperId: true, digestKey: true } });
    expect(sent).toHaveLength(10);
    expect(sent.every((row) => row.digestKey === 'daily:2025-09-04')).toBe(true);
    const forYou = await buildForYou(ada, 'day');
    const shown = new Set([...forYou.items.map((item) => item.paper.id), ...forYou.trending.map((paper) => paper.id)]);
    expect(sent.some((row) => shown.has(row.paperId))).toBe(false);
  });

  it('is sent exactly once per edition, and a personal subscriber without an account gets trending', async () => {
    await personalReader('ada1@example.com');
    await createSubscribers(1, { prefix: 'noaccount' });
    await setAccountContent('noaccount1@example.com', 'personal');
    expect(await send()).toMatchObject({ sent: 2 });
    expect(await send()).toMatchObject({ sent: 0, alreadySent: 2 });
    expect(sink.to('ada1@example.com')).toHaveLength(1);
    expect(sink.to('noaccount1@example.com')[0]?.parsed.subject).toMatch(/^Daily Papers, Thu Sep 4/);
  });

  it('weekly: one personal copy per ISO week, whatever day the run is on', async () => {
    const bo = await personalReader('bo1@example.com', 'weekly');
    await setFollow(bo, { kind: 'category', value: 'cs.CV' }, true);
    await savePapers([buildListedPaper('2025-09-05', 1, { title: 'Friday vision paper', categories: ['cs.CV'] }), buildListedPaper('2025-09-09', 1, { title: 'Next week vision paper', categories: ['cs.CV'] })]);
    forgetCandidateWindow();
    expect(await send(weeklyEdition(SEP_4))).toMatchObject({ sent: 1 });
    expect(await send(weeklyEdition('2025-09-05' as FeedDay))).toMatchObject({ sent: 0, alreadySent: 1 });
    const [first] = sink.to('bo1@example.com');
    expect(first?.parsed.subject).toMatch(/^Daily Papers for you, week of Sep 1/);
    expect(first?.parsed.text).toContain('Why: follows cs.CV');
    expect(first?.parsed.text).toContain('Friday vision paper');
    expect(first?.parsed.text).not.toContain('Next week vision paper');
    expect(await send(weeklyEdition('2025-09-09' as FeedDay))).toMatchObject({ sent: 1 });
    expect(sink.to('bo1@example.com')).toHaveLength(2);
    expect(sink.to('bo1@example.com')[1]?.parsed.text).toContain('Next week vision paper');
  });
});
