import Link from 'next/link';
import type { ReactNode } from 'react';
import { FormMessage } from '@/components/accounts/form-message';
import { COLLECTIONS_PATH, SAVED_PATH } from '@/lib/library/paths';

const TAB = 'choice';

/** The reader's own library pages (Saved, Collections): a title, the two tabs, the form outcome. */
export function LibraryFrame({ title, current, error, notice, intro, children }: { title: string; current: 'saved' | 'collections' | null; error?: string; notice?: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <main id="main" className="mx-auto max-w-3xl space-y-5 px-4 py-8 sm:px-6">
      <header className="space-y-3">
        <nav aria-label="Your library" className="flex flex-wrap gap-2">
          <Link href={SAVED_PATH} prefetch={false} className={TAB} aria-current={current === 'saved' ? 'true' : undefined}>
            Saved
          </Link>
          <Link href={COLLECTIONS_PATH} prefetch={false} className={TAB} aria-current={current === 'collections' ? 'true' : undefined}>
            Collections
          </Link>
        </nav>
        <h1 className="text-2xl font-bold text-balance text-neutral-950 dark:text-white">{title}</h1>
        {intro}
      </header>
      <FormMessage error={error} notice={notice} />
      {children}
    </main>
  );
}
