import { element } from './xml';
import type { Feed, FeedItem } from './types';

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
    element('description', item.summary),
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
    element('description', feed.description),
    element('language', 'en'),
    element('lastBuildDate', feed.updated.toUTCString()),
    element('atom:link', null, { href: feed.selfUrl, rel: 'self', type: 'application/rss+xml' }),
    ...feed.items.map(writeItem),
    '</channel>',
    '</rss>\n',
  ].join('');
}
