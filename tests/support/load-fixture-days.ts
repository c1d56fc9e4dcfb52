/**
 * Loads extra feed days for end-to-end tests: `tsx tests/support/load-fixture-days.ts <folder>`.
 * Each file is `{ day, papers: [PaperRecordInput with ISO date strings] }`, listed in file order,
 * through the importers' write path (lib/ingest/write-papers.ts), as an arXiv source would.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { FeedDay } from '@/lib/dates/feed-day';
import { writePapers, type PaperWrite } from '@/lib/ingest/write-papers';

const fixtureDaySchema = z.object({
  day: z.iso.date(),
  papers: z.array(z.looseObject({ publishedAt: z.coerce.date().optional() })),
});

const folder = path.resolve(process.argv[2] ?? 'tests/fixtures/e2e-days');
for (const file of readdirSync(folder).filter((name) => name.endsWith('.json')).sort()) {
  const { day, papers } = fixtureDaySchema.parse(JSON.parse(readFileSync(path.join(folder, file), 'utf8')));
  const results = await writePapers(
    papers.map((paper, index) => ({
      // The schema inside writePapers validates every field; this only names the type.
      paper: paper as PaperWrite['paper'],
      listing: { day: day as FeedDay, rank: index + 1, submittedBy: 'fixture' },
    })),
    { source: 'test', authority: 'arxiv', explicitListing: true },
  );
  console.log(`${day}: ${results.map((result) => `${result.slug} ${result.status}`).join(', ')}`);
}
