import { parseArgs } from 'node:util';
import { parseCalendarDate, type FeedDay } from '@/lib/dates/feed-day';

export const SOURCES = {
  arxiv: 'arXiv API (Atom): saved responses, a query URL, or query parameters (search_query=…) for --base-url',
  oai: 'OAI-PMH ListRecords (arXivRaw or arXiv): saved responses, or an endpoint URL to harvest',
  snapshot: 'arXiv metadata snapshot (Kaggle JSON Lines), streamed',
  hf: 'Hugging Face daily-papers JSON (/api/daily_papers): files (one per day, or a dump) or a ?date= URL',
} as const;

export type IngestSourceName = keyof typeof SOURCES;

export interface IngestCommand {
  source: IngestSourceName;
  inputs: string[];
  listOn: FeedDay | null;
  noList: boolean;
  since: FeedDay | null;
  categories: string[] | null;
  set: string | null;
  from: FeedDay | null;
  until: FeedDay | null;
  metadataPrefix: string;
  maxResults: number | null;
  pageSize: number;
  baseUrl: string | null;
  batchSize: number | null;
  limit: number | null;
  revalidate: boolean;
}

export const INGEST_HELP = `Usage: npm run ingest -- <source> <file-or-url...> [options]

Imports papers into the catalogue and lists them on the daily feed. Re-running an import
changes nothing; a newer version of a paper updates it and keeps its listing.

Sources:
${Object.entries(SOURCES).map(([name, text]) => `  ${name.padEnd(10)}${text}`).join('\n')}

Listing (which feed day a paper appears on):
  arxiv, oai, snapshot   the UTC day of the paper's first version
  hf                     the day Hugging Face listed it (submittedOnDailyAt, else the file's date),
                         ranked by upvotes
  --list-on YYYY-MM-DD   list every imported paper on this day instead
  --no-list              import into the catalogue without listing

Filters and options:
  --since YYYY-MM-DD     snapshot: only papers first submitted on or after this day
  --categories a,b       snapshot: only these categories; an archive (cs) takes all of its own
  --set SPEC             oai: harvest one set, e.g. cs:cs:LG
  --from / --until DAY   oai: records changed in this range (OAI datestamps)
  --metadata-prefix P    oai: arXivRaw (default) or arXiv
  --max-results N        arxiv: results to fetch in all (default: the URL's max_results, else 100)
  --page-size N          arxiv: results per request (default 100)
  --base-url URL         arxiv: API endpoint (default ARXIV_API_URL, else export.arxiv.org)
  --batch-size N         papers per transaction (default 2000)
  --limit N              stop after N records
  --no-revalidate        do not ask the running app to refresh its pages
  -h, --help             show this help

Requests to arXiv keep to one every 3 s (INGEST_REQUEST_INTERVAL_MS) and identify themselves
(INGEST_USER_AGENT, INGEST_CONTACT_EMAIL). Bad records are reported with their position and
skipped; an input that is not the source's format stops the run before anything is written.`;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Parses `<source> <inputs...> [options]`; null means help was asked for. */
export function parseIngestArgs(argv: readonly string[]): IngestCommand | null {
  const { values, positionals } = parseOrThrow(argv);
  if (values.help) return null;
  const [source, ...inputs] = positionals;
  if (!source) throw new UsageError('Name a source: arxiv, oai, snapshot or hf.');
  if (!(source in SOURCES)) throw new UsageError(`Unknown source "${source}": use arxiv, oai, snapshot or hf.`);
  if (inputs.length === 0) throw new UsageError(`Name at least one file or URL to import from.`);
  if (values['list-on'] && values['no-list']) throw new UsageError('--list-on and --no-list contradict each other.');
  return {
    source: source as IngestSourceName,
    inputs,
    listOn: day(values['list-on'], '--list-on'),
    noList: values['no-list'] === true,
    since: day(values.since, '--since'),
    categories: values.categories ? values.categories.split(/[,\s]+/).filter(Boolean) : null,
    set: values.set ?? null,
    from: day(values.from, '--from'),
    until: day(values.until, '--until'),
    metadataPrefix: values['metadata-prefix'] ?? 'arXivRaw',
    maxResults: count(values['max-results'], '--max-results'),
    pageSize: count(values['page-size'], '--page-size') ?? 100,
    baseUrl: values['base-url'] ?? null,
    batchSize: count(values['batch-size'], '--batch-size'),
    limit: count(values.limit, '--limit'),
    revalidate: values['no-revalidate'] !== true,
  };
}

function parseOrThrow(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        'list-on': { type: 'string' },
        'no-list': { type: 'boolean' },
        since: { type: 'string' },
        categories: { type: 'string' },
        set: { type: 'string' },
        from: { type: 'string' },
        until: { type: 'string' },
        'metadata-prefix': { type: 'string' },
        'max-results': { type: 'string' },
        'page-size': { type: 'string' },
        'base-url': { type: 'string' },
        'batch-size': { type: 'string' },
        limit: { type: 'string' },
        'no-revalidate': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function day(value: string | undefined, flag: string): FeedDay | null {
  if (value === undefined) return null;
  const parsed = parseCalendarDate(value);
  if (!parsed) throw new UsageError(`${flag} takes a calendar date written YYYY-MM-DD, not "${value}".`);
  return parsed;
}

function count(value: string | undefined, flag: string): number | null {
  if (value === undefined) return null;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new UsageError(`${flag} takes a positive whole number, not "${value}".`);
  return parsed;
}
