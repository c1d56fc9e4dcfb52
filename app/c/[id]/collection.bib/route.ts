import { bibtexFileResponse } from '@/lib/citations/files';
import { listPublicCollectionPapers } from '@/lib/library/collection-queries';
import { collectionIdField } from '@/lib/library/schema';

// Cached like the collection's page; every change to the collection drops it (lib/library/collections.ts).
export const revalidate = 3600;

export function generateStaticParams(): { id: string }[] {
  return [];
}

type Context = { params: Promise<{ id: string }> };

/** Every paper of a public collection as one .bib file: /c/<id>/collection.bib. */
export async function GET(_request: Request, { params }: Context) {
  const id = collectionIdField.safeParse((await params).id);
  const papers = id.success ? await listPublicCollectionPapers(id.data) : null;
  if (!id.success || !papers) return new Response('No such collection.\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return bibtexFileResponse(
    papers.map((entry) => entry.paper),
    `collection-${id.data}`,
  );
}
