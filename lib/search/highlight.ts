/**
 * Highlighted text travels from the database as plain text with two private-use characters
 * around each match (both engines let us choose the markers), and becomes React <mark>
 * elements in the component. No HTML is built from the database text, so a "<script>" in an
 * abstract stays text.
 */
export const MARK_START = '\uE000';
export const MARK_END = '\uE001';

export interface TextSegment {
  text: string;
  match: boolean;
}

export function splitHighlights(marked: string): TextSegment[] {
  const segments: TextSegment[] = [];
  for (const [index, part] of marked.split(/[\uE000\uE001]/).entries()) {
    // Parts alternate outside/inside because the engines never nest or leave a marker open.
    if (part) segments.push({ text: part, match: index % 2 === 1 });
  }
  return segments;
}
