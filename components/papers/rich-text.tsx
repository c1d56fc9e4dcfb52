// KaTeX's stylesheet goes through the app's CSS pipeline: its fonts are bundled and served by
// the app (no CDN), and only pages that can show math load it.
import 'katex/dist/katex.min.css';
import { toRichPieces } from '@/lib/math/rich-text';

/**
 * A title or abstract with its TeX typeset by KaTeX on the server (no client JavaScript) and,
 * when `links`, its http(s) URLs as links. Only KaTeX's output is inserted as HTML; every other
 * character goes through React, which escapes it.
 */
export function RichText({ text, links = true }: { text: string; links?: boolean }) {
  return (
    <>
      {toRichPieces(text, { links }).map((piece, index) => {
        if (piece.kind === 'text') return piece.text;
        if (piece.kind === 'link') {
          return (
            <a key={index} href={piece.url} rel="noopener nofollow ugc" className="break-all text-amber-800 underline dark:text-amber-300">
              {piece.text}
            </a>
          );
        }
        return <span key={index} className={piece.display ? 'block overflow-x-auto' : undefined} dangerouslySetInnerHTML={{ __html: piece.html }} />;
      })}
    </>
  );
}
