import { toPlainText } from '@/lib/math/rich-text';

// What next/og's bundled font (Geist) draws: Latin, Latin-1, Latin Extended-A, and the common
// punctuation. For any other character next/og would download a font from Google Fonts, which
// this app must never do (offline deployments, privacy), so such characters are dropped.
const UNSUPPORTED = /[^\u0020-\u007E\u00A0-\u017F\u2010-\u2027\u2030-\u203A]/gu;

/** Plain, drawable text for a social image, cut at `max` characters with an ellipsis. */
export function toOgText(text: string, max: number): string {
  const plain = toPlainText(text).replace(/\s+/g, ' ').replace(UNSUPPORTED, '').trim();
  return plain.length > max ? `${plain.slice(0, max - 1).trimEnd()}…` : plain;
}
