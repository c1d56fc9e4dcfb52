import { SECTION, SECTION_TITLE } from '@/components/accounts/account-styles';
import { Button } from '@/components/ui/button';
import { CollectionFields } from './collection-fields';

/** "New collection"; from a paper's "Add to collection", the paper goes in and the form comes back. */
export function NewCollectionForm({ paperId, back }: { paperId?: number; back?: string }) {
  return (
    <section aria-labelledby="new-collection-heading" className={SECTION}>
      <h2 id="new-collection-heading" className={SECTION_TITLE}>
        {paperId ? 'New collection with this paper' : 'New collection'}
      </h2>
      <form method="post" action="/library/collections/new" className="mt-3 space-y-3">
        {paperId !== undefined && <input type="hidden" name="paper" value={paperId} />}
        {back && <input type="hidden" name="back" value={back} />}
        <CollectionFields idPrefix="new-collection" />
        <Button type="submit">Create collection</Button>
      </form>
    </section>
  );
}
