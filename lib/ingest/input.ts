import { createReadStream, statSync } from 'node:fs';
import { InputFormatError } from './types';

export function isUrl(value: string): boolean {
  return /^https?:\/\//i.test(value);
}

/** Bytes read so far out of the total size of the input files, for the progress bar. */
export interface ByteCount {
  read: number;
  total: number;
}

/** Sizes the files up front so a missing one fails before anything is imported. */
export function countFileBytes(files: readonly string[]): ByteCount {
  let total = 0;
  for (const file of files) {
    try {
      const stat = statSync(file);
      if (!stat.isFile()) throw new InputFormatError(`${file} is not a file.`);
      total += stat.size;
    } catch (error) {
      if (error instanceof InputFormatError) throw error;
      throw new InputFormatError(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
    }
  }
  return { read: 0, total };
}

/** A file's bytes, pulled as the consumer asks for them (backpressure keeps memory flat). */
export async function* readFileChunks(file: string, count: ByteCount): AsyncGenerator<Buffer> {
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    count.read += (chunk as Buffer).length;
    yield chunk as Buffer;
  }
}
