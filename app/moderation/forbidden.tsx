import { ButtonLink } from '@/components/ui/button-link';

/** What a signed-in reader who is not a moderator sees at /moderation (HTTP 403). */
export default function Forbidden() {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-16 text-center sm:px-6">
      <h1 className="text-3xl font-bold text-neutral-950 dark:text-white">Moderators only</h1>
      <p className="mt-3 text-neutral-700 dark:text-neutral-300">
        These pages are for the site&apos;s moderators, and your account is not one. If you think it should be, ask the people who run this site.
      </p>
      <ButtonLink href="/" variant="primary" className="mt-6">
        See the latest papers
      </ButtonLink>
    </main>
  );
}
