/**
 * Regenerates prisma/seed/2025-09-04.json from the page Daily Papers started from.
 * The app never reads ../shared at run time; this developer tool turns the page into the
 * data file the project ships.  Usage: npx tsx scripts/seed/build-seed-data.ts [page.txt]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDailyPapersPage } from '@/lib/seed/parse-daily-papers-page';
import { seedDaySchema, type SeedDay } from '@/lib/seed/seed-data';

// The page says "Sep 4" without a year; the feed it was copied from listed it on 2025-09-04.
const SEED_DAY = '2025-09-04';

const source = process.argv[2] ?? path.resolve(import.meta.dirname, '../../../shared/seed/daily-papers-page.txt');
const target = path.resolve(import.meta.dirname, `../../prisma/seed/${SEED_DAY}.json`);

const page = parseDailyPapersPage(readFileSync(source, 'utf8'));
const seed: SeedDay = seedDaySchema.parse({ day: SEED_DAY, source: 'seed', papers: page.papers });
writeFileSync(target, `${JSON.stringify(seed, null, 2)}\n`);
const withCode = seed.papers.filter((paper) => paper.codeUrl).length;
console.log(`Wrote ${seed.papers.length} papers (${withCode} with a code link) for ${seed.day} to ${path.relative(process.cwd(), target)}`);
