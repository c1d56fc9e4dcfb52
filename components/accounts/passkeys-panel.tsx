import { FIELD } from '@/components/search/field-styles';
import { Button } from '@/components/ui/button';
import type { PasskeySummary } from '@/lib/accounts/passkeys';
import { AccountSection } from './account-section';
import { MUTED } from './account-styles';
import { PasskeyAdd } from './passkey-add';
import { When } from './when';

/** Passkeys: rename and remove are plain forms; adding one needs the browser's WebAuthn (script). */
export function PasskeysPanel({ passkeys }: { passkeys: PasskeySummary[] }) {
  return (
    <AccountSection id="passkeys" title="Passkeys">
      <p className={MUTED}>A passkey signs you in with your device’s lock (fingerprint, face or PIN) instead of an email link.</p>
      {passkeys.length === 0 ? (
        <p>You have no passkeys yet.</p>
      ) : (
        <ul className="divide-y divide-neutral-200 dark:divide-neutral-800">
          {passkeys.map((passkey) => (
            <li key={passkey.id} className="space-y-2 py-3">
              <p className="font-medium text-neutral-900 dark:text-neutral-100">
                {passkey.name}
                <span className={`${MUTED} font-normal`}>
                  {' '}
                  · {passkey.synced ? 'synced' : 'this device only'}
                  {passkey.createdAt ? (
                    <>
                      {' '}
                      · added <When at={passkey.createdAt} />
                    </>
                  ) : null}
                </span>
              </p>
              <div className="flex flex-wrap items-end gap-2">
                <form method="post" action="/account/passkeys/rename" className="flex flex-wrap items-end gap-2">
                  <input type="hidden" name="passkey" value={passkey.id} />
                  <label className="text-sm">
                    <span className="sr-only">New name for {passkey.name}</span>
                    <input name="name" required maxLength={60} defaultValue={passkey.name} className={FIELD} />
                  </label>
                  <Button type="submit" variant="secondary">
                    Rename
                  </Button>
                </form>
                <form method="post" action="/account/passkeys/remove">
                  <input type="hidden" name="passkey" value={passkey.id} />
                  <Button type="submit" variant="ghost" aria-label={`Remove ${passkey.name}`}>
                    Remove
                  </Button>
                </form>
              </div>
            </li>
          ))}
        </ul>
      )}
      <PasskeyAdd />
    </AccountSection>
  );
}
