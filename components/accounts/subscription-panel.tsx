import { Button } from '@/components/ui/button';
import type { AccountSubscription } from '@/lib/subscribers/account-subscription';
import { AccountSection } from './account-section';
import { LINK, MUTED } from './account-styles';
import { ChoiceForm } from './choice-form';

const STATUS: Record<AccountSubscription['status'], string> = {
  pending: 'Waiting for you to confirm: open the link we emailed you.',
  confirmed: 'Subscribed.',
  unsubscribed: 'Unsubscribed.',
  bounced: 'Paused: mail to your address bounced.',
};

const FREQUENCIES = [
  { value: 'daily', label: 'Daily (weekdays)' },
  { value: 'weekly', label: 'Weekly (Mondays)' },
] as const;

const CONTENTS = [
  { value: 'trending', label: 'Trending papers' },
  { value: 'personal', label: 'Personal: what you follow and papers like those you upvoted or saved, then trending' },
] as const;

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
          <ChoiceForm action="frequency" legend="How often" name="frequency" choices={FREQUENCIES} checked={subscription.frequency} />
          <ChoiceForm action="content" legend="What it lists" name="content" choices={CONTENTS} checked={subscription.content} stacked />
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
