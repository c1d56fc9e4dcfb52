/**
 * `npm run papers -- add <arXiv id or URL> [--day YYYY-MM-DD]`: the operator's version of
 * Hugging Face's "Submit a paper". Looks the paper up through the arXiv API (ARXIV_API_URL)
 * and lists it on today's feed (UTC).
 */
// First: checks the environment before any other module reads it (see lib/cli/checked-env.ts).
import { env } from '@/lib/cli/checked-env';
import { parseArgs } from 'node:util';
import { parseCalendarDate } from '@/lib/dates/feed-day';
import { addPaper, AddPaperError } from '@/lib/ingest/add-paper';
import { politeClientFromEnv } from '@/lib/ingest/http/client-from-env';
import { ArxivApiError } from '@/lib/ingest/sources/arxiv-entry';
import { collectImportChanges } from '@/lib/revalidate/import-changes';
import { tellInstancesOfImport } from '@/lib/revalidate/publish-import';

const HELP = `Usage: npm run papers -- add <arXiv id or URL> [--day YYYY-MM-DD]

  add    look a paper up through the arXiv API and list it on today's feed (UTC),
         or on --day; a paper already listed elsewhere moves there`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { day: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  const [verb, reference] = positionals;
  if (values.help || !verb) {
    console.log(HELP);
    return values.help ? 0 : 2;
  }
  if (verb !== 'add' || !reference || positionals.length > 2) {
    console.error(`${HELP}\n`);
    return 2;
  }
  const day = values.day === undefined ? undefined : parseCalendarDate(values.day);
  if (day === null) {
    console.error(`--day takes a calendar date written YYYY-MM-DD, not "${values.day}".`);
    return 2;
  }
  try {
    const client = politeClientFromEnv(({ attempt, reason }) => console.error(`retrying (attempt ${attempt} failed: ${reason})`));
    const started = new Date();
    const changes = collectImportChanges();
    const added = await addPaper(reference, { client, baseUrl: env.ARXIV_API_URL, day, onChanged: (paper) => changes.add(paper) });
    console.log(`${added.arxivId} "${added.title}" is listed on ${added.day} (${added.status}).`);
    if (changes.papers > 0) await tellInstancesOfImport(changes, started, console.log, console.error);
    return 0;
  } catch (error) {
    if (error instanceof AddPaperError || error instanceof ArxivApiError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
