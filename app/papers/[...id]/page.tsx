import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { PaperDetail } from '@/components/papers/paper-detail';
import { paperPath, parsePaperRef } from '@/lib/papers/paper-ref';
import { getPaperBySlug } from '@/lib/papers/queries';

export const revalidate = 3600;

export function generateStaticParams(): { id: string[] }[] {
  return [];
}

type Props = { params: Promise<{ id: string[] }> };

async function loadPaper(segments: string[]) {
  const ref = parsePaperRef(segments);
  if (!ref) return { ref, paper: null };
  const slug = ref.kind === 'arxiv' ? ref.id : ref.slug;
  return { ref, paper: await getPaperBySlug(slug) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { paper } = await loadPaper((await params).id);
  if (!paper) return {};
  return {
    title: paper.title,
    description: paper.abstract.replace(/\s+/g, ' ').slice(0, 200),
    alternates: { canonical: paperPath(paper.slug) },
  };
}

export default async function PaperPage({ params }: Props) {
  const { ref, paper } = await loadPaper((await params).id);
  if (!ref || !paper) notFound();
  // /papers/2407.13168v2 is the same paper as /papers/2407.13168: one canonical page.
  if (ref.kind === 'arxiv' && ref.version !== null) permanentRedirect(paperPath(paper.slug));
  return (
    <main id="main">
      <PaperDetail paper={paper} />
    </main>
  );
}
