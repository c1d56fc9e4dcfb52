import type { Metadata } from 'next';
import { LogList } from '@/components/moderation/log-list';
import { ModerationFrame } from '@/components/moderation/moderation-frame';
import { Pager } from '@/components/moderation/pager';
import { requireModerator } from '@/components/moderation/require-moderator';
import { firstParam } from '@/lib/http/search-param';
import { listModerationLog } from '@/lib/moderation/log';
import { parsePage } from '@/lib/moderation/paging';

export const metadata: Metadata = { title: 'Moderation log', robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PATH = '/moderation/log';

export default async function LogPage({ searchParams }: Props) {
  const params = await searchParams;
  const page = parsePage(firstParam(params.page, 10));
  await requireModerator(page > 1 ? `${PATH}?page=${page}` : PATH);
  const { entries, hasMore } = await listModerationLog(page);
  return (
    <ModerationFrame section={PATH} title="Moderation log" intro={<p>Everything moderators and the operator&apos;s command line did, newest first, with who and when.</p>}>
      <LogList entries={entries} />
      <Pager path={PATH} page={page} hasMore={hasMore} label="Log pages" />
    </ModerationFrame>
  );
}
