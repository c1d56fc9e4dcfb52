import { AccountSection } from '@/components/accounts/account-section';
import { FIELD } from '@/components/search/field-styles';
import { Button } from '@/components/ui/button';
import { FOLLOWING_PATH } from '@/lib/follows/schema';

/** Follow something by typing it: a category code, an author's name or a search. */
export function AddFollowForm() {
  return (
    <AccountSection id="follow-new" title="Follow something new">
      <form method="post" action="/follows" className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="on" value="1" />
        <input type="hidden" name="back" value={FOLLOWING_PATH} />
        <label className="flex flex-col gap-1 text-sm font-medium">
          What
          <select name="kind" className={FIELD} defaultValue="query">
            <option value="query">A search</option>
            <option value="category">A category (like cs.LG)</option>
            <option value="author">An author (name as on papers)</option>
          </select>
        </label>
        <label className="flex min-w-48 flex-1 flex-col gap-1 text-sm font-medium">
          Value
          <input name="value" required maxLength={200} className={FIELD} placeholder="diffusion models" />
        </label>
        <Button type="submit" variant="secondary">
          Follow
        </Button>
      </form>
    </AccountSection>
  );
}
