import { FIELD } from '@/components/search/field-styles';
import { Button } from '@/components/ui/button';
import { AccountSection } from './account-section';
import { MUTED } from './account-styles';

/** Change of address: a link goes to the new address; nothing changes until it is used. */
export function EmailPanel({ email }: { email: string }) {
  return (
    <AccountSection id="email" title="Email address">
      <p>
        You sign in with <strong className="break-all">{email}</strong>.
      </p>
      <form method="post" action="/account/email" className="space-y-2">
        <label htmlFor="new-email" className="block text-sm font-medium">
          New email address
        </label>
        <div className="flex flex-col items-start gap-2 sm:flex-row sm:items-stretch">
          <input id="new-email" name="email" type="email" autoComplete="email" required maxLength={254} aria-describedby="new-email-help" className={`${FIELD} w-full min-w-0 sm:flex-1`} />
          <Button type="submit" variant="secondary">
            Send confirmation link
          </Button>
        </div>
        <p id="new-email-help" className={MUTED}>
          We email a link to the new address. Your address changes when you open it and press its button; the old address is told.
        </p>
      </form>
    </AccountSection>
  );
}
