import { HttpStatusError, TransientError } from '@/lib/ingest/http/polite-client';
import { ArxivApiError } from '@/lib/ingest/sources/arxiv-entry';
import { InputFormatError } from '@/lib/ingest/types';
import { refuse, type Refusal } from './types';

/**
 * A lookup that failed, as the reader is told. arXiv's own "incorrect id" error means it has no
 * such paper. No answer, a timeout, a 5xx or 429 after the retries, or an answer that is not its
 * API's, all mean arXiv could not be asked: nothing was written, try again later. Anything else
 * is a defect and is thrown.
 */
export function describeLookupFailure(error: unknown, arxivId: string): Refusal {
  if (error instanceof ArxivApiError) return refuse('unknown', `arXiv has no paper ${arxivId}.`);
  if (error instanceof TransientError || error instanceof HttpStatusError || error instanceof InputFormatError) {
    console.warn(`submission: arXiv lookup of ${arxivId} failed: ${error.message}`);
    return refuse('unavailable', 'arXiv did not answer, so nothing was submitted. Please try again in a few minutes.');
  }
  throw error;
}
