import { parseCalendarDate, toFeedDay } from '@/lib/dates/feed-day';
import { parseArxivId } from '@/lib/papers/arxiv-id';
import { splitAuthorList } from '../authors';
import { detexName } from '../detex';
import { canonicalAbstract, collapseWhitespace, optionalText, parseInstant } from '../text';
import { badRecord, InputFormatError, type SourceItem } from '../types';
import { childNamed, childrenNamed, childText, NS, type XmlElement } from '../xml/element';

/**
 * One OAI-PMH <record> as a paper. Deleted records carry only a header and are skipped
 * (the catalogue keeps its copy: arXiv deletes almost nothing, and a reader's link should not
 * break). Listed on the UTC day of the first version.
 */
export function oaiRecordToItem(record: XmlElement, ordinal: number): SourceItem {
  const header = childNamed(record, NS.oai, 'header');
  const identifier = (header && childText(header, NS.oai, 'identifier')) ?? `#${ordinal}`;
  const position = `record ${identifier}`;
  if (header?.attrs.status === 'deleted') return { kind: 'skip', position, reason: 'deleted at the source', bad: false };
  const metadata = childNamed(record, NS.oai, 'metadata')?.children[0];
  if (!metadata) return badRecord(position, 'no metadata');
  if (metadata.ns === NS.arxivRaw && metadata.name === 'arXivRaw') return fromArxivRaw(metadata, position);
  if (metadata.ns === NS.arxivOai && metadata.name === 'arXiv') return fromArxivFormat(metadata, position);
  throw new InputFormatError(
    `OAI-PMH records in <${metadata.name}> cannot be imported: harvest with metadataPrefix=arXivRaw (or arXiv).`,
  );
}

function fromArxivRaw(raw: XmlElement, position: string): SourceItem {
  const text = (name: string) => childText(raw, NS.arxivRaw, name);
  const id = parseArxivId(text('id') ?? '');
  if (!id) return badRecord(position, 'invalid arXiv id', text('id') ?? 'the record has no <id>');
  const versions = childrenNamed(raw, NS.arxivRaw, 'version')
    .map((version) => ({ number: Number(/^v(\d+)$/.exec(version.attrs.version ?? '')?.[1]), date: parseInstant(childText(version, NS.arxivRaw, 'date')) }))
    .filter((version) => Number.isInteger(version.number) && version.number > 0);
  const firstDate = [...versions].sort((a, b) => a.number - b.number)[0]?.date ?? null;
  return {
    kind: 'paper',
    position,
    paper: {
      arxivId: id.id,
      arxivVersion: versions.length > 0 ? Math.max(...versions.map((version) => version.number)) : null,
      title: collapseWhitespace(text('title') ?? ''),
      abstract: canonicalAbstract(text('abstract') ?? ''),
      authors: splitAuthorList(text('authors') ?? ''),
      categories: (text('categories') ?? '').split(/\s+/).filter(Boolean),
      publishedAt: firstDate,
      comment: optionalText(text('comments')),
      journalRef: optionalText(text('journal-ref')),
      doi: optionalText(text('doi')),
    },
    listing: firstDate ? { day: toFeedDay(firstDate), rank: null, submittedBy: null } : null,
  };
}

function fromArxivFormat(record: XmlElement, position: string): SourceItem {
  const text = (name: string) => childText(record, NS.arxivOai, name);
  const id = parseArxivId(text('id') ?? '');
  if (!id) return badRecord(position, 'invalid arXiv id', text('id') ?? 'the record has no <id>');
  // This format has no versions, only the day of the first one.
  const created = parseCalendarDate(text('created') ?? '');
  const authorList = childNamed(record, NS.arxivOai, 'authors');
  const authors = (authorList ? childrenNamed(authorList, NS.arxivOai, 'author') : []).map((author) => {
    const part = (name: string) => childText(author, NS.arxivOai, name);
    const name = [part('forenames'), part('keyname'), part('suffix')].filter(Boolean).join(' ');
    const affiliation = childrenNamed(author, NS.arxivOai, 'affiliation').map((a) => collapseWhitespace(a.text)).filter(Boolean).join('; ');
    return { name: detexName(collapseWhitespace(name)), affiliation: affiliation ? detexName(affiliation) : null };
  });
  return {
    kind: 'paper',
    position,
    paper: {
      arxivId: id.id,
      arxivVersion: null,
      title: collapseWhitespace(text('title') ?? ''),
      abstract: canonicalAbstract(text('abstract') ?? ''),
      authors,
      categories: (text('categories') ?? '').split(/\s+/).filter(Boolean),
      publishedAt: created ? new Date(`${created}T00:00:00Z`) : null,
      comment: optionalText(text('comments')),
      journalRef: optionalText(text('journal-ref')),
      doi: optionalText(text('doi')),
    },
    listing: created ? { day: toFeedDay(new Date(`${created}T00:00:00Z`)), rank: null, submittedBy: null } : null,
  };
}
