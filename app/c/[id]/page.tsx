import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CollectionView } from '@/components/library/collection-view';
import { feedAlternateTypes } from '@/lib/feeds/alternates';
import { getPublicCollection } from '@/lib/library/collection-queries';
import { collectionFilePaths, collectionPath } from '@/lib/library/paths';
import { collectionIdField } from '@/lib/library/schema';

// Cached like a paper page, the same for everyone; every change to the collection (an edit,
// a paper added, made private, deleted, its owner's account deleted) drops this page and its
// files on every instance (lib/library/collections.ts → lib/community/page-changes.ts).
export const revalidate = 3600;

export function generateStaticParams(): { id: string }[] {
  return [];
}

type Props = { params: Promise<{ id: string }> };

async function load(raw: string) {
  const id = collectionIdField.safeParse(raw);
  return id.success ? getPublicCollection(id.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const collection = await load((await params).id);
  if (!collection) return {};
  const files = collectionFilePaths(collection.id);
  const feeds = feedAlternateTypes();
  return {
    title: collection.title,
    description: collection.description.slice(0, 200) || `A collection of ${collection.papers.length} papers${collection.owner ? ` by ${collection.owner}` : ''}.`,
    alternates: {
      canonical: collectionPath(collection.id),
      types: {
        'application/rss+xml': [{ url: files.rss, title: `${collection.title} (RSS)` }, ...feeds['application/rss+xml']],
        'application/atom+xml': [{ url: files.atom, title: `${collection.title} (Atom)` }, ...feeds['application/atom+xml']],
      },
    },
  };
}

/** /c/<id>: a public collection. A private or missing one is 404, alike. */
export default async function CollectionPage({ params }: Props) {
  const collection = await load((await params).id);
  if (!collection) notFound();
  return <CollectionView collection={collection} />;
}
