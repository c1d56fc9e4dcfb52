import type { ManageLinks } from '@/lib/subscribers/links';
import type { DigestContent } from './content';

export interface DigestLinks extends ManageLinks {
  fullList: string;
  paper: (slug: string) => string;
}

function byline(authors: string[], total: number): string {
  const others = total - authors.length;
  return authors.join(', ') + (others > 0 ? ` and ${others} others` : '');
}

/** The plain-text part: readable in any client, and what spam filters like to see. */
export function renderDigestText(content: DigestContent, links: DigestLinks): string {
  const { edition, papers, total } = content;
  const intro = content.personal
    ? `Picked for you: ${content.personal.picked} from what you follow and like${papers.length > content.personal.picked ? ', then trending' : ''}. All ${total} listed: ${links.fullList}`
    : `The ${papers.length} trending papers of ${total} listed. All of them: ${links.fullList}`;
  const lines = [`Daily Papers — ${edition.longLabel}`, intro, ''];
  papers.forEach((paper, index) => {
    lines.push(`${index + 1}. ${paper.title}`);
    if (paper.authors.length > 0) lines.push(`   ${byline(paper.authors, paper.authorCount)}`);
    if (paper.reasons?.length) lines.push(`   Why: ${paper.reasons.join(' · ')}`);
    lines.push(`   ${paper.excerpt}`, `   ${links.paper(paper.slug)}`, '');
  });
  lines.push('—', `Daily or weekly? Change it here: ${links.preferences}`, `Unsubscribe: ${links.unsubscribe}`);
  return lines.join('\n');
}

export { byline };
