/**
 * arXiv identifiers, kept as strings everywhere: as numbers they lose trailing zeros
 * (2503.02130 would become 2503.0213). See https://info.arxiv.org/help/arxiv_identifier.html
 */
export interface ArxivId {
  /** The id without its version: `2407.13168`, `hep-th/9608091`. */
  id: string;
  /** The `vN` suffix as a number, when present. */
  version: number | null;
}

// New style since April 2007: YYMM.NNNN (to 2014) or YYMM.NNNNN (2015 on).
const NEW_STYLE = /^(\d{2}(?:0[1-9]|1[0-2])\.\d{4,5})(?:v(\d+))?$/;
// Old style: archive(.SUBJECT-CLASS)/YYMMNNN, e.g. hep-th/9608091, math.GT/0309136.
const OLD_STYLE = /^([a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?\/\d{2}(?:0[1-9]|1[0-2])\d{3})(?:v(\d+))?$/;

export function parseArxivId(value: string): ArxivId | null {
  const text = value.trim();
  const match = NEW_STYLE.exec(text) ?? OLD_STYLE.exec(text);
  if (!match || match[1] === undefined) return null;
  const version = match[2] === undefined ? null : Number(match[2]);
  if (version === 0) return null;
  return { id: match[1], version };
}

const ARXIV_URL = /^(?:https?:\/\/)?(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf|html)\/(.+?)(?:\.pdf)?\/?$/i;

/** Accepts a bare id, `arXiv:2407.13168v2`, or an abs/pdf/html URL on arxiv.org. */
export function parseArxivReference(value: string): ArxivId | null {
  const text = value.trim();
  const fromUrl = ARXIV_URL.exec(text);
  if (fromUrl?.[1]) return parseArxivId(fromUrl[1]);
  return parseArxivId(text.replace(/^arxiv:/i, ''));
}

export function formatArxivId({ id, version }: ArxivId): string {
  return version === null ? id : `${id}v${version}`;
}
