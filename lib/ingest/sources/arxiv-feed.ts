import { InputFormatError, type SourceItem } from '../types';
import { childText, NS, type XmlElement } from '../xml/element';
import { readXmlElements, XmlSyntaxError } from '../xml/read-elements';
import { ArxivApiError, arxivEntryToItem, errorEntryMessage, isErrorEntry } from './arxiv-entry';

/** What the feed's OpenSearch header says about paging; filled in as the feed is read. */
export interface FeedInfo {
  totalResults: number | null;
  entries: number;
}

const isEntry = (element: XmlElement, depth: number) => depth === 1 && element.ns === NS.atom && element.name === 'entry';

/**
 * Reads one arXiv API response (Atom). Entries are numbered from `firstEntry` so positions
 * stay meaningful across pages. The API's error entry becomes an {@link ArxivApiError}.
 */
export async function* readArxivFeed(
  chunks: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  info: FeedInfo,
  options: { label: string; firstEntry?: number },
): AsyncGenerator<SourceItem> {
  const first = options.firstEntry ?? 1;
  let sawRoot = false;
  try {
    for await (const event of readXmlElements(chunks, isEntry)) {
      if (event.kind === 'root') {
        sawRoot = true;
        if (event.element.ns !== NS.atom || event.element.name !== 'feed') {
          throw new InputFormatError(`${options.label} is not an arXiv API response: its root element is <${event.element.name}>, not an Atom <feed>.`);
        }
      } else if (event.kind === 'element') {
        if (isErrorEntry(event.element)) throw new ArxivApiError(errorEntryMessage(event.element));
        info.entries += 1;
        yield arxivEntryToItem(event.element, `entry ${first + info.entries - 1}`);
      } else {
        const total = childText(event.root, NS.opensearch, 'totalResults');
        info.totalResults = total !== null && Number.isFinite(Number(total)) ? Number(total) : null;
      }
    }
  } catch (error) {
    if (error instanceof XmlSyntaxError && !sawRoot) {
      throw new InputFormatError(`${options.label} is not an arXiv API response (${error.message}).`);
    }
    throw error;
  }
}
