/**
 * npm run bench:recommend -- [--size N] [--engine sqlite|postgres] [--readers N] [--database-url URL]
 *
 * Offline evaluation of For you (docs/decisions/028). Synthetic readers with one interest each
 * upvote papers of the candidate window that share it; 20% of each reader's likes are held out
 * and the rest written as real PaperVote rows; then the reader's For you is computed by the
 * app's own code (buildForYou: their signals read from the database, the window's tf-idf
 * vectors, the ranking) and we count how many held-out papers come back in the top 20, against
 * a trending-only baseline. Two kinds of reader:
 *   topic     likes papers whose text has one word (a mid-frequency word of the window)
 *   category  likes papers of one arXiv category (the bench catalogue's text is unrelated to its
 *             categories, so text alone cannot find these: a floor, not a goal)
 * Also reports the time of one reader's recommendation (p50/p95) at the catalogue's size.
 * The synthetic accounts and their votes are deleted at the end (papers' counts are untouched).
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { BENCH_PG_PREFIX, sqliteCatalogueFile } from './catalogue';
import { postgresUrl } from './paths';

const { values } = parseArgs({
  options: {
    size: { type: 'string' },
    engine: { type: 'string', default: 'sqlite' },
    readers: { type: 'string', default: '100' },
    'database-url': { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log('Usage: npm run bench:recommend -- [--size 1000000] [--engine sqlite|postgres] [--readers 100] [--database-url URL]');
  process.exit(0);
}

function pickSize(): number {
  if (values.size) return Number(values.size);
  // The largest SQLite catalogue already built (npm run bench -- --sizes N --engines sqlite …).
  return [1_000_000, 100_000, 10_000].find((size) => existsSync(sqliteCatalogueFile(size))) ?? 10_000;
}
const size = pickSize();
const engine = values.engine === 'postgres' ? 'postgres' : 'sqlite';
const databaseUrl = values['database-url'] ?? (engine === 'sqlite' ? `file:${sqliteCatalogueFile(size)}` : postgresUrl(`${BENCH_PG_PREFIX}_${size}`));
if (!values['database-url'] && engine === 'sqlite' && !existsSync(sqliteCatalogueFile(size))) {
  console.error(`No catalogue at ${sqliteCatalogueFile(size)}: build it with npm run bench -- --sizes ${size} --engines sqlite --skip pages,latency,weight,scaleout,digest,ingest`);
  process.exit(2);
}
process.env.DATABASE_URL = databaseUrl;

// After DATABASE_URL is set: lib/db reads it on first use.
const { db, disconnectDb } = await import('@/lib/db');
const { buildForYou, periodBounds } = await import('@/lib/recommend/for-you');
const { trendingForReader } = await import('@/lib/recommend/rank');
const { forgetCandidateWindow, getCandidateWindow } = await import('@/lib/recommend/window');
const { centroid, dot, scoreAgainst, termCounts } = await import('@/lib/recommend/text-vectors');
const { createProgressReporter } = await import('@/lib/cli/progress-reporter');

const TOP = 20;
const LIKES_PER_READER = 20;
const HOLD_OUT = 0.2;
const readerCount = Math.max(2, Number(values.readers));

/** Deterministic, so two runs evaluate the same readers. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
const next = random(14);
const shuffle = <T>(items: T[]): T[] => {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
};

interface Reader {
  kind: 'topic' | 'category';
  interest: string;
  train: number[];
  heldOut: number[];
}

const started = performance.now();
const cold = await getCandidateWindow();
if (!cold) {
  console.error('The catalogue has no papers.');
  process.exit(2);
}
const coldMs = performance.now() - started;
// Built again in a warm process: what a new day or a new paper costs a running instance.
forgetCandidateWindow();
const rebuildStarted = performance.now();
const window = (await getCandidateWindow()) ?? cold;
const windowMs = performance.now() - rebuildStarted;
console.log(`Catalogue: ${engine}, ${size.toLocaleString('en-US')} papers (${databaseUrl.replace(/^file:/, '')})`);
console.log(`Candidate window: ${window.papers.length.toLocaleString('en-US')} papers listed ${window.start} … ${window.end}, ${window.vocabulary.words.length.toLocaleString('en-US')} terms, built in ${Math.round(windowMs)} ms when the window changes (${Math.round(coldMs)} ms in a cold process, with the first connection)`);

// Interests: words in 3-12% of the window's papers (a topic, not a stop word), and categories.
const byWord = new Map<string, number[]>();
const byCategory = new Map<string, number[]>();
for (const paper of window.papers) {
  for (const word of termCounts(paper.title, paper.abstract).keys()) byWord.set(word, [...(byWord.get(word) ?? []), paper.id]);
  for (const code of paper.categories) byCategory.set(code, [...(byCategory.get(code) ?? []), paper.id]);
}
const n = window.papers.length;
const topicWords = shuffle([...byWord].filter(([, ids]) => ids.length >= Math.max(10, n * 0.03) && ids.length <= Math.max(40, n * 0.12)));
const categories = shuffle([...byCategory].filter(([, ids]) => ids.length >= 10));

function makeReader(kind: Reader['kind'], interest: string, ids: number[]): Reader {
  const liked = shuffle(ids).slice(0, LIKES_PER_READER);
  const heldCount = Math.max(1, Math.round(liked.length * HOLD_OUT));
  return { kind, interest, heldOut: liked.slice(0, heldCount), train: liked.slice(heldCount) };
}
const readers: Reader[] = [];
for (let i = 0; readers.length < readerCount && (i < topicWords.length || i < categories.length); i += 1) {
  const topic = topicWords[i];
  if (topic && readers.filter((r) => r.kind === 'topic').length < Math.ceil(readerCount * 0.75)) readers.push(makeReader('topic', topic[0], topic[1]));
  const category = categories[i % Math.max(1, categories.length)];
  if (category && readers.length < readerCount && readers.filter((r) => r.kind === 'category').length < Math.floor(readerCount * 0.25)) readers.push(makeReader('category', category[0], category[1]));
}

const RUN = `eval-${Date.now().toString(36)}`;
const userIds = readers.map((_, index) => `${RUN}-${index}`);
const results: { kind: Reader['kind']; hits: number; baselineHits: number; heldOut: number; ms: number }[] = [];
const progress = createProgressReporter('readers', readers.length);
try {
  await db.user.createMany({ data: userIds.map((id) => ({ id, email: `${id}@example.test`, name: id })) });
  await db.paperVote.createMany({ data: readers.flatMap((reader, index) => reader.train.map((paperId) => ({ userId: userIds[index] ?? '', paperId }))) });
  const bounds = periodBounds(window, 'month');
  // Warm-up (not counted): the first query of each shape pays for the client's query compiler.
  await buildForYou(userIds[0] ?? '', 'month', TOP);
  for (const [index, reader] of readers.entries()) {
    const t0 = performance.now();
    const forYou = await buildForYou(userIds[index] ?? '', 'month', TOP);
    const ms = performance.now() - t0;
    const top = new Set(forYou.items.map((item) => item.paper.id));
    const baseline = new Set(trendingForReader(window, bounds, new Set(reader.train), TOP).map((paper) => paper.id));
    results.push({
      kind: reader.kind,
      hits: reader.heldOut.filter((id) => top.has(id)).length,
      baselineHits: reader.heldOut.filter((id) => baseline.has(id)).length,
      heldOut: reader.heldOut.length,
      ms,
    });
    progress.update(index + 1);
  }
} finally {
  progress.stop();
  await db.user.deleteMany({ where: { id: { in: userIds } } });
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};
const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
console.log(`\nHit rate@${TOP} (held-out likes found in the top ${TOP}; ${pct(HOLD_OUT)} of ${LIKES_PER_READER} likes held out per reader):`);
console.log('  readers                    recommender   trending baseline   readers with ≥1 hit (rec / base)');
for (const kind of ['topic', 'category', 'all'] as const) {
  const rows = results.filter((row) => kind === 'all' || row.kind === kind);
  if (rows.length === 0) continue;
  const held = rows.reduce((sum, row) => sum + row.heldOut, 0);
  const rec = rows.reduce((sum, row) => sum + row.hits, 0) / held;
  const base = rows.reduce((sum, row) => sum + row.baselineHits, 0) / held;
  const anyRec = rows.filter((row) => row.hits > 0).length / rows.length;
  const anyBase = rows.filter((row) => row.baselineHits > 0).length / rows.length;
  console.log(`  ${`${kind} (${rows.length})`.padEnd(26)} ${pct(rec).padStart(11)}   ${pct(base).padStart(17)}   ${pct(anyRec)} / ${pct(anyBase)}`);
}
// The same readers, ranked in memory by two profiles: the centroid (what the app does) and the
// nearest liked paper (k-NN, k = 1), which costs a dot product per liked paper per candidate.
const variants = { 'centroid (used)': 0, 'nearest liked paper': 0 };
let heldTotal = 0;
for (const reader of readers) {
  const train = reader.train.map((id) => window.byId.get(id)?.vector).filter((vector) => vector !== undefined);
  const candidates = window.papers.filter((paper) => !reader.train.includes(paper.id));
  const profile = centroid(train, window.vocabulary.words.length);
  const top = (score: (paper: (typeof candidates)[number]) => number) =>
    new Set(candidates.map((paper) => ({ id: paper.id, s: score(paper) })).sort((a, b) => b.s - a.s).slice(0, TOP).map((entry) => entry.id));
  const byCentroid = top((paper) => scoreAgainst(profile, paper.vector));
  const byNearest = top((paper) => Math.max(0, ...train.map((vector) => dot(paper.vector, vector))));
  variants['centroid (used)'] += reader.heldOut.filter((id) => byCentroid.has(id)).length;
  variants['nearest liked paper'] += reader.heldOut.filter((id) => byNearest.has(id)).length;
  heldTotal += reader.heldOut.length;
}
console.log(`\nProfiles compared in memory (all ${readers.length} readers, text only, no follows): ${Object.entries(variants).map(([name, hits]) => `${name} ${pct(hits / heldTotal)}`).join(', ')}`);

const times = results.map((row) => row.ms);
console.log(`\nOne reader's For you (signals from the database, ranking of ${window.papers.length.toLocaleString('en-US')} candidates): p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms over ${times.length} readers at ${size.toLocaleString('en-US')} papers (target: p95 < 100 ms).`);
console.log(`Total ${((performance.now() - started) / 1000).toFixed(1)} s.`);
await disconnectDb();
