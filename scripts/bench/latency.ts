/**
 * Latency percentiles of what is computed per request (search, the JSON API, a list page on a
 * cache miss), rotating queries and days so no answer is a repeat. One client at a time: the
 * point is how long the server takes for one answer (the targets are server time), not
 * saturation, which the wrk runs measure. The API allows 500 requests per 5 minutes per address
 * (lib/api/http.ts), so keep `count` below that; 429s are counted as errors.
 */
import { fetchOnce } from './processes';
export interface LatencyRow {
  endpoint: string;
  requests: number;
  errors: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export async function measureLatency(endpoint: string, origin: string, paths: string[], count: number, concurrency = 1): Promise<LatencyRow> {
  const times: number[] = [];
  let errors = 0;
  let next = 0;
  async function client() {
    while (next < count) {
      const path = paths[next % paths.length] ?? '/';
      next += 1;
      const started = performance.now();
      const response = await fetchOnce(`${origin}${path}`, { headers: { 'Accept-Encoding': 'gzip' } });
      await response.arrayBuffer();
      times.push(performance.now() - started);
      if (!response.ok) errors += 1;
    }
  }
  await Promise.all(Array.from({ length: concurrency }, client));
  times.sort((a, b) => a - b);
  return { endpoint, requests: times.length, errors, p50Ms: percentile(times, 50), p95Ms: percentile(times, 95), p99Ms: percentile(times, 99) };
}
