import type { ReactNode } from 'react';
import { FeedHero } from './feed-hero';
import { SubscribeBanner } from './subscribe-banner';

/** The frame of every list page: the subscribe banner, the title block, then the list. */
export function FeedPage({ path, children }: { path: string; children: ReactNode }) {
  return (
    <>
      <SubscribeBanner path={path} />
      <main id="main">
        <FeedHero />
        {children}
      </main>
    </>
  );
}
