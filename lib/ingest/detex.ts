// arXiv's OAI and snapshot metadata write accented names in TeX (`Bal\'azs`, `M{\"u}ller`,
// `{\o}`); the API and readers want Unicode. Only accents and the few letters that appear in
// names are converted: anything else (math in titles) is left exactly as written.

const ACCENTS: Record<string, string> = {
  '`': '\u0300',
  "'": '\u0301',
  '^': '\u0302',
  '~': '\u0303',
  '=': '\u0304',
  u: '\u0306',
  '.': '\u0307',
  '"': '\u0308',
  r: '\u030A',
  H: '\u030B',
  v: '\u030C',
  c: '\u0327',
  k: '\u0328',
};

const LETTERS: Record<string, string> = {
  o: 'ø', O: 'Ø', l: 'ł', L: 'Ł', ss: 'ß', ae: 'æ', AE: 'Æ', oe: 'œ', OE: 'Œ', aa: 'å', AA: 'Å', i: 'ı', j: 'ȷ',
};

// \'a  \'{a}  {\'a}  \"{\i}  \c{c}  \v s (a letter accent needs a brace or a space)
const ACCENT_PATTERN = /\\([`'^~=."]|[uHvcrk](?=[\s{]))\s*(?:\{\s*(\\[ij]|[A-Za-z])\s*\}|(\\[ij]|[A-Za-z]))/g;
// A control word swallows the spaces after it, as TeX does: `\o rsted` is Ørsted.
const LETTER_PATTERN = /\\(ss|ae|AE|oe|OE|aa|AA|o|O|l|L|i|j)(?![A-Za-z])\s*/g;

export function detexName(value: string): string {
  if (!value.includes('\\')) return value;
  return value
    .replace(ACCENT_PATTERN, (whole, accent: string, braced?: string, bare?: string) => {
      const base = braced ?? bare ?? '';
      // An accent on a dotless \i is just an accented i.
      const letter = base.startsWith('\\') ? base.slice(1) : base;
      const mark = ACCENTS[accent];
      return mark ? `${letter}${mark}`.normalize('NFC') : whole;
    })
    .replace(LETTER_PATTERN, (_, name: string) => LETTERS[name] ?? name)
    // Braces that only grouped (`{\'a}`, `{van der Berg}`) go once their content is plain.
    .replace(/\{([^{}\\]*)\}/g, '$1');
}
