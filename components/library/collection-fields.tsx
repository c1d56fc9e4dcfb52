import { FIELD } from '@/components/search/field-styles';
import { DESCRIPTION_MAX, TITLE_MAX, type Visibility } from '@/lib/library/schema';

const LABEL = 'block text-sm font-medium text-neutral-800 dark:text-neutral-200';

/** A collection's own fields, for the "new collection" forms and the owner's edit form. */
export function CollectionFields({ idPrefix, values }: { idPrefix: string; values?: { title: string; description: string; visibility: Visibility } }) {
  const visibility = values?.visibility ?? 'private';
  return (
    <>
      <div className="space-y-1">
        <label htmlFor={`${idPrefix}-title`} className={LABEL}>
          Title
        </label>
        <input id={`${idPrefix}-title`} name="title" required maxLength={TITLE_MAX} defaultValue={values?.title} autoComplete="off" className={`${FIELD} w-full`} />
      </div>
      <div className="space-y-1">
        <label htmlFor={`${idPrefix}-description`} className={LABEL}>
          Description <span className="font-normal text-neutral-600 dark:text-neutral-400">(optional)</span>
        </label>
        <textarea id={`${idPrefix}-description`} name="description" rows={3} maxLength={DESCRIPTION_MAX} defaultValue={values?.description} className={`${FIELD} w-full`} />
      </div>
      <fieldset className="space-y-1">
        <legend className={LABEL}>Who can see it</legend>
        <div className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
          <label className="inline-flex items-center gap-2">
            <input type="radio" name="visibility" value="private" defaultChecked={visibility === 'private'} /> Only me
          </label>
          <label className="inline-flex items-center gap-2">
            <input type="radio" name="visibility" value="public" defaultChecked={visibility === 'public'} /> Anyone with the link (a public page, feeds and BibTeX)
          </label>
        </div>
      </fieldset>
    </>
  );
}
