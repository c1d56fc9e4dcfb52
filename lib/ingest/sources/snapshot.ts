import { countFileBytes, readFileChunks } from '../input';
import { readLines } from '../lines';
import { badRecord, InputFormatError, type SourceItem, type SourceRun } from '../types';
import { snapshotObjectToItem, type SnapshotFilters } from './snapshot-record';

/** This many unreadable lines before the first good one: the file is something else. */
const FORMAT_PROBE_LINES = 10;

/**
 * Streams the arXiv metadata snapshot (JSON Lines) line by line: memory stays flat whatever
 * the file's size, and the filters apply before a line costs more than its JSON.parse.
 */
export function readSnapshotFiles(files: readonly string[], filters: SnapshotFilters): SourceRun {
  const bytes = countFileBytes(files);
  async function* items(): AsyncGenerator<SourceItem> {
    for (const file of files) {
      const prefix = files.length > 1 ? `${file} line` : 'line';
      let probing: SourceItem[] | null = [];
      for await (const line of readLines(readFileChunks(file, bytes))) {
        const position = `${prefix} ${line.number}`;
        const item = 'tooLong' in line ? badRecord(position, 'line too long') : parseLine(line.text, position, filters);
        if (!item) continue;
        if (probing) {
          if (item.kind === 'skip' && item.bad && item.reason !== 'missing id' && item.reason !== 'invalid arXiv id') {
            probing.push(item);
            if (probing.length >= FORMAT_PROBE_LINES) throw notSnapshot(file, probing);
            continue;
          }
          yield* probing;
          probing = null;
        }
        yield item;
      }
      if (probing && probing.length > 0) throw notSnapshot(file, probing);
    }
  }
  return { items: items(), measure: () => ({ bytesRead: bytes.read, bytesTotal: bytes.total }) };
}

function parseLine(text: string, position: string, filters: SnapshotFilters): SourceItem | null {
  if (text.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return badRecord(position, 'invalid JSON', (error as Error).message);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return badRecord(position, 'not a JSON object');
  return snapshotObjectToItem(value as Record<string, unknown>, position, filters);
}

function notSnapshot(file: string, problems: SourceItem[]): InputFormatError {
  const first = problems[0];
  const why = first?.kind === 'skip' ? `${first.position}: ${first.reason}${first.detail ? ` (${first.detail})` : ''}` : '';
  return new InputFormatError(`${file} is not arXiv snapshot JSON Lines (one JSON object per line): ${why}.`);
}
