import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { VoteEnhancer } from '@/components/community/vote-enhancer';
import { FollowEnhancer } from '@/components/follows/follow-enhancer';
import { SaveEnhancer } from '@/components/library/save-enhancer';
import { SiteHeader } from '@/components/layout/site-header';
import { getEnv } from '@/lib/env';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(getEnv().PUBLIC_BASE_URL),
  title: { default: 'Daily Papers', template: '%s · Daily Papers' },
  description: 'Trending research papers, day by day: titles, authors and abstracts, with links to code.',
  applicationName: 'Daily Papers',
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#0a0a0a' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-neutral-50 font-sans text-neutral-900 antialiased dark:bg-neutral-950 dark:text-neutral-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-neutral-900"
        >
          Skip to content
        </a>
        <SiteHeader />
        {children}
        <SiteFooter />
        <VoteEnhancer />
        <FollowEnhancer />
        <SaveEnhancer />
      </body>
    </html>
  );
}
