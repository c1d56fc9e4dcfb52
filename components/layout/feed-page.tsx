import type { ReactNode } from 'react';
import { FeedHero, type ViewTabsState } from './feed-hero';
import { SubscribeBanner } from './subscribe-banner';

/** The frame of every list page: the subscribe banner, the title block and tabs, then the list. */
export function FeedPage({ path, tabs, children }: { path: string; tabs?: ViewTabsState; children: ReactNode }) {
  return (
    <>
      <SubscribeBanner path={path} />
      <main id="main">
        <FeedHero tabs={tabs} />
        {children}
      </main>
    </>
  );
}
