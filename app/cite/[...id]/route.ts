import { citationResponse } from '@/lib/citations/files';
import { parsePaperRef } from '@/lib/papers/paper-ref';
import { getPaperBySlug } from '@/lib/papers/queries';

// The same for everyone, cached like the paper page it comes from.
export const revalidate = 3600;

export function generateStaticParams(): { id: string[] }[] {
  return [];
}

type Context = { params: Promise<{ id: string[] }> };

function notFound(): Response {
  return new Response('No such paper.\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/**
 * GET /cite/<paper>.bib and /cite/<paper>.txt: a paper's citation as a download, the "Download"
 * links of the paper page's "Cite this paper" (they work without script). <paper> is what
 * follows /papers/ in the paper's own address.
 */
export async function GET(_request: Request, { params }: Context) {
  const segments = [...(await params).id];
  const last = segments.pop() ?? '';
  const match = /^(.+)\.(bib|txt)$/.exec(last);
  if (!match?.[1]) return notFound();
  const ref = parsePaperRef([...segments, match[1]]);
  if (!ref) return notFound();
  const paper = await getPaperBySlug(ref.kind === 'arxiv' ? ref.id : ref.slug);
  if (!paper) return notFound();
  return citationResponse(paper, match[2] === 'bib' ? 'bib' : 'txt');
}
