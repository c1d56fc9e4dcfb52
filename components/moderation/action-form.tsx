import { Button } from '@/components/ui/button';
import type { ButtonVariant } from '@/components/ui/button-styles';
import { FIELD } from '@/components/search/field-styles';
import { REASON_MAX_LENGTH } from '@/lib/moderation/log';

/**
 * One moderation action as a plain form: it works without script, posts the desired state
 * (`action=hide`, never "toggle") and comes back to `back` with the outcome. With `reason`,
 * it asks for an optional reason, which the log keeps (`id` unique on the page, `label` saying
 * which action it is for, since a card holds several such fields).
 */
export function ActionForm({ endpoint, fields, back, label, variant = 'secondary', reason }: { endpoint: string; fields: Record<string, string | number>; back: string; label: string; variant?: ButtonVariant; reason?: { id: string; label: string } }) {
  return (
    <form method="post" action={endpoint} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="back" value={back} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {reason ? (
        <span className="flex min-w-0 flex-col gap-1">
          <label htmlFor={reason.id} className="text-xs font-medium text-neutral-700 dark:text-neutral-300">
            {reason.label} (optional, logged)
          </label>
          <input id={reason.id} name="reason" maxLength={REASON_MAX_LENGTH} className={`${FIELD} w-56 max-w-full`} />
        </span>
      ) : null}
      <Button type="submit" variant={variant}>
        {label}
      </Button>
    </form>
  );
}
