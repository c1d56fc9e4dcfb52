import { receiveLibraryForm, firstIssue } from '@/lib/library/library-form';
import { setSaved } from '@/lib/library/saved';
import { saveFormSchema } from '@/lib/library/schema';
import { formDone, formRefused } from '@/lib/http/form-post';

/**
 * POST /library/save (paper, saved=1|0, back): the Save button of every card and paper page.
 * The desired state, not a toggle: a retry leaves what one request did. Without script, a 303
 * back to the card (`back` carries its #anchor); with script, JSON {paper, saved}. Saving
 * changes no shared page (whose HTML never says who saved what), so nothing is revalidated.
 */
export async function POST(request: Request) {
  const form = await receiveLibraryForm(request, 'save');
  if (!form.ok) return form.response;
  const { reader, received } = form;
  const parsed = saveFormSchema.safeParse(Object.fromEntries(received.form));
  if (!parsed.success) return formRefused(received, 400, firstIssue(parsed.error, 'The form could not be read.'));
  const result = await setSaved(reader.id, parsed.data.paper, parsed.data.saved);
  if (result.status === 'no-paper') return formRefused(received, 404, 'No such paper.');
  return formDone(received, { paper: parsed.data.paper, saved: result.saved });
}
