import { formDone, formRefused } from '@/lib/http/form-post';
import { refusedWrite } from '@/lib/library/collection-answers';
import { createCollection } from '@/lib/library/collections';
import { firstIssue, receiveLibraryForm } from '@/lib/library/library-form';
import { manageCollectionPath } from '@/lib/library/paths';
import { collectionFormSchema } from '@/lib/library/schema';

/**
 * POST /library/collections/new (title, description, visibility, paper?, back?): a new
 * collection, with a first paper when made from "Add to collection". Back to `back` when the
 * form says where, else to the new collection's own page.
 */
export async function POST(request: Request) {
  const form = await receiveLibraryForm(request, 'collection');
  if (!form.ok) return form.response;
  const { reader, received } = form;
  const parsed = collectionFormSchema.safeParse(Object.fromEntries(received.form));
  if (!parsed.success) return formRefused(received, 400, firstIssue(parsed.error, 'The collection could not be read.'));
  const result = await createCollection(reader.id, parsed.data);
  if (result.status !== 'done') return refusedWrite(received, result);
  const backTo = received.form.has('back') ? received.back : manageCollectionPath(result.id);
  return formDone(received, { id: result.id }, `Created “${parsed.data.title}”.`, backTo);
}
