import { z } from 'zod';

/**
 * What the library's forms may say (issue 14, item 1): saving a paper, a collection's own
 * fields, a paper's place and note in a collection. One schema per form, used by the route
 * handlers; the limits are also the pages' `maxLength` hints.
 */
export const TITLE_MAX = 120;
export const DESCRIPTION_MAX = 2_000;
export const NOTE_MAX = 1_000;
/** Per reader: enough for any real library, small enough that one account cannot fill a disk. */
export const COLLECTIONS_PER_READER_MAX = 200;
export const PAPERS_PER_COLLECTION_MAX = 1_000;

export const VISIBILITIES = ['private', 'public'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** A paper's database id, as the cards' forms send it. */
export const paperIdField = z
  .string({ error: 'Say which paper.' })
  .regex(/^\d{1,10}$/, { error: 'No such paper.' })
  .transform(Number)
  .pipe(z.number().int().positive().max(2_147_483_647, { error: 'No such paper.' }));

/** Collection ids are random (lib/library/collections.ts): 16 lower-case letters and digits. */
export const collectionIdField = z.string({ error: 'Say which collection.' }).regex(/^[a-z0-9]{16}$/, { error: 'No such collection.' });

/** The save form: `paper` and `saved` (1 to save, 0 to remove): a desired state, not a toggle. */
export const saveFormSchema = z.object({
  paper: paperIdField,
  saved: z.enum(['0', '1'], { error: 'Say whether to save (saved=1) or not (saved=0).' }).transform((value) => value === '1'),
});

const title = z
  .string({ error: 'Give the collection a title.' })
  .transform((value) => value.replace(/\s+/g, ' ').trim())
  .pipe(z.string().min(1, { error: 'Give the collection a title.' }).max(TITLE_MAX, { error: `Keep the title under ${TITLE_MAX} characters.` }));

const description = z
  .string()
  .default('')
  .transform((value) => value.replace(/\r\n?/g, '\n').trim())
  .pipe(z.string().max(DESCRIPTION_MAX, { error: `Keep the description under ${DESCRIPTION_MAX} characters.` }));

const visibility = z.enum(VISIBILITIES, { error: 'A collection is private or public.' }).default('private');

/** A new collection, or a collection's edited fields; `paper` adds a first paper to a new one. */
export const collectionFormSchema = z.object({ title, description, visibility, paper: paperIdField.optional() });
export type CollectionFields = z.infer<typeof collectionFormSchema>;

/** A paper in a collection: add it, remove it, or set its note. */
export const collectionPaperFormSchema = z.object({
  paper: paperIdField,
  action: z.enum(['add', 'remove', 'note'], { error: 'Say what to do: add, remove or note.' }),
  note: z
    .string()
    .default('')
    .transform((value) => value.replace(/\r\n?/g, '\n').trim())
    .pipe(z.string().max(NOTE_MAX, { error: `Keep the note under ${NOTE_MAX} characters.` })),
});

/** `?page=` of a paged private list: 1 when missing or odd. */
export function pageNumber(value: string): number {
  return /^\d{1,6}$/.test(value) && Number(value) >= 1 ? Number(value) : 1;
}
