import { toPlainText } from '@/lib/math/rich-text';
import { categoryName } from './arxiv-taxonomy';
import type { PaperDetail } from './types';

/** schema.org ScholarlyArticle for a paper's page (https://schema.org/ScholarlyArticle). */
export function buildScholarlyArticle(paper: PaperDetail, url: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ScholarlyArticle',
    headline: toPlainText(paper.title).slice(0, 300),
    name: toPlainText(paper.title),
    abstract: toPlainText(paper.abstract),
    url,
    author: paper.authors.map((author) => ({
      '@type': 'Person',
      name: author.name,
      ...(author.affiliation ? { affiliation: { '@type': 'Organization', name: author.affiliation } } : {}),
    })),
    ...(paper.publishedAt ? { datePublished: paper.publishedAt.toISOString() } : {}),
    ...(paper.arxivId ? { identifier: `arXiv:${paper.arxivId}`, sameAs: `https://arxiv.org/abs/${paper.arxivId}` } : {}),
    ...(paper.doi ? { citation: `https://doi.org/${paper.doi}` } : {}),
    keywords: paper.categories.map((code) => categoryName(code) ?? code),
  };
}

/**
 * JSON inside <script> ends at the first `</script>`, whatever JSON says; escaping `<` keeps
 * a title like "</script><script>…" from closing it.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
