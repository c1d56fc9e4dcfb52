import { FIELD } from '@/components/search/field-styles';
import { Button } from '@/components/ui/button';
import { AccountSection } from './account-section';
import { MUTED } from './account-styles';

/** Deleting the account, after typing its name (docs/decisions/018 says what goes and what stays). */
export function DeletePanel({ confirmWord, isUsername }: { confirmWord: string; isUsername: boolean }) {
  return (
    <AccountSection id="delete" title="Delete your account">
      <ul className="list-disc space-y-1 pl-5 text-sm">
        <li>Your sessions, passkeys and upvotes are removed, and vote counts go down.</li>
        <li>Your saved papers and collections (public ones too) are removed.</li>
        <li>Your comments stay in their threads as “deleted”, without their text or your name.</li>
        <li>Papers you submitted stay listed, without “submitted by”.</li>
        <li>A digest subscription with your address is separate and is not cancelled.</li>
      </ul>
      <form method="post" action="/account/delete" className="space-y-2">
        <label htmlFor="delete-confirm" className="block text-sm font-medium">
          Type {isUsername ? 'your username' : 'your email address'}, <strong className="break-all">{confirmWord}</strong>, to confirm
        </label>
        <div className="flex flex-col items-start gap-2 sm:flex-row sm:items-stretch">
          <input id="delete-confirm" name="confirm" required autoComplete="off" maxLength={254} className={`${FIELD} w-full min-w-0 sm:flex-1`} />
          <Button type="submit" className="bg-red-700 text-white hover:bg-red-800 dark:bg-red-400 dark:text-neutral-950 dark:hover:bg-red-300">
            Delete my account
          </Button>
        </div>
        <p className={MUTED}>This cannot be undone.</p>
      </form>
    </AccountSection>
  );
}
