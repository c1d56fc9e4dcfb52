import { notFound } from 'next/navigation';
import { paperBySlug } from '../../../catalogue';

export const dynamic = 'force-dynamic';

export default async function PaperPage({ params }) {
  const { id } = await params;
  const paper = await paperBySlug(id);
  if (!paper) notFound();
  return (
    <main>
      <h1>{paper.title}</h1>
      <p>{paper.authors}</p>
      <p>{paper.abstract}</p>
    </main>
  );
}
