import { FIELD } from '@/components/search/field-styles';
import { SUBMIT_SEND_PATH } from '@/lib/submissions/paths';
import { MAX_REFERENCE_LENGTH } from '@/lib/submissions/reference';
import { PendingButton } from './pending-button';

/** The "Submit a paper" form: one field, an arXiv id or link. A plain POST, no script needed. */
export function SubmitForm({ value, invalid }: { value: string; invalid: boolean }) {
  return (
    <form method="post" action={SUBMIT_SEND_PATH} className="space-y-3">
      <label htmlFor="submit-paper" className="block text-sm font-medium text-neutral-900 dark:text-neutral-100">
        arXiv id or link
      </label>
      <input
        id="submit-paper"
        name="paper"
        required
        maxLength={MAX_REFERENCE_LENGTH}
        defaultValue={value}
        placeholder="2409.01234 or https://arxiv.org/abs/2409.01234"
        autoComplete="off"
        spellCheck={false}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? 'submit-error submit-paper-help' : 'submit-paper-help'}
        className={`${FIELD} w-full font-mono`}
      />
      <p id="submit-paper-help" className="text-sm text-neutral-600 dark:text-neutral-400">
        An id such as <code>2409.01234</code>, <code>2409.01234v2</code> or <code>hep-th/9608091</code>, or its abs, pdf or html page on arxiv.org.
      </p>
      <PendingButton pendingLabel="Looking it up on arXiv…">Submit</PendingButton>
    </form>
  );
}
