import type { ServerResponse } from 'node:http';
import { CORS_HEADERS } from '@/lib/api/http';

/**
 * A 429 sent by the server itself, before Next renders anything (a refused request must cost
 * next to nothing). Never stored: `no-store`, and it bypasses the page cache.
 */
export function sendTooManyRequests(response: ServerResponse, { api, head, retryAfterSeconds, headers }: { api: boolean; head: boolean; retryAfterSeconds: number; headers: Record<string, string> }): void {
  const body = api ? JSON.stringify({ error: 'Too many requests' }) : searchPage(retryAfterSeconds);
  response.writeHead(429, {
    ...(api ? CORS_HEADERS : {}),
    ...headers,
    'Content-Type': api ? 'application/json' : 'text/html; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    'Retry-After': String(retryAfterSeconds),
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(head ? undefined : body);
}

function searchPage(seconds: number): string {
  const wait = seconds < 90 ? `${seconds} ${seconds === 1 ? 'second' : 'seconds'}` : `${Math.ceil(seconds / 60)} minutes`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Too many searches · Daily Papers</title>
</head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<main>
<h1>Too many searches</h1>
<p>You have searched more often than we can answer from one address in a short time. Please try again in ${wait}.</p>
<p><a href="/">Today's papers</a> and every day, week and paper page stay open meanwhile.</p>
</main>
</body>
</html>
`;
}
