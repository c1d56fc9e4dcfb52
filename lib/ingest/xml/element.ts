/** A parsed XML element, small enough to hold one Atom entry or one OAI record. */
export interface XmlElement {
  /** Namespace URI, normalised by {@link normaliseNamespace}. */
  ns: string;
  /** Local name, without prefix. */
  name: string;
  /** Attributes without a namespace, by local name. */
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (and CDATA), not its descendants'. */
  text: string;
}

/**
 * Namespaces compared without scheme or trailing slash: feeds have used both
 * `http://arxiv.org/schemas/atom` and `https://…`, and parsers that compared exact URIs broke.
 */
export function normaliseNamespace(uri: string): string {
  return uri.replace(/^https?:\/\//, '').replace(/\/+$/, '');
}

export const NS = {
  atom: 'www.w3.org/2005/Atom',
  arxiv: 'arxiv.org/schemas/atom',
  opensearch: 'a9.com/-/spec/opensearch/1.1',
  oai: 'www.openarchives.org/OAI/2.0',
  arxivRaw: 'arxiv.org/OAI/arXivRaw',
  arxivOai: 'arxiv.org/OAI/arXiv',
} as const;

export function childrenNamed(element: XmlElement, ns: string, name: string): XmlElement[] {
  return element.children.filter((child) => child.ns === ns && child.name === name);
}

export function childNamed(element: XmlElement, ns: string, name: string): XmlElement | undefined {
  return element.children.find((child) => child.ns === ns && child.name === name);
}

/** The trimmed text of the first such child, or null when it is missing or empty. */
export function childText(element: XmlElement, ns: string, name: string): string | null {
  const text = childNamed(element, ns, name)?.text.trim();
  return text ? text : null;
}
