/**
 * What the local arXiv API (scripts/dev/arxiv-server.ts) answers, apart from the HTTP plumbing,
 * so unit tests can serve the same answers from their own servers. Recorded Atom responses are
 * read from a folder; each <entry> in them is served by its id, as arXiv's `id_list=` queries do:
 * the entries found, in the order asked, an empty feed for ids arXiv does not have, and arXiv's
 * own error entry (HTTP 400) for an id that is not one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArxivId, parseArxivReference } from '@/lib/papers/arxiv-id';

export const DEFAULT_FIXTURES_DIR = path.resolve(import.meta.dirname, '../../tests/fixtures/arxiv-api');

export interface ResponderOptions {
  /** Rewrite every entry's <published> and <updated> to shortly before now: "a paper of today". */
  datesToday?: boolean;
  now?: () => Date;
}

export interface Answer {
  status: number;
  body: string;
}

/** Every entry of every recorded response in `dir`, by arXiv id without version. */
export function loadRecordedEntries(dir: string = DEFAULT_FIXTURES_DIR): Map<string, string> {
  const entries = new Map<string, string>();
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.xml')).sort()) {
    const text = readFileSync(path.join(dir, name), 'utf8');
    for (const entry of text.match(/<entry>[\s\S]*?<\/entry>/g) ?? []) {
      const id = /<id>([^<]*)<\/id>/.exec(entry)?.[1] ?? '';
      const ref = parseArxivReference(id);
      if (ref) entries.set(ref.id, entry);
    }
  }
  return entries;
}

/** The answer to one GET of /api/query. */
export function answerQuery(url: URL, entries: ReadonlyMap<string, string>, options: ResponderOptions = {}): Answer {
  const now = options.now?.() ?? new Date();
  const ids = (url.searchParams.get('id_list') ?? '').split(',').map((id) => id.trim()).filter(Boolean);
  const bad = ids.find((id) => parseArxivId(id) === null);
  if (bad !== undefined) return { status: 400, body: errorFeed(`incorrect id format for ${bad}`, now) };
  const start = Math.max(0, Number(url.searchParams.get('start') ?? 0) || 0);
  const max = Math.max(0, Number(url.searchParams.get('max_results') ?? 10) || 10);
  // Only id_list queries are recorded: a search finds nothing here.
  const found = ids.flatMap((id) => {
    const entry = entries.get(parseArxivId(id)?.id ?? '');
    return entry ? [options.datesToday ? withDates(entry, new Date(now.getTime() - 3_600_000)) : entry] : [];
  });
  const page = found.slice(start, start + max);
  return { status: 200, body: feed(url, found.length, start, max, page, now) };
}

function withDates(entry: string, at: Date): string {
  const stamp = atomTime(at);
  return entry.replace(/<published>[^<]*<\/published>/, `<published>${stamp}</published>`).replace(/<updated>[^<]*<\/updated>/, `<updated>${stamp}</updated>`);
}

function atomTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const HEAD = `<?xml version='1.0' encoding='UTF-8'?>
<feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">`;

function feed(url: URL, total: number, start: number, max: number, entries: string[], now: Date): string {
  const query = escapeXml(`search_query=${url.searchParams.get('search_query') ?? ''}&id_list=${url.searchParams.get('id_list') ?? ''}&start=${start}&max_results=${max}`);
  return `${HEAD}
  <id>https://arxiv.org/api/local</id>
  <title>arXiv Query: ${query}</title>
  <updated>${atomTime(now)}</updated>
  <opensearch:itemsPerPage>${max}</opensearch:itemsPerPage>
  <opensearch:totalResults>${total}</opensearch:totalResults>
  <opensearch:startIndex>${start}</opensearch:startIndex>
${entries.map((entry) => `  ${entry}`).join('\n')}
</feed>
`;
}

function errorFeed(message: string, now: Date): string {
  const anchor = escapeXml(message.replace(/\s+/g, '_'));
  return `${HEAD}
  <id>https://arxiv.org/</id>
  <title>arXiv Search Results</title>
  <updated>${atomTime(now)}</updated>
  <opensearch:itemsPerPage>1</opensearch:itemsPerPage>
  <opensearch:totalResults>1</opensearch:totalResults>
  <opensearch:startIndex>0</opensearch:startIndex>
  <entry>
    <id>https://arxiv.org/api/errors#${anchor}</id>
    <title>Error</title>
    <updated>${atomTime(now)}</updated>
    <link href="https://arxiv.org/api/errors#${anchor}" rel="alternate" type="text/html"/>
    <summary>${escapeXml(message)}</summary>
    <author>
      <name>arXiv api core</name>
    </author>
  </entry>
</feed>
`;
}
