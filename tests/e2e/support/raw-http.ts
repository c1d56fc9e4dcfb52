/**
 * Requests sent byte for byte as written (node:http), for what a browser or Playwright would
 * normalise away: `..` segments, bad %-escapes, a Host header of our choosing, a chunked body.
 */
import http from 'node:http';

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

function serverAddress(): URL {
  const base = process.env.E2E_BASE_URL;
  if (!base) throw new Error('E2E_BASE_URL is not set: run the e2e tests through `npm run test:e2e`.');
  return new URL(base);
}

/** `null` when Node's client refuses to send the path at all (nothing reached the server). */
export function rawRequest({ method = 'GET', path, headers = {}, body }: RawRequest): Promise<RawResponse | null> {
  const base = serverAddress();
  return new Promise((resolve, reject) => {
    let request: http.ClientRequest;
    try {
      request = http.request({ agent, host: base.hostname, port: base.port, method, path, headers });
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_UNESCAPED_CHARACTERS') return resolve(null);
      return reject(error as Error);
    }
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

/**
 * POSTs a chunked body of up to `totalBytes`, writing only as fast as the server reads, and
 * stops writing once the answer arrives. `sent` is how much had gone out by then: a server
 * that reads the whole body before answering makes it `totalBytes`.
 */
export function postChunkedUntilAnswered(path: string, totalBytes: number, headers: Record<string, string> = {}): Promise<{ status: number; sent: number }> {
  // status 0: the server closed the connection unread, before its answer could be read here.
  const base = serverAddress();
  const chunk = Buffer.alloc(64 * 1024, 'a');
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered: { status: number; sent: number } | null = null;
    // A fresh connection (no agent): it is left half-written when the answer comes.
    const request = http.request({ host: base.hostname, port: base.port, method: 'POST', path, agent: false, headers: { ...headers, 'transfer-encoding': 'chunked' } });
    const writeMore = () => {
      while (!answered && sent < totalBytes) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once('drain', writeMore);
      }
      if (!answered) request.end();
    };
    request.on('response', (response) => {
      answered = { status: response.statusCode ?? 0, sent };
      response.resume();
      response.on('end', () => {
        request.destroy();
        resolve(answered as { status: number; sent: number });
      });
    });
    // A server that stops reading may close the connection before this side has read its
    // answer (EPIPE/ECONNRESET on the next write): that is a refusal too, status 0.
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (answered) return resolve(answered);
      if (error.code === 'EPIPE' || error.code === 'ECONNRESET') return resolve({ status: 0, sent });
      reject(error);
    });
    writeMore();
  });
}
