/**
 * `npm run ingest -- <source> <file-or-url...> [options]`: imports papers from the arXiv API,
 * OAI-PMH, the arXiv metadata snapshot or Hugging Face daily-papers JSON. See --help.
 * It writes through its own connection (lib/ingest/store) and never loads the Prisma client,
 * which would cost ~100 MB of the importer's memory budget.
 */
// First: checks the environment before any other module reads it (see lib/cli/checked-env.ts).
import '@/lib/cli/checked-env';
import { runIngestCommand } from '@/lib/ingest/cli/run-command';

process.exitCode = await runIngestCommand(process.argv.slice(2));
