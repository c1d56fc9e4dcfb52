import type { Metadata } from 'next';
import { ModerationFrame } from '@/components/moderation/moderation-frame';
import { ReportCard } from '@/components/moderation/report-card';
import { requireModerator } from '@/components/moderation/require-moderator';
import { firstParam } from '@/lib/http/search-param';
import { listOpenReports, REPORT_QUEUE_LIMIT } from '@/lib/moderation/reports';

export const metadata: Metadata = { title: 'Reports', robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PATH = '/moderation';

export default async function ReportsPage({ searchParams }: Props) {
  await requireModerator(PATH);
  const params = await searchParams;
  const { comments, more } = await listOpenReports();
  return (
    <ModerationFrame
      section={PATH}
      title="Reported comments"
      intro={<p>Comments readers reported, the one waiting longest first. Hiding a comment resolves its reports; dismissing them leaves it shown.</p>}
      notice={firstParam(params.notice)}
      error={firstParam(params.error)}
    >
      {comments.length === 0 ? <p className="text-neutral-700 dark:text-neutral-300">No open reports. Nothing to do.</p> : null}
      {comments.map((item) => (
        <ReportCard key={item.commentId} item={item} back={PATH} />
      ))}
      {more ? <p className="text-sm text-neutral-700 dark:text-neutral-300">Showing the first {REPORT_QUEUE_LIMIT}; the rest appear as these are handled.</p> : null}
    </ModerationFrame>
  );
}
