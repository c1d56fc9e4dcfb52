import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

export interface FinalResponse {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

type Callback = (error?: Error | null) => void;

/**
 * Collects what a handler writes to `response` instead of sending it; when the handler ends
 * the response, `finish(body)` decides what goes out. The same technique as the `compression`
 * middleware: the handler sees an ordinary response whose writes always succeed. Headers set
 * through `writeHead` are kept on the response (`getHeaders()`), not sent.
 */
export function captureResponse(response: ServerResponse, finish: (body: Buffer) => FinalResponse): void {
  const originals = { writeHead: response.writeHead, write: response.write, end: response.end, flushHeaders: response.flushHeaders };
  const chunks: Buffer[] = [];
  const collect = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
    if (typeof chunk === 'string') chunks.push(Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'));
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
  };
  const lastCallback = (args: unknown[]) => args.findLast((arg): arg is Callback => typeof arg === 'function');

  response.writeHead = function writeHead(this: ServerResponse, status: number, ...rest: unknown[]) {
    this.statusCode = status;
    if (typeof rest[0] === 'string') this.statusMessage = rest[0];
    const headers = rest.find((arg) => typeof arg === 'object' && arg !== null);
    if (Array.isArray(headers)) {
      for (let i = 0; i + 1 < headers.length; i += 2) this.setHeader(String(headers[i]), headers[i + 1] as string);
    } else if (headers) {
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) this.setHeader(name, value as string);
    }
    return this;
  } as ServerResponse['writeHead'];
  response.flushHeaders = () => {};
  response.write = function write(chunk: unknown, ...rest: unknown[]) {
    collect(chunk, rest[0]);
    lastCallback(rest)?.();
    return true;
  } as ServerResponse['write'];
  response.end = function end(this: ServerResponse, ...args: unknown[]) {
    collect(args[0], args[1]);
    Object.assign(response, originals);
    const result = finish(Buffer.concat(chunks));
    this.writeHead(result.status, result.headers);
    this.end(result.body, lastCallback(args));
    return this;
  } as ServerResponse['end'];
}
