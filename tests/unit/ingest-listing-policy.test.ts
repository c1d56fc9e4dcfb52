import { describe, expect, it } from 'vitest';
import type { FeedDay } from '@/lib/dates/feed-day';
import { planListing, type StoredListing } from '@/lib/ingest/listing-policy';

const request = (day: string, rank: number | null = null, submittedBy: string | null = null) => ({ day: day as FeedDay, rank, submittedBy });
const stored = (day: string, source: string, rank = 4, submittedBy: string | null = null): StoredListing => ({ day, rank, submittedBy, source });

describe('which day a paper is listed on', () => {
  it('lists an unlisted paper where the source says', () => {
    expect(planListing(null, request('2025-09-04'), 'snapshot', false)).toEqual({ day: '2025-09-04', rank: null, submittedBy: null, source: 'snapshot' });
  });

  it('never moves a listing for an arXiv source: re-imports and newer versions keep their day', () => {
    expect(planListing(stored('2025-09-03', 'arxiv'), request('2025-09-04'), 'arxiv', false)).toBeNull();
    expect(planListing(stored('2025-09-03', 'hf'), request('2025-09-01'), 'oai', false)).toBeNull();
  });

  it('lets Hugging Face take over a day guessed from the submission date, and move to an earlier featured day', () => {
    expect(planListing(stored('2025-09-03', 'snapshot'), request('2025-09-05', 2), 'hf', false)).toMatchObject({ day: '2025-09-05', rank: 2, source: 'hf' });
    expect(planListing(stored('2025-09-05', 'hf'), request('2025-09-04', 1), 'hf', false)).toMatchObject({ day: '2025-09-04', rank: 1 });
    expect(planListing(stored('2025-09-04', 'hf'), request('2025-09-05', 1), 'hf', false)).toBeNull();
  });

  it('updates rank and submitter on the same Hugging Face day, and otherwise leaves it alone', () => {
    expect(planListing(stored('2025-09-04', 'hf', 4), request('2025-09-04', 2, 'akhaliq'), 'hf', false)).toMatchObject({ rank: 2, submittedBy: 'akhaliq' });
    expect(planListing(stored('2025-09-04', 'hf', 2, 'akhaliq'), request('2025-09-04', 2, 'akhaliq'), 'hf', false)).toBeNull();
  });

  it('never lets a source move what the operator or the seed listed', () => {
    expect(planListing(stored('2025-09-04', 'operator'), request('2025-09-01', 1), 'hf', false)).toBeNull();
    expect(planListing(stored('2025-09-04', 'seed'), request('2025-09-01', 1), 'hf', false)).toBeNull();
  });

  it('puts the paper where the operator says, keeping its rank on a day it is already on', () => {
    expect(planListing(stored('2025-09-04', 'hf'), request('2025-09-05'), 'arxiv', true)).toEqual({ day: '2025-09-05', rank: null, submittedBy: null, source: 'operator' });
    expect(planListing(stored('2025-09-05', 'operator', 3), request('2025-09-05'), 'arxiv', true)).toBeNull();
    expect(planListing(stored('2025-09-05', 'arxiv', 3), request('2025-09-05'), 'arxiv', true)).toMatchObject({ rank: 3, source: 'operator' });
  });

  it('lets a reader’s submission only create a listing, and no import take it over', () => {
    expect(planListing(null, { ...request('2026-12-01', null, 'ada'), submittedById: 'u1' }, 'submission', false)).toEqual({
      day: '2026-12-01',
      rank: null,
      submittedBy: 'ada',
      submittedById: 'u1',
      source: 'submission',
    });
    expect(planListing(stored('2026-11-30', 'arxiv'), request('2026-12-01', null, 'ada'), 'submission', false)).toBeNull();
    expect(planListing(stored('2026-12-01', 'submission', 3, 'ada'), request('2026-12-01', 1, 'akhaliq'), 'hf', false)).toBeNull();
    expect(planListing(stored('2026-12-01', 'submission', 3, 'ada'), request('2026-11-20'), 'arxiv', false)).toBeNull();
    // The operator may move it; the reader keeps the credit.
    expect(planListing(stored('2026-12-01', 'submission', 3, 'ada'), request('2026-12-02'), 'arxiv', true)).toMatchObject({ day: '2026-12-02', submittedBy: 'ada', source: 'operator' });
  });
});
