import { ImageResponse } from 'next/og';
import { toOgText } from '@/lib/papers/og-text';
import { parsePaperRef } from '@/lib/papers/paper-ref';
import { getPaperBySlug } from '@/lib/papers/queries';

import { OG_IMAGE_SIZE } from '@/lib/papers/feed-paths';

export const revalidate = 3600;

export function generateStaticParams(): { id: string[] }[] {
  return [];
}

type Context = { params: Promise<{ id: string[] }> };

/**
 * The social card of a paper (og:image, twitter:image, the API's `thumbnail`): title and
 * authors on a clean card, at /og/papers/<id>. A route handler rather than
 * app/papers/[...id]/opengraph-image.tsx because Next refuses metadata images below a
 * catch-all segment ("Catch-all must be the last part of the URL"), and paper ids need the
 * catch-all (hep-th/9608091). Only next/og's bundled font is used; toOgText drops characters
 * it lacks, because a missing glyph makes next/og fetch a font from the network.
 */
export async function GET(_request: Request, { params }: Context) {
  const ref = parsePaperRef((await params).id);
  const paper = ref ? await getPaperBySlug(ref.kind === 'arxiv' ? ref.id : ref.slug) : null;
  if (!paper) return new Response('Paper not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const title = toOgText(paper.title, 180);
  const authors = toOgText(formatAuthors(paper.authors.map((author) => author.name)), 160);
  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: 72, background: '#fafaf9', color: '#171717' }}>
        <div style={{ display: 'flex', fontSize: 30, fontWeight: 700, color: '#92400e' }}>Daily Papers</div>
        <div style={{ display: 'flex', flexDirection: 'column', gap: 28 }}>
          <div style={{ display: 'flex', fontSize: title.length > 110 ? 48 : 60, fontWeight: 700, lineHeight: 1.15 }}>{title}</div>
          {authors && <div style={{ display: 'flex', fontSize: 30, color: '#404040' }}>{authors}</div>}
        </div>
        <div style={{ display: 'flex', fontSize: 26, color: '#525252' }}>{paper.arxivId ? `arXiv:${paper.arxivId}` : ' '}</div>
      </div>
    ),
    OG_IMAGE_SIZE,
  );
}

function formatAuthors(names: string[]): string {
  if (names.length <= 4) return names.join(', ');
  return `${names.slice(0, 4).join(', ')} and ${names.length - 4} others`;
}
