import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { FormMessage } from '@/components/accounts/form-message';
import { NoticeCard } from '@/components/subscribe/notice-card';
import { Button } from '@/components/ui/button';
import { FIELD } from '@/components/search/field-styles';
import { safeNextPath, signInPath } from '@/lib/accounts/paths';
import { getReader } from '@/lib/accounts/reader';
import { firstParam } from '@/lib/http/search-param';

export const metadata: Metadata = { title: 'Choose a username', robots: { index: false } };
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function WelcomePage({ searchParams }: Props) {
  const params = await searchParams;
  const next = safeNextPath(firstParam(params.next, 600));
  const reader = await getReader(await headers());
  if (!reader) redirect(signInPath('/welcome'));
  if (reader.username) redirect(next);
  return (
    <NoticeCard title="Choose a username">
      <p>It is shown on the papers you submit and the comments you write, and names your profile page. It cannot be changed later.</p>
      <FormMessage error={firstParam(params.error)} />
      <form method="post" action="/welcome/username" className="space-y-3">
        <input type="hidden" name="next" value={next} />
        <label htmlFor="welcome-username" className="block text-sm font-medium">Username</label>
        <input id="welcome-username" name="username" required minLength={3} maxLength={30} pattern="[A-Za-z0-9][A-Za-z0-9_\-]*" autoComplete="username" aria-describedby="welcome-username-help" className={`${FIELD} w-full`} />
        <p id="welcome-username-help" className="text-sm text-neutral-600 dark:text-neutral-400">3 to 30 letters, digits, &quot;-&quot; or &quot;_&quot;.</p>
        <Button type="submit">Continue</Button>
      </form>
    </NoticeCard>
  );
}
