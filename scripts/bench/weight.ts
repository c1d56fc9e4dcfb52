/**
 * Bytes on the wire for a first visit: the page's HTML plus every script and stylesheet it
 * references, each gzipped as a server would send it, and the HTML also as brotli (what the
 * page cache sends browsers that offer it). Next 16's build no longer prints
 * first-load sizes (STACK.md, "Measuring pages here").
 */
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { BROTLI_OPTIONS } from '@/lib/serving/cache-policy';
import { fetchOnce } from './processes';

export interface WeightRow {
  page: string;
  /** Paper cards (`<article>`) on the page. */
  papers: number;
  htmlGzip: number;
  htmlBrotli: number;
  jsFiles: number;
  jsGzip: number;
  cssFiles: number;
  cssGzip: number;
}

const gzipSize = async (url: string) => gzipSync(Buffer.from(await (await fetchOnce(url)).arrayBuffer())).length;

export async function measureWeight(page: string, origin: string, path: string): Promise<WeightRow> {
  const html = await (await fetchOnce(`${origin}${path}`)).text();
  const scripts = [...new Set([...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1] ?? ''))];
  const styles = [...new Set([...html.matchAll(/<link[^>]*\brel="stylesheet"[^>]*>/g)].map((match) => /\bhref="([^"]+)"/.exec(match[0])?.[1] ?? ''))];
  const sizes = async (urls: string[]) => (await Promise.all(urls.map((url) => gzipSize(new URL(url.replaceAll('&amp;', '&'), origin).toString())))).reduce((sum, size) => sum + size, 0);
  return {
    page,
    papers: html.match(/<article\b/g)?.length ?? 0,
    htmlGzip: gzipSync(Buffer.from(html)).length,
    htmlBrotli: brotliCompressSync(Buffer.from(html), BROTLI_OPTIONS).length,
    jsFiles: scripts.length,
    jsGzip: await sizes(scripts),
    cssFiles: styles.length,
    cssGzip: await sizes(styles),
  };
}
