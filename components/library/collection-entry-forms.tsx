import { FIELD } from '@/components/search/field-styles';
import { Button } from '@/components/ui/button';
import { NOTE_MAX } from '@/lib/library/schema';

/** The owner's note on a paper in a collection, and "Remove": both come back to the paper. */
export function CollectionEntryForms({ collectionId, paperId, note, back, titleText }: { collectionId: string; paperId: number; note: string; back: string; titleText: string }) {
  const action = `/library/collections/${collectionId}/papers`;
  const noteId = `note-${paperId}`;
  return (
    <div className="mt-3 space-y-2">
      <form method="post" action={action} className="space-y-1">
        <input type="hidden" name="paper" value={paperId} />
        <input type="hidden" name="action" value="note" />
        <input type="hidden" name="back" value={back} />
        <label htmlFor={noteId} className="block text-sm font-medium text-neutral-800 dark:text-neutral-200">
          Your note<span className="sr-only"> on {titleText}</span>
        </label>
        <textarea id={noteId} name="note" rows={2} maxLength={NOTE_MAX} defaultValue={note} className={`${FIELD} w-full`} />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" variant="secondary">
            Save note<span className="sr-only"> on {titleText}</span>
          </Button>
        </div>
      </form>
      <form method="post" action={action}>
        <input type="hidden" name="paper" value={paperId} />
        <input type="hidden" name="action" value="remove" />
        <input type="hidden" name="back" value={back} />
        <Button type="submit" variant="ghost">
          Remove from collection<span className="sr-only">: {titleText}</span>
        </Button>
      </form>
    </div>
  );
}
