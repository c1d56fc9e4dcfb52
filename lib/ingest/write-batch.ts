import { CURATED_LINK_KINDS } from '@/lib/papers/fingerprint';
import type { PaperRecord } from '@/lib/papers/schema';
import { slugifyTitle } from '@/lib/papers/slug';
import { deleteWhereIn, insertRows, insertRowsReturning, selectWhereIn, updateRow } from './sql';
import type { SqlConnection } from './store/connection';
import { identityKey, isNoOp, planRecord, type BatchContext, type IngestRecord, type RecordPlan, type StoredPaper } from './write-plan';

/**
 * What became of one record; `slug` is the paper's URL id (null for a skipped, unknown paper).
 * A written paper names the feed days whose lists it changed (where it was listed, and where it
 * is now), so an import can drop only those pages (lib/revalidate/import-changes.ts).
 */
export type RecordOutcome =
  | { status: 'created' | 'updated'; slug: string; days: string[] }
  | { status: 'unchanged'; slug: string }
  | { status: 'skipped'; reason: string; slug: string | null };

type WritePlan = Extract<RecordPlan, { kind: 'write' }>;

const CURATED_SQL_LIST = CURATED_LINK_KINDS.map((kind) => `'${kind}'`).join(', ');

/**
 * The one write path for papers: importers, `papers add`, the seed and the test factories all
 * come through here, so one change detector (Paper.contentHash) and one set of merge rules
 * (write-plan.ts, listing-policy.ts) apply to all of them (docs/decisions/014-one-write-path.md).
 *
 * Writes one batch in one transaction: all of it or none of it, so a crash leaves whole papers
 * and a re-run picks up from there. Reads are one indexed query per batch; writes are
 * multi-row INSERTs, plus one UPDATE per changed paper. Papers (identityKey) must be unique in
 * a batch.
 */
export async function writeBatch(
  sql: SqlConnection,
  records: readonly IngestRecord[],
  context: BatchContext,
  now: Date = new Date(),
): Promise<RecordOutcome[]> {
  return sql.transaction(async () => {
    const stored = await readStored(sql, records);
    const plans = records.map((record) => planRecord(record, stored.get(identityKey(record.paper)) ?? null, context));
    const writes = plans.filter((plan): plan is WritePlan => plan.kind === 'write' && !isNoOp(plan));
    await assignRanks(sql, writes);
    const created = writes.filter((plan) => !plan.stored);
    await claimTitleSlugs(sql, created);
    await updatePapers(sql, writes.filter((plan) => plan.stored), now);
    let ids: Map<string, number>;
    if (sql.engine === 'sqlite') {
      // SQLite's search triggers (the search migration) rewrite a paper's whole FTS5 row, title
      // and abstract tokenized again, for every author row added to an indexed paper. So new
      // papers get their ids up front and their children first, and the paper's own insert
      // trigger indexes it once with its byline: ~4x the import rate (docs/decisions/005).
      // The foreign keys are checked at COMMIT instead of per row; the pragma ends with it.
      await sql.run('PRAGMA defer_foreign_keys = ON');
      ids = await reservePaperIds(sql, created);
      await writeChildren(sql, writes, ids);
      await createPapers(sql, created, now, ids);
    } else {
      // PostgreSQL's triggers are per statement, so the order costs nothing there, and its
      // foreign keys are not deferrable: parents first, ids from the sequence.
      ids = await createPapers(sql, created, now);
      await writeChildren(sql, writes, ids);
    }
    await writeListings(sql, writes, ids, now);
    return plans.map((plan): RecordOutcome => {
      if (plan.kind === 'skip') return { status: 'skipped', reason: plan.reason, slug: stored.get(identityKey(plan.record.paper))?.slug ?? null };
      const slug = slugOf(plan);
      if (plan.stored && isNoOp(plan)) return { status: 'unchanged', slug };
      const days = [...new Set([plan.stored?.listing?.day, plan.listing?.day].filter((day): day is string => Boolean(day)))];
      return { status: plan.stored ? 'updated' : 'created', slug, days };
    });
  });
}

interface StoredRow {
  id: number;
  slug: string;
  arxivId: string | null;
  title: string;
  arxivVersion: number | null;
  contentHash: string | null;
  upvotes: number;
  numComments: number;
  day: string | null;
  rank: number | null;
  submittedBy: string | null;
  source: string | null;
}

// The stored counts a plan compares with are the imported part (what the source said last
// time), not the totals, which also count this site's votes and comments.
const STORED_SELECT = `SELECT p."id", p."slug", p."arxivId", p."title", p."arxivVersion", p."contentHash", p."importedUpvotes" AS "upvotes", p."importedComments" AS "numComments", l."day", l."rank", l."submittedBy", l."source"
     FROM "Paper" p LEFT JOIN "Listing" l ON l."paperId" = p."id"`;

/** The stored papers a batch names, by identityKey. */
async function readStored(sql: SqlConnection, records: readonly IngestRecord[]): Promise<Map<string, StoredPaper>> {
  const arxivIds: string[] = [];
  const titles: string[] = [];
  for (const { paper } of records) {
    if (paper.arxivId === null) titles.push(paper.title);
    else arxivIds.push(paper.arxivId);
  }
  const rows = await selectWhereIn<StoredRow>(sql, STORED_SELECT, 'p."arxivId"', arxivIds);
  // Only the seed page's papers have no arXiv id: a few dozen, so the unindexed title match is cheap.
  if (titles.length > 0) rows.push(...(await selectWhereIn<StoredRow>(sql, STORED_SELECT, 'p."title"', titles, ' AND p."arxivId" IS NULL')));
  const papers = new Map<number, StoredPaper>();
  for (const row of rows) {
    const listing = row.day !== null && row.rank !== null ? { day: row.day, rank: Number(row.rank), submittedBy: row.submittedBy, source: row.source ?? '' } : null;
    papers.set(Number(row.id), { ...row, id: Number(row.id), links: [], listing });
  }
  if (papers.size > 0) {
    const links = await selectWhereIn<{ paperId: number; kind: string; url: string; title: string | null }>(
      sql,
      'SELECT "paperId", "kind", "url", "title" FROM "PaperLink"',
      '"paperId"',
      [...papers.keys()],
      ` AND "kind" IN (${CURATED_SQL_LIST})`,
    );
    for (const link of links) papers.get(Number(link.paperId))?.links.push({ kind: link.kind, url: link.url, title: link.title });
  }
  return new Map([...papers.values()].map((paper) => [identityKey(paper), paper]));
}

function slugOf(plan: WritePlan): string {
  if (plan.slug === null) throw new Error(`No slug was claimed for "${plan.record.paper.title}"`);
  return plan.slug;
}

/**
 * A new paper without an arXiv id gets its title's slug, numbered when another paper (stored or
 * earlier in the batch) has it: two titles can slugify alike ("Attention!", "Attention?").
 */
async function claimTitleSlugs(sql: SqlConnection, plans: WritePlan[]): Promise<void> {
  const claimed = new Set<string>();
  for (const plan of plans) {
    if (plan.slug !== null) continue;
    const base = slugifyTitle(plan.record.paper.title);
    for (let n = 1; ; n += 1) {
      const candidate = n === 1 ? base : `${base}-${n}`;
      if (claimed.has(candidate)) continue;
      const [taken] = await sql.all<{ id: number }>('SELECT "id" FROM "Paper" WHERE "slug" = ?', [candidate]);
      if (taken) continue;
      claimed.add(candidate);
      plan.slug = candidate;
      break;
    }
  }
}

/** Gives listings without a rank the next free ranks on their day, in input order. */
async function assignRanks(sql: SqlConnection, plans: WritePlan[]): Promise<void> {
  const open = plans.filter((plan) => plan.listing && plan.listing.rank === null);
  if (open.length === 0) return;
  const days = [...new Set(open.map((plan) => plan.listing?.day ?? ''))];
  const maxima = await selectWhereIn<{ day: string; top: number | null }>(sql, 'SELECT "day", MAX("rank") AS "top" FROM "Listing"', '"day"', days, ' GROUP BY "day"');
  const next = new Map(maxima.map((row) => [row.day, Number(row.top ?? 0)]));
  for (const plan of open) {
    if (!plan.listing) continue;
    const rank = (next.get(plan.listing.day) ?? 0) + 1;
    next.set(plan.listing.day, rank);
    plan.listing = { ...plan.listing, rank };
  }
}

const PAPER_COLUMNS = ['slug', 'arxivId', 'arxivVersion', 'title', 'abstract', 'publishedAt', 'comment', 'journalRef', 'doi', 'primaryCategory', 'contentHash', 'upvotes', 'numComments', 'importedUpvotes', 'importedComments', 'createdAt', 'updatedAt'];

/**
 * The ids SQLite would give these papers, in order. Safe because the batch holds the write lock
 * (BEGIN IMMEDIATE); read from sqlite_sequence as well as MAX(id), as AUTOINCREMENT would, so an
 * id a deleted paper once had is never handed out again.
 */
async function reservePaperIds(sql: SqlConnection, plans: WritePlan[]): Promise<Map<string, number>> {
  if (plans.length === 0) return new Map();
  const [row] = await sql.all<{ last: number | null }>(
    `SELECT MAX("v") AS "last" FROM (SELECT "seq" AS "v" FROM "sqlite_sequence" WHERE "name" = 'Paper' UNION ALL SELECT MAX("id") FROM "Paper")`,
  );
  const last = Number(row?.last ?? 0);
  return new Map(plans.map((plan, index) => [slugOf(plan), last + index + 1]));
}

/** Inserts new papers, with the ids given (SQLite) or from the sequence; returns id by slug. */
async function createPapers(sql: SqlConnection, plans: WritePlan[], now: Date, given?: Map<string, number>): Promise<Map<string, number>> {
  if (plans.length === 0) return new Map();
  const rows = plans.map((plan) => [
    ...(given ? [given.get(slugOf(plan)) ?? null] : []),
    slugOf(plan),
    plan.record.paper.arxivId,
    ...metadataValues(plan.record.paper),
    plan.record.hash,
    // A new paper has no votes or comments here yet: its totals are what the source says.
    plan.record.paper.upvotes,
    plan.record.paper.numComments,
    plan.record.paper.upvotes,
    plan.record.paper.numComments,
    now,
    now,
  ]);
  if (given) {
    await insertRows(sql, 'Paper', ['id', ...PAPER_COLUMNS], rows);
    return given;
  }
  const created = await insertRowsReturning<{ id: number; slug: string }>(sql, 'Paper', PAPER_COLUMNS, rows, ['id', 'slug']);
  return new Map(created.map((row) => [row.slug, Number(row.id)]));
}

function metadataValues(paper: PaperRecord) {
  return [paper.arxivVersion, paper.title, paper.abstract, paper.publishedAt, paper.comment, paper.journalRef, paper.doi, paper.categories[0] ?? null];
}

async function updatePapers(sql: SqlConnection, plans: WritePlan[], now: Date): Promise<void> {
  for (const { record, stored, metadata, stats } of plans) {
    if (!stored || (!metadata && !stats)) continue;
    const [arxivVersion, title, abstract, publishedAt, comment, journalRef, doi, primaryCategory] = metadataValues(record.paper);
    await updateRow(
      sql,
      'Paper',
      {
        ...(metadata ? { arxivVersion, title, abstract, publishedAt, comment, journalRef, doi, primaryCategory, contentHash: record.hash } : {}),
        updatedAt: now,
      },
      'id',
      stored.id,
    );
    if (stats) {
      // In one statement, so a vote committed meanwhile is neither lost nor counted twice: the
      // totals keep their local part (total − imported) and take the source's new figure.
      await sql.run(
        `UPDATE "Paper" SET "upvotes" = "upvotes" - "importedUpvotes" + ?, "numComments" = "numComments" - "importedComments" + ?, "importedUpvotes" = ?, "importedComments" = ? WHERE "id" = ?`,
        [record.paper.upvotes, record.paper.numComments, record.paper.upvotes, record.paper.numComments, stored.id],
      );
    }
  }
  const metadataIds = plans.filter((plan) => plan.metadata).map((plan) => plan.stored?.id ?? 0);
  const statsIds = plans.filter((plan) => plan.stats).map((plan) => plan.stored?.id ?? 0);
  if (metadataIds.length > 0) {
    await deleteWhereIn(sql, 'PaperAuthor', 'paperId', metadataIds);
    await deleteWhereIn(sql, 'PaperCategory', 'paperId', metadataIds);
    await deleteWhereIn(sql, 'PaperLink', 'paperId', metadataIds, ` AND "kind" NOT IN (${CURATED_SQL_LIST})`);
  }
  if (statsIds.length > 0) await deleteWhereIn(sql, 'PaperLink', 'paperId', statsIds, ` AND "kind" IN (${CURATED_SQL_LIST})`);
}

async function writeChildren(sql: SqlConnection, plans: WritePlan[], createdIds: Map<string, number>): Promise<void> {
  const authors: (string | number | null)[][] = [];
  const categories: (string | number)[][] = [];
  const links: (string | number | null)[][] = [];
  for (const plan of plans) {
    const paperId = plan.stored?.id ?? createdIds.get(slugOf(plan));
    if (paperId === undefined) throw new Error(`No row id came back for ${slugOf(plan)}`);
    const { paper } = plan.record;
    if (plan.metadata) {
      paper.authors.forEach((author, position) => authors.push([paperId, position, author.name, author.affiliation]));
      paper.categories.forEach((code, position) => categories.push([paperId, code, position]));
    }
    for (const link of paper.links) {
      const curated = CURATED_LINK_KINDS.includes(link.kind);
      if (curated ? plan.stats : plan.metadata) links.push([paperId, link.kind, link.url, link.title]);
    }
  }
  await insertRows(sql, 'PaperAuthor', ['paperId', 'position', 'name', 'affiliation'], authors);
  await insertRows(sql, 'PaperCategory', ['paperId', 'code', 'position'], categories);
  await insertRows(sql, 'PaperLink', ['paperId', 'kind', 'url', 'title'], links);
}

async function writeListings(sql: SqlConnection, plans: WritePlan[], createdIds: Map<string, number>, now: Date): Promise<void> {
  const inserts: (string | number | Date | null)[][] = [];
  for (const plan of plans) {
    const { stored, listing } = plan;
    if (!listing || listing.rank === null) continue;
    const values = { day: listing.day, rank: listing.rank, submittedBy: listing.submittedBy, source: listing.source };
    if (stored?.listing) await updateRow(sql, 'Listing', { ...values, updatedAt: now }, 'paperId', stored.id);
    else inserts.push([stored?.id ?? createdIds.get(slugOf(plan)) ?? 0, values.day, values.rank, values.submittedBy, listing.submittedById ?? null, values.source, now, now]);
  }
  await insertRows(sql, 'Listing', ['paperId', 'day', 'rank', 'submittedBy', 'submittedById', 'source', 'createdAt', 'updatedAt'], inserts);
}
