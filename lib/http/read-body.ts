/**
 * A request body read as text, up to `maxBytes`. `null` means "too large": the read stops as
 * soon as the limit is passed, so a chunked body (no Content-Length) of any size costs at most
 * `maxBytes` of memory, and a declared Content-Length over the limit is refused unread.
 */
export async function readBodyText(request: Request, maxBytes: number): Promise<string | null> {
  const declared = request.headers.get('content-length');
  if (declared !== null && !(Number(declared) <= maxBytes)) return null;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      // Stop pulling; no cancel(): on a server that destroys the socket before the 413 is
      // sent. The rest stays unread on the wire (bounded by socket buffers), never in memory.
      if (total > maxBytes) return null;
      chunks.push(value);
    }
  } catch {
    // A client that hangs up mid-body sent no usable body.
    return '';
  } finally {
    reader.releaseLock();
  }
  return Buffer.concat(chunks).toString('utf8');
}
