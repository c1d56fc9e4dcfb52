import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { upsertPapers, type UpsertStatus } from '@/lib/papers/mutations';
import { seedDaySchema, toPaperUpserts } from './seed-data';

export type SeedSummary = Record<UpsertStatus, number> & { days: string[] };

/** Loads every prisma/seed/*.json day, each in one transaction. Re-running it changes nothing. */
export async function loadSeedDays(folder: string): Promise<SeedSummary> {
  const summary: SeedSummary = { created: 0, updated: 0, unchanged: 0, days: [] };
  const files = readdirSync(folder).filter((name) => name.endsWith('.json')).sort();
  for (const file of files) {
    const seed = seedDaySchema.parse(JSON.parse(readFileSync(path.join(folder, file), 'utf8')));
    for (const result of await upsertPapers(toPaperUpserts(seed))) summary[result.status] += 1;
    summary.days.push(seed.day);
  }
  return summary;
}
