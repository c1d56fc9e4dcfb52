/**
 * Synthetic lines in the arXiv metadata snapshot's format (docs/FORMATS.md), shaped like the
 * real file: ~1.7 KB a line, hard-wrapped abstracts of 6-17 lines with leading spaces, TeX in
 * names, a few long author lists, 1-3 categories, 1-3 versions, old-style ids among the new.
 * Words follow Zipf's law over a 30,000-word vocabulary and surnames come from 5,000, as in
 * real text: a search for two ordinary words matches a few percent of papers, not all of them.
 * Deterministic, so two runs import the same data.
 */
const OLD_ARCHIVES = ['hep-th', 'hep-ph', 'gr-qc', 'math', 'cond-mat'];
const CATEGORIES = ['cs.LG', 'cs.AI', 'cs.CL', 'cs.CV', 'math.CO', 'hep-th', 'quant-ph', 'astro-ph.GA', 'cond-mat.str-el', 'stat.ML'];
const COMMON_SURNAMES = ['Streinu', 'Theran', 'Bal\\\'azs', 'M\\"uller', 'Nadolsky', 'Yuan', 'Chen', 'Garc\\\'ia', 'Okafor', 'Ivanova', 'Tanaka', 'Smith'];
const FORENAMES = ['Ileana', 'Louis', 'C.', 'Anna', 'Pavel', 'C.-P.', 'Wei', 'Mar\\\'ia', 'Chidi', 'Olga', 'Yuki', 'J. R.'];
const COMMON_WORDS = 'we study sparse attention graph decompositions pebble game colors algorithm bound transformer lattice quantum rotor spectrum model data learning network proof theorem estimate'.split(' ');
const SYLLABLES = 'ka lo mi ne ru ta vi so de pa li gu fe no za be ri mo tu sa'.split(' ');
const VOCABULARY_SIZE = 30_000;
const SURNAME_COUNT = 5_000;

/** Pseudo-word number `index`: syllables spelled from its digits, so every index is distinct. */
function coined(index: number, suffix: string): string {
  let word = '';
  for (let rest = index; ; rest = Math.floor(rest / SYLLABLES.length) - 1) {
    word = (SYLLABLES[rest % SYLLABLES.length] ?? '') + word;
    if (rest < SYLLABLES.length) break;
  }
  return `${word}${suffix}`;
}

/** The vocabulary by frequency rank: the common English words first, then coined ones. */
const WORDS = [...COMMON_WORDS, ...Array.from({ length: VOCABULARY_SIZE - COMMON_WORDS.length }, (_, index) => coined(index, 'n'))];
const SURNAMES = [...COMMON_SURNAMES, ...Array.from({ length: SURNAME_COUNT - COMMON_SURNAMES.length }, (_, index) => coined(index + 400, 'ski').replace(/^./, (first) => first.toUpperCase()))];

/** Cumulative Zipf weights (s = 1) over ranks, for sampling by binary search. */
function zipfTable(size: number): Float64Array {
  const table = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank += 1) table[rank] = total += 1 / (rank + 1);
  return table.map((value) => value / total);
}
const WORD_TABLE = zipfTable(WORDS.length);
const SURNAME_TABLE = zipfTable(SURNAMES.length);

function zipfPick(next: () => number, items: readonly string[], table: Float64Array): string {
  const target = next();
  let low = 0;
  let high = table.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((table[middle] ?? 1) < target) low = middle + 1;
    else high = middle;
  }
  return items[low] ?? '';
}

/** The word of frequency rank `rank` (0 is the most frequent), for benchmark queries. */
export function vocabularyWord(rank: number): string {
  return WORDS[rank] ?? '';
}

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T;
}

function sentence(next: () => number, words: number): string {
  return Array.from({ length: words }, () => zipfPick(next, WORDS, WORD_TABLE)).join(' ');
}

const RFC1123 = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false, timeZone: 'UTC',
});

export function rfc1123(date: Date): string {
  const parts = Object.fromEntries(RFC1123.formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts.weekday}, ${parts.day} ${parts.month} ${parts.year} ${parts.hour}:${parts.minute}:${parts.second} GMT`;
}

/** The n-th line (0-based), without its newline. */
export function snapshotLine(n: number): string {
  const next = random(n + 1);
  const oldStyle = n % 50 === 49;
  // Unique ids: 99,999 new-style numbers a month from 2007-04 on; old-style ones spread over
  // five archives and the 1990s.
  const monthIndex = 3 + Math.floor(n / 99_999);
  const year = 7 + Math.floor(monthIndex / 12);
  const month = 1 + (monthIndex % 12);
  const old = Math.floor(n / 50);
  const oldSeq = Math.floor(old / OLD_ARCHIVES.length);
  const id = oldStyle
    ? `${OLD_ARCHIVES[old % OLD_ARCHIVES.length]}/${92 + Math.floor(oldSeq / 12 / 999)}${String(1 + (oldSeq % 12)).padStart(2, '0')}${String(1 + (Math.floor(oldSeq / 12) % 999)).padStart(3, '0')}`
    : `${String(year).padStart(2, '0')}${String(month).padStart(2, '0')}.${String(1 + (n % 99_999)).padStart(5, '0')}`;
  const authorCount = n % 97 === 0 ? 120 : 1 + Math.floor(next() * 6);
  const authorsParsed = Array.from({ length: authorCount }, () => [zipfPick(next, SURNAMES, SURNAME_TABLE), pick(next, FORENAMES), '']);
  const created = new Date(Date.UTC(2000 + year, month - 1, 1 + (n % 28), n % 24, n % 60, n % 60));
  const versions = Array.from({ length: 1 + (n % 3) }, (_, index) => ({
    version: `v${index + 1}`,
    created: rfc1123(new Date(created.getTime() + index * 30 * 86_400_000)),
  }));
  const abstract = Array.from({ length: 6 + Math.floor(next() * 12) }, () => sentence(next, 11)).join('\n');
  return JSON.stringify({
    id,
    submitter: authorsParsed[0]?.[1],
    authors: authorsParsed.map(([last, first]) => `${first} ${last}`).join(', '),
    title: `${sentence(next, 5)}\n  ${sentence(next, 4)}`,
    comments: n % 3 === 0 ? `${1 + (n % 40)} pages, ${n % 9} figures` : null,
    'journal-ref': n % 5 === 0 ? `Phys. Rev. B ${n % 100}, ${n % 999} (20${year})` : null,
    doi: n % 4 === 0 ? `10.1103/PhysRevB.${n % 100}.${n % 999999}` : null,
    'report-no': null,
    categories: Array.from({ length: 1 + (n % 3) }, (_, index) => CATEGORIES[(n + index * 3) % CATEGORIES.length]).join(' '),
    license: n % 2 === 0 ? 'http://arxiv.org/licenses/nonexclusive-distrib/1.0/' : null,
    abstract: `  ${abstract}\n`,
    versions,
    update_date: versions.at(-1)?.created.slice(5, 16) ?? null,
    authors_parsed: authorsParsed,
  });
}
