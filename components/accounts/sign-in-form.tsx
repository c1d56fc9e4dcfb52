import { FIELD } from '@/components/search/field-styles';
import { Button } from '@/components/ui/button';

/** The email form: a plain POST, so it works without JavaScript. */
export function SignInForm({ next, again = false }: { next: string; again?: boolean }) {
  return (
    <form method="post" action="/signin/send" className="space-y-3">
      <input type="hidden" name="next" value={next} />
      <label htmlFor="signin-email" className="block text-sm font-medium">
        Email address
      </label>
      <input id="signin-email" name="email" type="email" autoComplete="email" required maxLength={254} className={`${FIELD} w-full`} />
      <Button type="submit">{again ? 'Send another link' : 'Email me a sign-in link'}</Button>
    </form>
  );
}
