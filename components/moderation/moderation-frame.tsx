import Link from 'next/link';
import type { ReactNode } from 'react';
import { FormMessage } from '@/components/accounts/form-message';
import { cn } from '@/lib/utils/cn';

const SECTIONS = [
  { href: '/moderation', label: 'Reports' },
  { href: '/moderation/submissions', label: 'Submissions' },
  { href: '/moderation/users', label: 'Accounts' },
  { href: '/moderation/log', label: 'Log' },
] as const;

export type ModerationSection = (typeof SECTIONS)[number]['href'];

/** The frame of the moderation pages: title, the four sections, the last form's outcome. */
export function ModerationFrame({ section, title, intro, notice, error, children }: { section: ModerationSection; title: string; intro: ReactNode; notice?: string; error?: string; children: ReactNode }) {
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-8 sm:px-6">
      <p className="text-sm font-semibold tracking-wide text-amber-800 uppercase dark:text-amber-300">Moderation</p>
      <h1 className="mt-1 text-2xl font-bold text-neutral-950 dark:text-white">{title}</h1>
      <nav aria-label="Moderation" className="mt-4 border-b border-neutral-200 dark:border-neutral-800">
        <ul className="-mb-px flex flex-wrap gap-x-1">
          {SECTIONS.map((item) => (
            <li key={item.href}>
              <Link
                href={item.href}
                prefetch={false}
                aria-current={item.href === section ? 'page' : undefined}
                className={cn(
                  'inline-block border-b-2 px-3 py-2 text-sm font-medium',
                  item.href === section
                    ? 'border-amber-600 text-neutral-950 dark:border-amber-300 dark:text-white'
                    : 'border-transparent text-neutral-700 hover:text-neutral-950 dark:text-neutral-300 dark:hover:text-white',
                )}
              >
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="mt-4 space-y-4">
        <div className="text-neutral-700 dark:text-neutral-300">{intro}</div>
        <FormMessage error={error} notice={notice} />
        {children}
      </div>
    </main>
  );
}
