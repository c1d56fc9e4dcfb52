import { element } from './xml';
import type { Feed, FeedItem } from './types';

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * RSS readers take <description> as HTML (RSS 2.0 allows "entity-encoded HTML" there), so plain
 * text is escaped as HTML here and then once more as XML by element(): an abstract's
 * `<img src=x onerror=…>` reaches the reader as text, and `a<b` stays `a<b`. Atom says which
 * with type="text" and needs neither.
 */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char] ?? char);
}

/**
 * RSS 2.0 (https://www.rssboard.org/rss-specification). Dates are RFC 822 (as RFC 1123 allows,
 * with a four-digit year: `Thu, 04 Sep 2025 00:00:00 GMT`). RSS's <author> must be an email
 * address, so authors go in Dublin Core <dc:creator>, one per author, as arXiv's feeds do.
 */
function writeItem(item: FeedItem): string {
  return [
    '<item>',
    element('title', item.title),
    element('link', item.url),
    element('guid', item.url, { isPermaLink: 'true' }),
    element('pubDate', item.date.toUTCString()),
    element('description', escapeHtml(item.summary)),
    ...item.authors.map((name) => element('dc:creator', name)),
    ...item.categories.map((category) => element('category', category.code, { domain: 'https://arxiv.org/archive' })),
    '</item>',
  ].join('');
}

export function buildRss(feed: Feed): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    element('title', feed.title),
    element('link', feed.siteUrl),
    element('description', escapeHtml(feed.description)),
    element('language', 'en'),
    element('lastBuildDate', feed.updated.toUTCString()),
    element('atom:link', null, { href: feed.selfUrl, rel: 'self', type: 'application/rss+xml' }),
    ...feed.items.map(writeItem),
    '</channel>',
    '</rss>\n',
  ].join('');
}
