import type { NextRequest } from 'next/server';
import { getHfPaper } from '@/lib/api/daily-papers';
import { apiError, apiJson, preflight } from '@/lib/api/http';
import { parsePaperRef } from '@/lib/papers/paper-ref';

type Context = { params: Promise<{ id: string[] }> };

/** Hugging Face-compatible paper: GET /api/papers/2407.13168 (old-style ids keep their slash). */
export async function GET(request: NextRequest, { params }: Context) {
  const ref = parsePaperRef((await params).id);
  const paper = ref ? await getHfPaper(ref.kind === 'arxiv' ? ref.id : ref.slug) : null;
  if (!paper) return apiError(404, 'Paper not found');
  return apiJson(paper);
}

export function OPTIONS() {
  return preflight();
}
