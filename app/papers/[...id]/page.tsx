import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { cache } from 'react';
import { PaperDetail } from '@/components/papers/paper-detail';
import { SimilarPapers } from '@/components/search/similar-papers';
import { feedAlternateTypes } from '@/lib/feeds/alternates';
import { toPlainText } from '@/lib/math/rich-text';
import { OG_IMAGE_SIZE, paperImagePath } from '@/lib/papers/feed-paths';
import { buildScholarlyArticle, serializeJsonLd } from '@/lib/papers/json-ld';
import { paperPath, parsePaperRef } from '@/lib/papers/paper-ref';
import { absoluteUrl } from '@/lib/site-url';
import { getPaperBySlug } from '@/lib/papers/queries';
import { similarPapersOf } from '@/lib/search/similar-papers';

export const revalidate = 3600;

export function generateStaticParams(): { id: string[] }[] {
  return [];
}

type Props = { params: Promise<{ id: string[] }> };

// generateMetadata and the page both need the paper: one query per render, not two.
const paperBySlug = cache(getPaperBySlug);

async function loadPaper(segments: string[]) {
  const ref = parsePaperRef(segments);
  if (!ref) return { ref, paper: null };
  const slug = ref.kind === 'arxiv' ? ref.id : ref.slug;
  return { ref, paper: await paperBySlug(slug) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { paper } = await loadPaper((await params).id);
  if (!paper) return {};
  const title = toPlainText(paper.title);
  const description = toPlainText(paper.abstract).replace(/\s+/g, ' ').slice(0, 200);
  const image = { url: paperImagePath(paperPath(paper.slug)), ...OG_IMAGE_SIZE, alt: `${title}: title and authors` };
  return {
    title,
    description,
    alternates: { canonical: paperPath(paper.slug), types: feedAlternateTypes() },
    openGraph: {
      type: 'article',
      siteName: 'Daily Papers',
      title,
      description,
      url: paperPath(paper.slug),
      authors: paper.authors.slice(0, 20).map((author) => author.name),
      ...(paper.publishedAt ? { publishedTime: paper.publishedAt.toISOString() } : {}),
      images: [image],
    },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  };
}

export default async function PaperPage({ params }: Props) {
  const { ref, paper } = await loadPaper((await params).id);
  if (!ref || !paper) notFound();
  // /papers/2407.13168v2 is the same paper as /papers/2407.13168: one canonical page.
  if (ref.kind === 'arxiv' && ref.version !== null) permanentRedirect(paperPath(paper.slug));
  return (
    <main id="main">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(buildScholarlyArticle(paper, absoluteUrl(paperPath(paper.slug)))) }} />
      <PaperDetail paper={paper} />
      <SimilarPapers papers={await similarPapersOf(paper)} />
    </main>
  );
}
