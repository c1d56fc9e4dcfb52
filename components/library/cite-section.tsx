import { buildBibtex } from '@/lib/citations/bibtex';
import { citePath } from '@/lib/citations/paths';
import { buildPlainCitation } from '@/lib/citations/plain-text';
import type { CitablePaper } from '@/lib/citations/types';
import { CopyButton } from './copy-button';

const BLOCK = 'mt-2 rounded-lg border border-neutral-200 bg-neutral-100 p-3 font-mono text-xs leading-relaxed whitespace-pre-wrap [overflow-wrap:anywhere] text-neutral-900 dark:border-neutral-800 dark:bg-neutral-900 dark:text-neutral-100';

/**
 * "Cite this paper" on the paper page (issue 14, item 5): BibTeX in arXiv's own form and a
 * plain-text citation, each with a copy button (script) and a download link (no script needed).
 * The same for every reader, so it is part of the cached page.
 */
export function CiteSection({ paper }: { paper: CitablePaper }) {
  const bib = citePath(paper.slug, 'bib');
  const txt = citePath(paper.slug, 'txt');
  return (
    <section id="cite" aria-labelledby="cite-heading" className="mt-8">
      <h2 id="cite-heading" className="text-lg font-semibold text-neutral-900 dark:text-neutral-100">
        Cite this paper
      </h2>
      <h3 className="mt-3 text-sm font-semibold text-neutral-700 dark:text-neutral-300">
        BibTeX
      </h3>
      <pre id="cite-bibtex" className={BLOCK}>
        {buildBibtex(paper)}
      </pre>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <CopyButton targetId="cite-bibtex" label="Copy BibTeX" />
        <a href={bib} download className="cite-action">
          Download .bib
        </a>
      </div>
      <h3 className="mt-4 text-sm font-semibold text-neutral-700 dark:text-neutral-300">
        Plain text
      </h3>
      <p id="cite-text" className="mt-2 rounded-lg border border-neutral-200 bg-neutral-100 p-3 text-sm break-words text-neutral-900 dark:border-neutral-800 dark:bg-neutral-900 dark:text-neutral-100">
        {buildPlainCitation(paper).trim()}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <CopyButton targetId="cite-text" label="Copy citation" />
        <a href={txt} download className="cite-action">
          Download .txt
        </a>
      </div>
    </section>
  );
}
