import { collectionFeedResponse } from '@/lib/library/collection-feed';

// Cached like the collection's page; every change to the collection drops it (lib/library/collections.ts).
export const revalidate = 3600;

export function generateStaticParams(): { id: string }[] {
  return [];
}

type Context = { params: Promise<{ id: string }> };

/** RSS of a public collection: /c/<id>/feed.xml. A private or missing one is 404. */
export async function GET(_request: Request, { params }: Context) {
  return collectionFeedResponse((await params).id, 'rss');
}
