import { ButtonLink } from '@/components/ui/button-link';

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16 text-center sm:px-6">
      <h1 className="text-3xl font-bold text-neutral-950 dark:text-white">Page not found</h1>
      <p className="mt-3 text-neutral-700 dark:text-neutral-300">
        There is no page at this address. Days are written like <code>/papers/date/2025-09-04</code> and papers like{' '}
        <code>/papers/2407.13168</code>.
      </p>
      <ButtonLink href="/" variant="primary" className="mt-6">
        See the latest papers
      </ButtonLink>
    </main>
  );
}
