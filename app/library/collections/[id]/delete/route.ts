import { formDone, formRefused } from '@/lib/http/form-post';
import { refusedWrite } from '@/lib/library/collection-answers';
import { deleteCollection } from '@/lib/library/collections';
import { receiveLibraryForm } from '@/lib/library/library-form';
import { COLLECTIONS_PATH } from '@/lib/library/paths';
import { collectionIdField } from '@/lib/library/schema';

type Context = { params: Promise<{ id: string }> };

/** POST /library/collections/<id>/delete: the collection and its notes go; the papers stay saved. */
export async function POST(request: Request, { params }: Context) {
  const form = await receiveLibraryForm(request, 'collection');
  if (!form.ok) return form.response;
  const { reader, received } = form;
  const id = collectionIdField.safeParse((await params).id);
  if (!id.success) return formRefused(received, 404, 'No such collection.');
  const result = await deleteCollection(reader.id, id.data);
  if (result.status !== 'done') return refusedWrite(received, result);
  return formDone(received, { id: id.data, deleted: true }, 'Deleted the collection.', COLLECTIONS_PATH);
}
