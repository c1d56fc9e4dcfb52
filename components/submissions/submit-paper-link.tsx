import Link from 'next/link';
import { SUBMIT_PATH } from '@/lib/submissions/paths';

/** The way in to "Submit a paper", beside a day's paper count. The same for every reader (cached pages). */
export function SubmitPaperLink() {
  return (
    <Link href={SUBMIT_PATH} prefetch={false} className="font-medium text-amber-800 underline hover:no-underline dark:text-amber-300">
      Submit a paper
    </Link>
  );
}
