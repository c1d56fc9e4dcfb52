import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDailyPapersPage, SeedPageFormatError } from '@/lib/seed/parse-daily-papers-page';
import { seedDaySchema, toPaperWrites } from '@/lib/seed/seed-data';

const root = path.resolve(import.meta.dirname, '../..');
const pageText = readFileSync(path.resolve(root, '../shared/seed/daily-papers-page.txt'), 'utf8');
const shipped = seedDaySchema.parse(JSON.parse(readFileSync(path.join(root, 'prisma/seed/2025-09-04.json'), 'utf8')));

describe('parseDailyPapersPage on the page Daily Papers started from', () => {
  const page = parseDailyPapersPage(pageText);

  it('finds the date and all 54 papers in page order', () => {
    expect(page.dateLabel).toBe('Sep 4');
    expect(page.papers).toHaveLength(54);
    expect(page.papers[0]?.title).toBe('StyledStreets: Multi-style Street Simulator with Spatial and Temporal Consistency');
    expect(page.papers[1]?.title).toBe('Unified Embedding: Battle-Tested Feature Representations for Web-Scale ML Systems');
    expect(page.papers.at(-1)?.title).toBe('Improved Active Multi-Task Representation Learning via Lasso');
  });

  it('turns the 9 "code available at github" sentences into code links, without the closing period', () => {
    const codeUrls = page.papers.map((paper) => paper.codeUrl).filter(Boolean);
    expect(codeUrls).toHaveLength(9);
    expect(codeUrls).toContain('https://github.com/SJShin-AI/UDIM');
    expect(codeUrls).toContain('https://github.com/HaozheLiu-ST/MEE');
    expect(codeUrls).toContain('https://github.com/sbb-gh/experimental-design-multichannel');
    // A personal homepage is not a code repository.
    expect(codeUrls.some((url) => url?.includes('bhchen.cn'))).toBe(false);
  });

  it('keeps every abstract whole', () => {
    for (const paper of page.papers) {
      expect(paper.abstract.length).toBeGreaterThan(200);
      expect(paper.abstract).not.toContain('\n');
    }
  });

  it('matches the data file the project ships', () => {
    expect(shipped.day).toBe('2025-09-04');
    expect(shipped.papers).toEqual(page.papers);
  });
});

describe('parseDailyPapersPage on broken input', () => {
  it('names the header line that is wrong', () => {
    expect(() => parseDailyPapersPage('hello\n\nworld')).toThrow(SeedPageFormatError);
    expect(() => parseDailyPapersPage('hello\n\nworld')).toThrow(/should be "new"/);
  });

  it('rejects a title without an abstract', () => {
    const truncated = `${pageText.trimEnd()}\n\nA dangling title\n`;
    expect(() => parseDailyPapersPage(truncated)).toThrow(/odd number/);
  });

  it('rejects a missing date heading', () => {
    const withoutDate = pageText.replace('\nSep 4\n', '\n');
    expect(() => parseDailyPapersPage(withoutDate)).toThrow(/date heading/);
  });
});

describe('toPaperWrites', () => {
  it('lists each paper on the seed day at its page position, with its code link', () => {
    const upserts = toPaperWrites(shipped);
    expect(upserts).toHaveLength(54);
    expect(upserts[0]?.listing).toEqual({ day: '2025-09-04', rank: 1, submittedBy: null });
    expect(upserts[53]?.listing?.rank).toBe(54);
    expect(upserts.filter((upsert) => (upsert.paper.links ?? []).length === 1)).toHaveLength(9);
    // The seed's papers carry no arXiv ids, and none may be invented.
    expect(upserts.every((upsert) => upsert.paper.arxivId === undefined)).toBe(true);
  });
});
