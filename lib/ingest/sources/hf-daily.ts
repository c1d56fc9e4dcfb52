import { readFile, stat } from 'node:fs/promises';
import { parseCalendarDate, type FeedDay } from '@/lib/dates/feed-day';
import { checkStatus, type PoliteClient } from '../http/polite-client';
import { badRecord, InputFormatError, type SourceItem, type SourceRun } from '../types';
import { dayFromFileName, hfItemSchema, hfItemToPaper, type HfPaper } from './hf-item';

export interface HfOptions {
  /** Whether each paper needs a day of its own (false with --list-on or --no-list). */
  needsDay: boolean;
}

/**
 * Hugging Face daily-papers JSON: the bare array /api/daily_papers returns, one file per day
 * or a dump of many days. A file is small (tens per day), so it is read whole: ranks need every
 * paper of a day at once. On each day, papers rank by upvotes, as the site orders them.
 */
export function readHfFiles(files: readonly string[], options: HfOptions): SourceRun {
  const bytes = { read: 0, total: 0 };
  async function* items(): AsyncGenerator<SourceItem> {
    for (const file of files) bytes.total += (await stat(file).catch(() => ({ size: 0 }))).size;
    for (const file of files) {
      const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
        throw new InputFormatError(`Cannot read ${file}: ${error.code ?? error.message}.`);
      });
      bytes.read += Buffer.byteLength(text);
      yield* itemsOfFile(text, file, files.length > 1 ? `${file} item` : 'item', options);
    }
  }
  return { items: items(), measure: () => ({ bytesRead: bytes.read, bytesTotal: bytes.total }) };
}

/**
 * One day fetched from the daily-papers API (`…/api/daily_papers?date=2025-09-04`, Hugging
 * Face's or a mirror's): the same array as a saved file, its day from the `date` parameter.
 */
export function readHfUrl(url: string, client: PoliteClient, options: HfOptions): SourceRun {
  const bytes = { read: 0, total: 0 };
  async function* items(): AsyncGenerator<SourceItem> {
    const text = await client.request(url, async (response) => {
      checkStatus(response);
      return response.text();
    });
    bytes.read = bytes.total = Buffer.byteLength(text);
    const day = parseCalendarDate(new URL(url).searchParams.get('date') ?? '');
    yield* itemsOfFile(text, url, 'item', options, day);
  }
  return { items: items(), measure: () => ({ bytesRead: bytes.read, bytesTotal: bytes.total }) };
}

function* itemsOfFile(text: string, file: string, prefix: string, options: HfOptions, day?: FeedDay | null): Generator<SourceItem> {
  const entries = parseArray(text, file);
  const fileDay = day === undefined ? dayFromFileName(file) : day;
  // A paper on two days is one paper, listed on the first of them (Hugging Face featured it then).
  const papers = new Map<string, HfPaper & { position: string }>();
  for (const [index, entry] of entries.entries()) {
    const position = `${prefix} ${index + 1}`;
    const parsed = hfItemSchema.safeParse(entry);
    if (!parsed.success) {
      yield badRecord(position, 'not a daily-papers item', parsed.error.issues[0]?.message);
      continue;
    }
    const paper = hfItemToPaper(parsed.data, fileDay);
    if ('error' in paper) {
      yield badRecord(position, paper.error, paper.detail);
      continue;
    }
    if (!paper.day && options.needsDay) {
      yield badRecord(`${position} (${paper.arxivId})`, 'no listing day', 'no submittedOnDailyAt and no date in the file name or URL: use --list-on or --no-list');
      continue;
    }
    const earlier = papers.get(paper.arxivId);
    const day = earlier?.day && (!paper.day || earlier.day < paper.day) ? earlier.day : paper.day;
    papers.set(paper.arxivId, { ...paper, day, position: `${position} (${paper.arxivId})` });
  }
  yield* rankByUpvotes([...papers.values()]);
}

function parseArray(text: string, file: string): unknown[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputFormatError(`${file} is not Hugging Face daily-papers JSON: ${(error as Error).message}.`);
  }
  const ok = Array.isArray(value) && (value.length === 0 || value.some((entry) => typeof entry === 'object' && entry !== null && 'paper' in entry));
  if (!ok) throw new InputFormatError(`${file} is not Hugging Face daily-papers JSON: expected the array /api/daily_papers returns.`);
  return value as unknown[];
}

function* rankByUpvotes(papers: (HfPaper & { position: string })[]): Generator<SourceItem> {
  const byDay = new Map<FeedDay | null, (HfPaper & { position: string })[]>();
  for (const paper of papers) byDay.set(paper.day, [...(byDay.get(paper.day) ?? []), paper]);
  for (const [day, group] of byDay) {
    // Array.prototype.sort is stable: equal upvotes keep the file's order.
    const ranked = [...group].sort((a, b) => b.upvotes - a.upvotes);
    for (const [index, paper] of ranked.entries()) {
      yield {
        kind: 'paper',
        position: paper.position,
        paper: paper.paper,
        listing: day ? { day, rank: index + 1, submittedBy: paper.submittedBy } : null,
      };
    }
  }
}
