import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { SubmitPage } from '@/components/submissions/submit-page';
import { getReader } from '@/lib/accounts/reader';
import { getEnv } from '@/lib/env';
import { firstParam } from '@/lib/http/search-param';
import { getPaperBySlug } from '@/lib/papers/queries';
import { countSubmittedToday } from '@/lib/submissions/queries';
import { MAX_REFERENCE_LENGTH } from '@/lib/submissions/reference';

export const metadata: Metadata = {
  title: 'Submit a paper',
  description: 'Share a recent arXiv paper with the Daily Papers community: paste its id or link and it is listed on today’s papers.',
  alternates: { canonical: '/papers/submit' },
};
// Per reader (their limit, their messages): rendered for each request, never cached.
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SubmitPaperPage({ searchParams }: Props) {
  const params = await searchParams;
  const reader = await getReader(await headers());
  const env = getEnv();
  const [listed, submitted, usedToday] = await Promise.all([
    paperNamed(firstParam(params.listed, 200)),
    paperNamed(firstParam(params.submitted, 200)),
    reader ? countSubmittedToday(reader.id) : null,
  ]);
  return (
    <SubmitPage
      reader={reader && { username: reader.username }}
      limits={{ maxAgeDays: env.SUBMIT_MAX_AGE_DAYS, dailyLimit: env.SUBMIT_DAILY_LIMIT }}
      usedToday={usedToday}
      typed={firstParam(params.paper, MAX_REFERENCE_LENGTH)}
      error={firstParam(params.error)}
      notice={firstParam(params.notice)}
      listed={listed}
      submitted={submitted}
    />
  );
}

async function paperNamed(slug: string) {
  if (!slug) return null;
  const paper = await getPaperBySlug(slug);
  return paper && { slug: paper.slug, title: paper.title, day: paper.listing?.day ?? null };
}
