import { SubscribeForm } from '@/components/subscribe/subscribe-form';

/** The seed page's call to action: a "new" badge, the promise, and the form. */
export function SubscribeBanner({ path }: { path: string }) {
  return (
    <section
      aria-labelledby="subscribe-heading"
      className="border-b border-amber-200 bg-amber-50 dark:border-amber-900/60 dark:bg-amber-950/40"
    >
      <div className="mx-auto flex max-w-4xl flex-col gap-3 px-4 pt-3 sm:flex-row sm:items-start sm:justify-between sm:px-6">
        <h2 id="subscribe-heading" className="flex items-center gap-2 pt-2 text-sm font-medium text-neutral-900 dark:text-neutral-100">
          <span className="rounded-full bg-amber-800 px-2 py-0.5 text-xs font-bold uppercase tracking-wide text-white dark:bg-amber-300 dark:text-neutral-950">
            new
          </span>
          Get trending papers in your email inbox!
        </h2>
        <SubscribeForm permalink={path} />
      </div>
    </section>
  );
}
