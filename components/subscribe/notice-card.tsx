import type { ReactNode } from 'react';

/** The frame of the small one-question pages (confirm, preferences, unsubscribe). */
export function NoticeCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-12 sm:px-6">
      <div className="rounded-2xl border border-neutral-200 bg-white p-6 shadow-sm sm:p-8 dark:border-neutral-800 dark:bg-neutral-900">
        <h1 className="text-2xl font-bold text-neutral-950 dark:text-white">{title}</h1>
        <div className="mt-3 space-y-4 text-neutral-700 dark:text-neutral-300">{children}</div>
      </div>
    </main>
  );
}
