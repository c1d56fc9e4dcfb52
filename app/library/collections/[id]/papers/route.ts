import { formDone, formRefused } from '@/lib/http/form-post';
import { refusedWrite } from '@/lib/library/collection-answers';
import { setCollectionPaper } from '@/lib/library/collections';
import { firstIssue, receiveLibraryForm } from '@/lib/library/library-form';
import { collectionIdField, collectionPaperFormSchema } from '@/lib/library/schema';

type Context = { params: Promise<{ id: string }> };

const NOTICES = { add: 'Added to the collection.', remove: 'Removed from the collection.', note: 'Saved the note.' } as const;

/**
 * POST /library/collections/<id>/papers (paper, action=add|remove|note, note, back): a paper's
 * place in the collection, and the owner's note on it. Each is a desired state (adding twice
 * keeps one entry), then a 303 back to the page the form was on.
 */
export async function POST(request: Request, { params }: Context) {
  const form = await receiveLibraryForm(request, 'collection');
  if (!form.ok) return form.response;
  const { reader, received } = form;
  const id = collectionIdField.safeParse((await params).id);
  if (!id.success) return formRefused(received, 404, 'No such collection.');
  const parsed = collectionPaperFormSchema.safeParse(Object.fromEntries(received.form));
  if (!parsed.success) return formRefused(received, 400, firstIssue(parsed.error, 'The form could not be read.'));
  const { paper, action, note } = parsed.data;
  const result = await setCollectionPaper(reader.id, id.data, paper, action, note);
  if (result.status !== 'done') return refusedWrite(received, result);
  return formDone(received, { id: id.data, paper, action, changed: result.changed }, NOTICES[action]);
}
