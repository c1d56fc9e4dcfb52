import { formRefused, type ReceivedForm } from '@/lib/http/form-post';
import type { CollectionWrite } from './collections';

/**
 * The refusal for a collection write that did not happen. Someone else's collection is "not
 * found", word for word what a missing one gets: a private collection's existence is not told.
 */
export function refusedWrite(received: ReceivedForm, result: Exclude<CollectionWrite, { status: 'done' }>): Response {
  switch (result.status) {
    case 'not-found':
      return formRefused(received, 404, 'No such collection.');
    case 'no-paper':
      return formRefused(received, 404, 'No such paper (or it is not in this collection).');
    case 'too-many':
      return formRefused(received, 409, result.message);
  }
}
