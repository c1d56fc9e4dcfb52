import Link from 'next/link';
import { COLLECTIONS_PATH, SAVED_PATH } from '@/lib/library/paths';
import { AccountSection } from './account-section';
import { LINK, MUTED } from './account-styles';

/** Your library, and everything the site holds about you as one file (issue 14, items 1 and 6). */
export function DataPanel() {
  return (
    <AccountSection id="data" title="Your library and your data">
      <p>
        <Link href={SAVED_PATH} prefetch={false} className={LINK}>
          Saved papers
        </Link>{' '}
        ·{' '}
        <Link href={COLLECTIONS_PATH} prefetch={false} className={LINK}>
          Collections
        </Link>
      </p>
      <p>
        <a href="/account/export" download className={LINK}>
          Download your data
        </a>{' '}
        <span className={MUTED}>(JSON: your account, sessions, votes, saved papers, collections with notes, comments, submissions and the digest subscription of your address).</span>
      </p>
    </AccountSection>
  );
}
