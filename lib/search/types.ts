import type { PaperDetail } from '@/lib/papers/types';
import type { TextSegment } from './highlight';

/**
 * A paper in search results (and in "similar papers"): the paper's detail shape, so the JSON
 * route maps it with lib/api/hf-shape.ts unchanged, plus the engine's highlights.
 */
export interface SearchHit extends PaperDetail {
  /** The title with the matched words marked. */
  titleHighlight: TextSegment[];
  /** The best passage of the abstract (or its start), with the matched words marked. */
  snippet: TextSegment[];
}

export interface SearchResults {
  /** The query as it was understood (trimmed, capped); empty means nothing was searched. */
  q: string;
  page: number;
  hits: SearchHit[];
  hasPrevious: boolean;
  hasNext: boolean;
}
