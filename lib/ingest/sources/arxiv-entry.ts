import { toFeedDay } from '@/lib/dates/feed-day';
import { parseArxivReference } from '@/lib/papers/arxiv-id';
import type { LinkKind } from '@/lib/papers/schema';
import { upgradeUrl } from '../links';
import { canonicalAbstract, collapseWhitespace, optionalText, parseInstant } from '../text';
import { badRecord, type SourceItem } from '../types';
import { childNamed, childrenNamed, childText, NS, type XmlElement } from '../xml/element';

/** The API answers a bad query with HTTP 400 and a feed holding one entry whose id is an error URL. */
export class ArxivApiError extends Error {
  constructor(message: string) {
    super(`arXiv API error: ${message}`);
    this.name = 'ArxivApiError';
  }
}

export function isErrorEntry(entry: XmlElement): boolean {
  return /\/api\/errors(?:#|$)/.test(childText(entry, NS.atom, 'id') ?? '');
}

export function errorEntryMessage(entry: XmlElement): string {
  return childText(entry, NS.atom, 'summary') ?? childText(entry, NS.atom, 'id') ?? 'unknown error';
}

/**
 * One Atom entry as a paper. Reads by namespace and name, never by position: the legacy and
 * current formats order elements differently. Listed on the UTC day of its first version.
 */
export function arxivEntryToItem(entry: XmlElement, position: string): SourceItem {
  const idText = childText(entry, NS.atom, 'id');
  const ref = idText ? parseArxivReference(idText) : null;
  if (!ref) return badRecord(position, 'invalid arXiv id', idText ?? 'the entry has no <id>');
  const where = `${position} (${ref.id})`;
  const publishedAt = parseInstant(childText(entry, NS.atom, 'published'));
  const primary = childNamed(entry, NS.arxiv, 'primary_category')?.attrs.term;
  const categories = [primary, ...childrenNamed(entry, NS.atom, 'category').map((category) => category.attrs.term)];
  return {
    kind: 'paper',
    position: where,
    paper: {
      arxivId: ref.id,
      arxivVersion: ref.version,
      title: collapseWhitespace(childText(entry, NS.atom, 'title') ?? ''),
      abstract: canonicalAbstract(childText(entry, NS.atom, 'summary') ?? ''),
      authors: childrenNamed(entry, NS.atom, 'author').map((author) => ({
        name: collapseWhitespace(childText(author, NS.atom, 'name') ?? ''),
        affiliation: childrenNamed(author, NS.arxiv, 'affiliation').map((a) => collapseWhitespace(a.text)).filter(Boolean).join('; ') || null,
      })),
      categories: [...new Set(categories.filter((code): code is string => Boolean(code?.trim())))],
      publishedAt,
      comment: optionalText(childText(entry, NS.arxiv, 'comment')),
      journalRef: optionalText(childText(entry, NS.arxiv, 'journal_ref')),
      doi: optionalText(childText(entry, NS.arxiv, 'doi')),
      links: childrenNamed(entry, NS.atom, 'link').flatMap(toLink),
    },
    listing: publishedAt ? { day: toFeedDay(publishedAt), rank: null, submittedBy: null } : null,
  };
}

function toLink(link: XmlElement): { kind: LinkKind; url: string; title: string | null }[] {
  const href = link.attrs.href;
  if (!href) return [];
  const title = link.attrs.title?.toLowerCase() ?? null;
  const kind: LinkKind = link.attrs.rel === 'alternate' ? 'abs' : title === 'pdf' || title === 'doi' ? title : 'other';
  return [{ kind, url: upgradeUrl(href), title: kind === 'other' ? (link.attrs.title ?? null) : null }];
}
