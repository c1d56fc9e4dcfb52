// KaTeX's stylesheet, as for abstracts (bundled, served by the app).
import 'katex/dist/katex.min.css';
import type { ReactNode } from 'react';
import Markdown, { type Components } from 'react-markdown';
import remarkMath from 'remark-math';
import type { Element, ElementContent } from 'hast';
import { COMMENT_ELEMENTS, COMMENT_LINK_REL, isMarkdownSafe, readInlineMath, safeCommentUrl } from '@/lib/comments/markdown';
import { createTypesetter, splitLinks, type Typeset } from '@/lib/math/rich-text';
import { RichText } from '@/components/papers/rich-text';
import { COMMENT_PROSE } from './styles';

/**
 * A comment's Markdown, rendered on the server (lib/comments/markdown.ts has the rules):
 * react-markdown without raw HTML, the allowed elements only, safe links, and its formulas
 * typeset by the same KaTeX renderer and per-text budget as abstracts (lib/math), so both look
 * the same. Only KaTeX's output is inserted as HTML.
 */
export function CommentBody({ body }: { body: string }) {
  if (!isMarkdownSafe(body)) return <PlainBody body={body} />;
  return (
    <div className={COMMENT_PROSE}>
      <Markdown
        remarkPlugins={[remarkMath, remarkBareLinks]}
        skipHtml
        allowedElements={COMMENT_ELEMENTS}
        unwrapDisallowed
        urlTransform={safeCommentUrl}
        components={commentComponents(body, createTypesetter())}
      >
        {body}
      </Markdown>
    </div>
  );
}

/** A body Markdown cannot take in bounded time: paragraphs of text, links and formulas, as abstracts. */
function PlainBody({ body }: { body: string }) {
  return (
    <div className={COMMENT_PROSE}>
      {body.split(/\n{2,}/).map((paragraph, index) => (
        <p key={index} className="whitespace-pre-line">
          <RichText text={paragraph} />
        </p>
      ))}
    </div>
  );
}

function Formula({ html, display }: { html: string; display: boolean }) {
  return display ? <span className="my-2 block overflow-x-auto" dangerouslySetInnerHTML={{ __html: html }} /> : <span dangerouslySetInnerHTML={{ __html: html }} />;
}

const hasClass = (node: Element | undefined, name: string) => {
  const className = node?.properties?.className;
  return Array.isArray(className) && className.includes(name);
};

function sourceOf(body: string, node: Element | ElementContent | undefined): string {
  const start = node?.position?.start.offset;
  const end = node?.position?.end.offset;
  return start === undefined || end === undefined ? '' : body.slice(start, end);
}

function commentComponents(body: string, typeset: Typeset): Components {
  return {
    code({ node, children }) {
      if (!hasClass(node, 'math-inline')) return <code>{children}</code>;
      const start = node?.position?.start.offset ?? 0;
      const end = node?.position?.end.offset ?? 0;
      const math = readInlineMath(body, start, end);
      const html = math ? typeset(math.tex, math.display) : null;
      return html && math ? <Formula html={html} display={math.display} /> : <>{body.slice(start, end)}</>;
    },
    pre({ node, children }) {
      const code = node?.children[0];
      if (code?.type === 'element' && hasClass(code, 'math-display')) {
        const tex = code.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
        const html = typeset(tex, true);
        return html ? <Formula html={html} display /> : <p className="whitespace-pre-wrap">{sourceOf(body, node)}</p>;
      }
      return <pre>{children}</pre>;
    },
    a({ href, children }) {
      return href ? (
        <a href={href} rel={COMMENT_LINK_REL}>
          {children}
        </a>
      ) : (
        <>{children}</>
      );
    },
    img({ src, alt }) {
      // No images in comments (tracking pixels, layout): a link to it, named by its alt text.
      const url = typeof src === 'string' ? src : '';
      return url ? (
        <a href={url} rel={COMMENT_LINK_REL}>
          {alt || 'image'}
        </a>
      ) : (
        <>{alt}</>
      );
    },
    h1: Heading,
    h2: Heading,
    h3: Heading,
    h4: Heading,
    h5: Heading,
    h6: Heading,
  };
}

function Heading({ children }: { children?: ReactNode }) {
  return <p className="font-semibold">{children}</p>;
}

// ---------------------------------------------------------------------------------------------
// Bare URLs ("see https://arxiv.org/abs/2407.13168") become links, as in abstracts; CommonMark
// alone links only <https://…>. Text inside links and code is left alone.

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  children?: MdNode[];
}

function remarkBareLinks() {
  return (tree: MdNode) => {
    const stack: MdNode[] = [tree];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (!node.children || node.type === 'link' || node.type === 'linkReference') continue;
      const next: MdNode[] = [];
      for (const child of node.children) {
        if (child.type === 'text' && child.value && /https?:\/\//.test(child.value)) {
          for (const piece of splitLinks(child.value)) {
            next.push(piece.kind === 'link' ? { type: 'link', url: piece.url, children: [{ type: 'text', value: piece.text }] } : { type: 'text', value: piece.text });
          }
        } else {
          next.push(child);
          stack.push(child);
        }
      }
      node.children = next;
    }
  };
}
