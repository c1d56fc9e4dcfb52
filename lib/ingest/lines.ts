/** A line longer than this is reported and skipped rather than buffered without bound. */
export const MAX_LINE_BYTES = 16 << 20;

export type Line = { number: number; text: string } | { number: number; tooLong: true };

const NEWLINE = 0x0a;

/**
 * Splits a byte stream into lines without ever holding more than one line and one chunk.
 * Works on bytes, so a multi-byte character split between two chunks is decoded whole.
 */
export async function* readLines(chunks: AsyncIterable<Buffer>, maxLineBytes = MAX_LINE_BYTES): AsyncGenerator<Line> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let skipping = false;
  let number = 0;
  for await (const chunk of chunks) {
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      number += 1;
      if (skipping || pendingBytes + end - start > maxLineBytes) {
        yield { number, tooLong: true };
      } else {
        const piece = chunk.subarray(start, end);
        const bytes = pendingBytes === 0 ? piece : Buffer.concat([...pending, piece]);
        yield { number, text: bytes.toString('utf8') };
      }
      pending = [];
      pendingBytes = 0;
      skipping = false;
      start = end + 1;
    }
    if (start < chunk.length && !skipping) {
      // Copied: the stream may reuse the chunk's memory once we move on.
      pending.push(Buffer.from(chunk.subarray(start)));
      pendingBytes += chunk.length - start;
      if (pendingBytes > maxLineBytes) {
        pending = [];
        skipping = true;
      }
    }
  }
  if (skipping) yield { number: number + 1, tooLong: true };
  else if (pendingBytes > 0) yield { number: number + 1, text: Buffer.concat(pending).toString('utf8') };
}
