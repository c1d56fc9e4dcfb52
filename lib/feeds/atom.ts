import { element } from './xml';
import type { Feed, FeedItem } from './types';

/** Atom (RFC 4287). Dates are RFC 3339 (`2025-09-04T00:00:00.000Z`); ids are the paper URLs. */
function writeEntry(item: FeedItem): string {
  return [
    '<entry>',
    element('id', item.url),
    element('title', item.title, { type: 'text' }),
    element('link', null, { rel: 'alternate', type: 'text/html', href: item.url }),
    element('published', item.date.toISOString()),
    element('updated', item.date.toISOString()),
    ...item.authors.map((name) => `<author>${element('name', name)}</author>`),
    ...item.categories.map((category) => element('category', null, { term: category.code, label: category.name, scheme: 'https://arxiv.org/archive/' })),
    element('summary', item.summary, { type: 'text' }),
    '</entry>',
  ].join('');
}

export function buildAtom(feed: Feed): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    element('id', feed.selfUrl),
    element('title', feed.title, { type: 'text' }),
    element('subtitle', feed.description, { type: 'text' }),
    element('updated', feed.updated.toISOString()),
    element('link', null, { rel: 'self', type: 'application/atom+xml', href: feed.selfUrl }),
    element('link', null, { rel: 'alternate', type: 'text/html', href: feed.siteUrl }),
    // RFC 4287 requires an author on the feed when an entry may lack one.
    `<author>${element('name', 'Daily Papers')}</author>`,
    element('generator', 'Daily Papers'),
    ...feed.items.map(writeEntry),
    '</feed>\n',
  ].join('');
}
