/**
 * Bytes on the wire for a first visit: the page's HTML plus every script and stylesheet it
 * references, each gzipped as a server would send it. Next 16's build no longer prints
 * first-load sizes (STACK.md, "Measuring pages here").
 */
import { gzipSync } from 'node:zlib';
import { fetchOnce } from './processes';

export interface WeightRow {
  page: string;
  htmlGzip: number;
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
    htmlGzip: gzipSync(Buffer.from(html)).length,
    jsFiles: scripts.length,
    jsGzip: await sizes(scripts),
    cssFiles: styles.length,
    cssGzip: await sizes(styles),
  };
}
