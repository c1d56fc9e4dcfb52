/**
 * Loads extra feed days for end-to-end tests: `tsx tests/support/load-fixture-days.ts <folder>`.
 * Each file is `{ day, papers: [PaperRecordInput with ISO date strings] }`, listed in file order.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { disconnectDb } from '@/lib/db';
import { upsertPapers } from '@/lib/papers/mutations';

const fixtureDaySchema = z.object({
  day: z.iso.date(),
  papers: z.array(z.looseObject({ publishedAt: z.coerce.date().optional() })),
});

const folder = path.resolve(process.argv[2] ?? 'tests/fixtures/e2e-days');
try {
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.json')).sort()) {
    const { day, papers } = fixtureDaySchema.parse(JSON.parse(readFileSync(path.join(folder, file), 'utf8')));
    const results = await upsertPapers(
      papers.map((paper, index) => ({
        paper: paper as Parameters<typeof upsertPapers>[0][number]['paper'],
        listing: { day, rank: index + 1, submittedBy: 'fixture', source: 'test' },
      })),
    );
    console.log(`${day}: ${results.map((result) => `${result.slug} ${result.status}`).join(', ')}`);
  }
} finally {
  await disconnectDb();
}
