import { InputFormatError, type SourceItem } from '../types';
import { childNamed, NS, type XmlElement } from '../xml/element';
import { readXmlElements, XmlSyntaxError } from '../xml/read-elements';
import { oaiRecordToItem } from './oai-record';

/** An OAI-PMH protocol error other than "no records match". */
export class OaiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`OAI-PMH error ${code}: ${message}`);
    this.name = 'OaiError';
  }
}

/** What a ListRecords page says about the next one; filled in once the page has been read. */
export interface OaiPageInfo {
  records: number;
  /** Empty or null: this was the last page. */
  resumptionToken: string | null;
  completeListSize: number | null;
}

const isRecord = (element: XmlElement, depth: number) => depth === 2 && element.ns === NS.oai && element.name === 'record';

/** Reads one OAI-PMH response (ListRecords or GetRecord), streaming its records. */
export async function* readOaiResponse(chunks: AsyncIterable<Buffer | string> | Iterable<Buffer | string>, info: OaiPageInfo, label: string): AsyncGenerator<SourceItem> {
  let sawRoot = false;
  try {
    for await (const event of readXmlElements(chunks, isRecord)) {
      if (event.kind === 'root') {
        sawRoot = true;
        if (event.element.ns !== NS.oai || event.element.name !== 'OAI-PMH') {
          throw new InputFormatError(`${label} is not an OAI-PMH response: its root element is <${event.element.name}>.`);
        }
      } else if (event.kind === 'element') {
        info.records += 1;
        yield oaiRecordToItem(event.element, info.records);
      } else {
        readTrailer(event.root, info);
      }
    }
  } catch (error) {
    if (error instanceof XmlSyntaxError && !sawRoot) throw new InputFormatError(`${label} is not an OAI-PMH response (${error.message}).`);
    throw error;
  }
}

function readTrailer(root: XmlElement, info: OaiPageInfo): void {
  const error = childNamed(root, NS.oai, 'error');
  // noRecordsMatch is how OAI-PMH says "nothing in that range": an empty result, not a failure.
  if (error && error.attrs.code !== 'noRecordsMatch') throw new OaiError(error.attrs.code ?? 'unknown', error.text.trim());
  const list = childNamed(root, NS.oai, 'ListRecords');
  const token = list ? childNamed(list, NS.oai, 'resumptionToken') : undefined;
  info.resumptionToken = token?.text.trim() || null;
  const size = Number(token?.attrs.completeListSize);
  info.completeListSize = token?.attrs.completeListSize && Number.isFinite(size) ? size : null;
  if (!list && !error && !childNamed(root, NS.oai, 'GetRecord')) {
    throw new InputFormatError('The OAI-PMH response holds neither ListRecords nor GetRecord.');
  }
}
