import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writePapers, type WriteContext } from '@/lib/ingest/write-papers';
import { seedDaySchema, toPaperWrites } from './seed-data';

export type SeedSummary = { created: number; updated: number; unchanged: number; skipped: number; days: string[] };

/**
 * The seed page is Hugging Face's daily list: a curated source, which owns the code links and
 * fills in the bibliography only of papers no arXiv source has described. It places its papers
 * where the file says, as the operator would.
 */
const SEED_CONTEXT: WriteContext = { source: 'seed', authority: 'curated', explicitListing: true };

/** Loads every prisma/seed/*.json day, each in one transaction. Re-running it changes nothing. */
export async function loadSeedDays(folder: string): Promise<SeedSummary> {
  const summary: SeedSummary = { created: 0, updated: 0, unchanged: 0, skipped: 0, days: [] };
  const files = readdirSync(folder).filter((name) => name.endsWith('.json')).sort();
  for (const file of files) {
    const seed = seedDaySchema.parse(JSON.parse(readFileSync(path.join(folder, file), 'utf8')));
    for (const result of await writePapers(toPaperWrites(seed), SEED_CONTEXT)) summary[result.status] += 1;
    summary.days.push(seed.day);
  }
  return summary;
}
