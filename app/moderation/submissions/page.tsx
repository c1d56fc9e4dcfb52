import type { Metadata } from 'next';
import { ModerationFrame } from '@/components/moderation/moderation-frame';
import { Pager } from '@/components/moderation/pager';
import { requireModerator } from '@/components/moderation/require-moderator';
import { SubmissionList } from '@/components/moderation/submission-list';
import { firstParam } from '@/lib/http/search-param';
import { parsePage } from '@/lib/moderation/paging';
import { listRecentSubmissions } from '@/lib/moderation/submissions';

export const metadata: Metadata = { title: 'Submissions', robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PATH = '/moderation/submissions';

export default async function SubmissionsPage({ searchParams }: Props) {
  const params = await searchParams;
  const page = parsePage(firstParam(params.page, 10));
  const here = page > 1 ? `${PATH}?page=${page}` : PATH;
  await requireModerator(here);
  const { submissions, hasMore } = await listRecentSubmissions(page);
  return (
    <ModerationFrame
      section={PATH}
      title="Submitted papers"
      intro={<p>Papers readers submitted, newest first. A hidden paper leaves every list, feed and digest; its own page stays reachable by its address.</p>}
      notice={firstParam(params.notice)}
      error={firstParam(params.error)}
    >
      <SubmissionList submissions={submissions} back={here} />
      <Pager path={PATH} page={page} hasMore={hasMore} label="Submission pages" />
    </ModerationFrame>
  );
}
