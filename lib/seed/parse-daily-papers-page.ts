import { findCodeUrlInAbstract } from '@/lib/papers/abstract';

/** The header lines of the page Daily Papers started from, in order. */
export const SEED_PAGE_HEADER = [
  'new',
  'Get trending papers in your email inbox!',
  'Subscribe',
  'Daily Papers',
  'by AK and the research community',
] as const;

export interface SeedPagePaper {
  title: string;
  abstract: string;
  codeUrl: string | null;
}

export interface SeedPage {
  /** The date heading as printed, e.g. "Sep 4" (the page names no year). */
  dateLabel: string;
  papers: SeedPagePaper[];
}

export class SeedPageFormatError extends Error {
  override name = 'SeedPageFormatError';
}

// Titles are one line; abstracts on the page run to hundreds of characters.
const MAX_TITLE_LENGTH = 300;
const DATE_LABEL = /^[A-Z][a-z]{2} \d{1,2}$/;

/**
 * Parses the text of a Hugging Face "Daily Papers" page as copied from a browser: the header,
 * a date heading, then a title line and an abstract paragraph per paper, blank-line separated.
 * The copy glues "by" to "AK"; the parser accepts both spellings.
 */
export function parseDailyPapersPage(text: string): SeedPage {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);

  const header = blocks.slice(0, SEED_PAGE_HEADER.length).map((line) => line.replace(/^byAK\b/, 'by AK'));
  SEED_PAGE_HEADER.forEach((expected, index) => {
    if (header[index] !== expected) {
      throw new SeedPageFormatError(
        `Line block ${index + 1} should be "${expected}" but is "${header[index] ?? '(missing)'}"`,
      );
    }
  });

  const dateLabel = blocks[SEED_PAGE_HEADER.length];
  if (!dateLabel || !DATE_LABEL.test(dateLabel)) {
    throw new SeedPageFormatError(`Expected a date heading like "Sep 4", found "${dateLabel ?? '(missing)'}"`);
  }

  const body = blocks.slice(SEED_PAGE_HEADER.length + 1);
  if (body.length % 2 !== 0) {
    throw new SeedPageFormatError(`Expected title/abstract pairs, found ${body.length} blocks (an odd number)`);
  }

  const papers: SeedPagePaper[] = [];
  for (let index = 0; index < body.length; index += 2) {
    const title = body[index] ?? '';
    const abstract = body[index + 1] ?? '';
    const position = index / 2 + 1;
    if (title.includes('\n') || title.length > MAX_TITLE_LENGTH) {
      throw new SeedPageFormatError(`Paper ${position}: "${title.slice(0, 60)}…" does not look like a title`);
    }
    if (abstract.length <= title.length) {
      throw new SeedPageFormatError(`Paper ${position} ("${title}"): the abstract is missing or shorter than its title`);
    }
    papers.push({ title, abstract, codeUrl: findCodeUrlInAbstract(abstract) });
  }
  return { dateLabel, papers };
}
