import { StringDecoder } from 'node:string_decoder';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { normaliseNamespace, type XmlElement } from './element';

/** The XML is not well-formed: carries the line where parsing stopped. */
export class XmlSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlSyntaxError';
  }
}

export type XmlEvent = { kind: 'root'; element: XmlElement } | { kind: 'element'; element: XmlElement } | { kind: 'end'; root: XmlElement };

/**
 * Streams XML with constant memory per record: each element for which `isRecord` says yes is
 * yielded once complete and then dropped, instead of being kept in the document tree. Every
 * other element is kept (feed headers, resumption tokens: a few bytes). Namespace-aware, so
 * prefixes and where the xmlns declarations sit do not matter.
 */
export async function* readXmlElements(
  chunks: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  isRecord: (element: XmlElement, depth: number) => boolean,
): AsyncGenerator<XmlEvent> {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const decoder = new StringDecoder('utf8');
  const stack: XmlElement[] = [];
  const ready: XmlEvent[] = [];
  let root: XmlElement | null = null;

  parser.on('opentag', (tag) => {
    const element = toElement(tag as SaxesTagNS);
    if (!root) {
      root = element;
      ready.push({ kind: 'root', element });
    }
    stack.push(element);
  });
  parser.on('text', (text) => appendText(stack, text));
  parser.on('cdata', (text) => appendText(stack, text));
  parser.on('closetag', () => {
    const element = stack.pop();
    const parent = stack.at(-1);
    if (!element || !parent) return;
    if (isRecord(element, stack.length)) ready.push({ kind: 'element', element });
    else parent.children.push(element);
  });

  const write = (text: string | null) => {
    try {
      if (text === null) parser.close();
      else parser.write(text);
    } catch (error) {
      throw new XmlSyntaxError(`not well-formed XML at line ${parser.line}: ${stripPosition(error)}`);
    }
  };

  for await (const chunk of chunks) {
    write(typeof chunk === 'string' ? chunk : decoder.write(chunk));
    yield* ready.splice(0);
  }
  write(decoder.end());
  write(null);
  yield* ready.splice(0);
  if (!root) throw new XmlSyntaxError('the input is empty: no XML element found');
  yield { kind: 'end', root };
}

function toElement(tag: SaxesTagNS): XmlElement {
  const attrs: Record<string, string> = {};
  for (const attribute of Object.values(tag.attributes)) {
    if (!attribute.uri) attrs[attribute.local] = attribute.value;
  }
  return { ns: normaliseNamespace(tag.uri), name: tag.local, attrs, children: [], text: '' };
}

// Whitespace-only text is indentation between elements; keeping it would let a container such
// as <ListRecords> grow with every record it streamed past.
function appendText(stack: XmlElement[], text: string): void {
  const current = stack.at(-1);
  if (current && (current.text !== '' || text.trim() !== '')) current.text += text;
}

function stripPosition(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^(?:[^:]*:)?\d+:\d+: /, '');
}
