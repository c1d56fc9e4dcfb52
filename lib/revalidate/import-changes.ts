import { categoryPathsOf, dayPagePaths, FRONT_PATHS, LATEST_API_PATH, listPathsOfDay, type ChangedPath } from '@/lib/community/changed-paths';
import { parseCalendarDate, type FeedDay } from '@/lib/dates/feed-day';
import { paperImagePath } from '@/lib/papers/feed-paths';
import { paperPath } from '@/lib/papers/paper-ref';

/**
 * What an import changed, gathered as it writes (lib/ingest/pipeline.ts reports each paper it
 * created or updated), so that only the pages showing those papers are dropped afterwards
 * (docs/decisions/026): each paper's page, its days' lists (and their weeks and months) with
 * their variants, its categories' archives and feeds, the front page and the feeds. Past
 * MAX_TARGETED_PAPERS papers (a bulk load) it stops counting: every page is dropped instead.
 */
export const MAX_TARGETED_PAPERS = 5_000;

export interface ChangedPaper {
  slug: string;
  /** The days whose lists it joined or left (where it was listed before, and where it is now). */
  days: readonly string[];
  categories: readonly string[];
}

export interface ImportChanges {
  add(paper: ChangedPaper): void;
  /** True once too many papers changed for a list of pages to be worth it. */
  readonly everything: boolean;
  readonly papers: number;
  readonly slugs: ReadonlySet<string>;
  /** Each day touched, with the categories of the papers that changed on it. */
  readonly days: ReadonlyMap<FeedDay, ReadonlySet<string>>;
  readonly categories: ReadonlySet<string>;
}

export function collectImportChanges(maxPapers = MAX_TARGETED_PAPERS): ImportChanges {
  let everything = false;
  let papers = 0;
  const slugs = new Set<string>();
  const days = new Map<FeedDay, Set<string>>();
  const categories = new Set<string>();
  return {
    add(paper) {
      papers += 1;
      if (everything) return;
      if (papers > maxPapers) {
        everything = true;
        slugs.clear();
        days.clear();
        categories.clear();
        return;
      }
      slugs.add(paper.slug);
      for (const code of paper.categories) categories.add(code);
      for (const value of paper.days) {
        const day = parseCalendarDate(value);
        if (!day) continue;
        const codes = days.get(day) ?? new Set<string>();
        for (const code of paper.categories) codes.add(code);
        days.set(day, codes);
      }
    },
    get everything() {
      return everything;
    },
    get papers() {
      return papers;
    },
    slugs,
    days,
    categories,
  };
}

/**
 * Days next to a day that gained its first papers or lost its last: their "previous/next day"
 * links changed. With the categories on them, for their variant pages.
 */
export interface NeighbourDay {
  day: FeedDay;
  categories: readonly string[];
}

/** Sitemaps whose entries changed: the index, the one of list pages, the papers' last ones. */
export interface SitemapChange {
  /** How many sitemaps of papers there are now (ids 1…count). */
  paperSitemaps: number;
  /** New days or papers: the index and the last paper sitemaps changed. */
  grew: boolean;
}

export function changedPathsOfImport(changes: ImportChanges, neighbours: readonly NeighbourDay[] = [], sitemaps?: SitemapChange): ChangedPath[] {
  // Cached search API answers (5 minutes) may now miss a new paper: they all go.
  const paths = new Set<ChangedPath>([...FRONT_PATHS, LATEST_API_PATH, '/api/papers/search']);
  for (const slug of changes.slugs) {
    paths.add(paperPath(slug));
    paths.add(`/api${paperPath(slug)}`);
    paths.add(paperImagePath(paperPath(slug)));
  }
  for (const [day, codes] of changes.days) for (const path of listPathsOfDay(day, codes)) paths.add(path);
  for (const path of categoryPathsOf(changes.categories)) paths.add(path);
  for (const { day, categories } of neighbours) for (const path of dayPagePaths(day, categories)) paths.add(path);
  if (sitemaps?.grew) {
    paths.add('/sitemap.xml');
    paths.add('/sitemaps/sitemap/0.xml');
    // New papers take the highest ids: they are in the last sitemap, or spill into a new one.
    for (let id = Math.max(1, sitemaps.paperSitemaps - 1); id <= sitemaps.paperSitemaps; id += 1) paths.add(`/sitemaps/sitemap/${id}.xml`);
  }
  return [...paths];
}
