/**
 * `prisma db seed` (and `npm run db:seed`): loads the shipped seed days through the importers'
 * write path (lib/ingest/write-papers.ts). Idempotent.
 */
// First: checks the environment before any other module reads it (see lib/cli/checked-env.ts).
import '@/lib/cli/checked-env';
import path from 'node:path';
import { notifyAppOfChanges } from '@/lib/revalidate/notify-app';
import { loadSeedDays } from '@/lib/seed/load-seed-days';

const folder = path.resolve(import.meta.dirname, 'seed');

const summary = await loadSeedDays(folder);
console.log(
  `Seeded ${summary.days.join(', ')}: ${summary.created} created, ${summary.updated} updated, ${summary.unchanged} unchanged` +
    `${summary.skipped > 0 ? `, ${summary.skipped} skipped` : ''}.`,
);
if (summary.created + summary.updated > 0) {
  for (const result of await notifyAppOfChanges()) console.log(`  app at ${result.url}: ${result.detail}`);
}
