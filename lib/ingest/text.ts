/** Titles and names arrive hard-wrapped and indented (`...Large\n  Connectivity Limit`). */
export function collapseWhitespace(value: string): string {
  return stripControlCharacters(value).replace(/\s+/g, ' ').trim();
}

// NUL and other C0 controls (but tab and newline) turn up in scraped JSON; PostgreSQL refuses
// NUL in text outright, so one such record would fail a whole batch.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function stripControlCharacters(value: string): string {
  return repairMojibake(value.replace(CONTROL_CHARACTERS, ''));
}

// A UTF-8 lead byte read as Latin-1 (Ã, Â, …) followed by a continuation byte read as Latin-1.
const MOJIBAKE = /[\u00C2-\u00F4][\u0080-\u00BF]/;

/**
 * Undoes UTF-8 that was decoded as Latin-1 somewhere upstream: arXiv's own API serves some
 * names that way ("VÃ¢nia" for "Vânia", "MÃ¤ntylÃ¤" for "Mäntylä"). Only a string made entirely
 * of Latin-1 code points that decodes as valid UTF-8 is touched, so correct text never changes.
 */
export function repairMojibake(value: string): string {
  if (!MOJIBAKE.test(value)) return value;
  for (let index = 0; index < value.length; index += 1) if (value.charCodeAt(index) > 0xff) return value;
  const repaired = Buffer.from(value, 'latin1').toString('utf8');
  return repaired.includes('\uFFFD') ? value : repaired;
}

/**
 * One canonical form for abstracts, whichever source sent them: the API's unwrapped text,
 * the snapshot's hard-wrapped and indented text and OAI's all become paragraphs separated by a
 * blank line. Without it the same version from two sources would look like an edit. The
 * paragraphs are exactly those of splitAbstractParagraphs (lib/papers/abstract.ts), which the
 * page uses; this line loop computes them ~3x faster, which a 2.4M-line snapshot notices.
 */
export function canonicalAbstract(value: string): string {
  const lines = stripControlCharacters(value).replace(/\r\n?/g, '\n').trim().split('\n');
  const paragraphs: string[] = [];
  let current = '';
  for (const line of lines) {
    const text = line.trim();
    // A blank line ends a paragraph; a line indented by two or more spaces or tabs starts one.
    const indented = text !== '' && /^[ \t]{2,}/.test(line);
    if ((text === '' || indented) && current !== '') {
      paragraphs.push(current);
      current = '';
    }
    if (text !== '') current = current === '' ? text : `${current} ${text}`;
  }
  if (current !== '') paragraphs.push(current);
  return paragraphs.map((paragraph) => paragraph.replace(/[ \t]+/g, ' ')).join('\n\n');
}

/** An optional text field: empty or whitespace-only means absent. */
export function optionalText(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = collapseWhitespace(value);
  return text === '' ? null : text;
}

/** A date that must be real: `Date.parse` accepts RFC 1123 (`Mon, 2 Apr 2007 19:18:42 GMT`) and ISO 8601. */
export function parseInstant(value: unknown): Date | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time);
}
