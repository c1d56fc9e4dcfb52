import { formDone, formRefused } from '@/lib/http/form-post';
import { refusedWrite } from '@/lib/library/collection-answers';
import { updateCollection } from '@/lib/library/collections';
import { firstIssue, receiveLibraryForm } from '@/lib/library/library-form';
import { manageCollectionPath } from '@/lib/library/paths';
import { collectionFormSchema, collectionIdField } from '@/lib/library/schema';

type Context = { params: Promise<{ id: string }> };

/** POST /library/collections/<id>/edit (title, description, visibility): the owner's edit. */
export async function POST(request: Request, { params }: Context) {
  const form = await receiveLibraryForm(request, 'collection');
  if (!form.ok) return form.response;
  const { reader, received } = form;
  const id = collectionIdField.safeParse((await params).id);
  if (!id.success) return formRefused(received, 404, 'No such collection.');
  const parsed = collectionFormSchema.omit({ paper: true }).safeParse(Object.fromEntries(received.form));
  if (!parsed.success) return formRefused(received, 400, firstIssue(parsed.error, 'The collection could not be read.'));
  const result = await updateCollection(reader.id, id.data, parsed.data);
  if (result.status !== 'done') return refusedWrite(received, result);
  return formDone(received, { id: id.data, visibility: parsed.data.visibility }, 'Saved your changes.', manageCollectionPath(id.data));
}
