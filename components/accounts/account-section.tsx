import type { ReactNode } from 'react';
import { SECTION, SECTION_TITLE } from './account-styles';

/** One titled block of the account page, reachable by its #id. */
export function AccountSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className={SECTION}>
      <h2 id={`${id}-title`} className={SECTION_TITLE}>
        {title}
      </h2>
      <div className="mt-3 space-y-3 text-neutral-700 dark:text-neutral-300">{children}</div>
    </section>
  );
}
