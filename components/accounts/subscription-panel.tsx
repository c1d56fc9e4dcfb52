import { Button } from '@/components/ui/button';
import type { AccountSubscription } from '@/lib/subscribers/account-subscription';
import { AccountSection } from './account-section';
import { LINK, MUTED } from './account-styles';

const STATUS: Record<AccountSubscription['status'], string> = {
  pending: 'Waiting for you to confirm: open the link we emailed you.',
  confirmed: 'Subscribed.',
  unsubscribed: 'Unsubscribed.',
  bounced: 'Paused: mail to your address bounced.',
};

/**
 * The digest subscription of the account's address (the same person). Plain forms to
 * /account/subscription: the session proves the address, so no emailed token is needed.
 */
export function SubscriptionPanel({ subscription }: { subscription: AccountSubscription | null }) {
  const subscribed = subscription?.status === 'confirmed';
  return (
    <AccountSection id="digest" title="Email digest">
      <p role="status">{subscription ? STATUS[subscription.status] : 'Your address is not subscribed to the digest of trending papers.'}</p>
      {subscribed ? (
        <>
          <form method="post" action="/account/subscription" className="space-y-2">
            <input type="hidden" name="do" value="frequency" />
            <fieldset>
              <legend className="text-sm font-medium">How often</legend>
              <div className="mt-2 flex flex-wrap gap-4">
                {(['daily', 'weekly'] as const).map((frequency) => (
                  <label key={frequency} className="flex items-center gap-2">
                    <input type="radio" name="frequency" value={frequency} defaultChecked={subscription.frequency === frequency} className="accent-amber-700" />
                    {frequency === 'daily' ? 'Daily (weekdays)' : 'Weekly (Mondays)'}
                  </label>
                ))}
              </div>
            </fieldset>
            <Button type="submit" variant="secondary">
              Save
            </Button>
          </form>
          <form method="post" action="/account/subscription">
            <input type="hidden" name="do" value="unsubscribe" />
            <Button type="submit" variant="ghost">
              Unsubscribe
            </Button>
          </form>
        </>
      ) : (
        <form method="post" action="/account/subscription">
          <input type="hidden" name="do" value="subscribe" />
          <Button type="submit" variant="secondary">
            {subscription?.status === 'pending' ? 'Send the confirmation link again' : 'Subscribe'}
          </Button>
        </form>
      )}
      {subscription ? (
        <p className={MUTED}>
          The subscription belongs to your address, not your account: it stays if you change address or delete your account. Its{' '}
          <a href={subscription.unsubscribeUrl} className={LINK}>
            unsubscribe page
          </a>{' '}
          works without signing in.
        </p>
      ) : null}
    </AccountSection>
  );
}
