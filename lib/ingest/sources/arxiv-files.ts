import { countFileBytes, readFileChunks } from '../input';
import type { SourceRun } from '../types';
import { readArxivFeed } from './arxiv-feed';

/** Saved arXiv API responses, read in order. With several files, positions name the file. */
export function readArxivFiles(files: readonly string[]): SourceRun {
  const bytes = countFileBytes(files);
  async function* items() {
    for (const file of files) {
      for await (const item of readArxivFeed(readFileChunks(file, bytes), { totalResults: null, entries: 0 }, { label: file })) {
        yield files.length > 1 ? { ...item, position: `${file} ${item.position}` } : item;
      }
    }
  }
  return { items: items(), measure: () => ({ bytesRead: bytes.read, bytesTotal: bytes.total }) };
}
