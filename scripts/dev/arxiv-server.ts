/**
 * A local server that answers like arXiv's API, for development, demos and the e2e tests:
 *   npm run arxiv:local -- [--port 8089] [--dir tests/fixtures/arxiv-api] [--today] [--status 503]
 * then run the app with ARXIV_API_URL=http://127.0.0.1:8089/api/query. It serves the entries of
 * the recorded responses in --dir by id (scripts/dev/arxiv-responses.ts). --today rewrites their
 * publication dates to an hour ago, so the submission age limit (SUBMIT_MAX_AGE_DAYS) lets them
 * through; --status answers every request with that HTTP status instead (arXiv being down).
 * Listens on 127.0.0.1 only.
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { answerQuery, DEFAULT_FIXTURES_DIR, loadRecordedEntries } from './arxiv-responses';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8089' },
    dir: { type: 'string', default: DEFAULT_FIXTURES_DIR },
    today: { type: 'boolean', default: false },
    status: { type: 'string' },
  },
});
const entries = loadRecordedEntries(values.dir);
const forcedStatus = values.status ? Number(values.status) : null;

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  if (forcedStatus !== null) {
    response.writeHead(forcedStatus, { 'content-type': 'text/plain; charset=utf-8' }).end(`HTTP ${forcedStatus} (arxiv:local --status)\n`);
    return;
  }
  if (request.method !== 'GET' || url.pathname !== '/api/query') {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Only GET /api/query is served here.\n');
    return;
  }
  const answer = answerQuery(url, entries, { datesToday: values.today });
  response.writeHead(answer.status, { 'content-type': 'application/atom+xml; charset=utf-8' }).end(answer.body);
});

server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`arXiv API on http://127.0.0.1:${values.port}/api/query: ${entries.size} papers from ${values.dir}${values.today ? ', dated today' : ''}`);
  console.log(`  papers: ${[...entries.keys()].join(', ')}`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
}
