import { escapeHtml as e } from '@/lib/mail/escape-html';
import type { DigestContent } from './content';
import { byline, type DigestLinks } from './render-text';

// Email HTML: tables and inline styles (clients drop <style> and flexbox), no images, colours
// with enough contrast on both light and dark backgrounds, and a color-scheme hint so clients
// that invert colours do it cleanly.
const FONT = "-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";

function paperRow(content: DigestContent['papers'][number], index: number, href: string): string {
  const authors = content.authors.length > 0 ? `<div style="font-size:13px;color:#6b6b6b;padding-top:2px;">${e(byline(content.authors, content.authorCount))}</div>` : '';
  return `<tr><td style="padding:14px 0;border-top:1px solid #e5e5e5;">
<div style="font-size:13px;font-weight:700;color:#9a5b00;">#${index + 1}</div>
<a href="${e(href)}" style="font-size:17px;font-weight:700;line-height:1.35;color:#1a1a1a;text-decoration:none;">${e(content.title)}</a>
${authors}
${content.reasons?.length ? `<div style="font-size:13px;color:#7a4700;padding-top:4px;">Why: ${e(content.reasons.join(' · '))}</div>` : ''}
<div style="font-size:14px;line-height:1.5;color:#404040;padding-top:6px;">${e(content.excerpt)}</div>
</td></tr>`;
}

export function renderDigestHtml(content: DigestContent, links: DigestLinks): string {
  const { edition, papers, total } = content;
  const rows = papers.map((paper, index) => paperRow(paper, index, links.paper(paper.slug))).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark">
<title>${e(content.subject)}</title></head>
<body style="margin:0;padding:0;background:#f5f5f5;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f5f5f5;"><tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;border-radius:12px;font-family:${FONT};">
<tr><td style="padding:24px 24px 8px;">
<div style="font-size:22px;font-weight:800;color:#1a1a1a;">Daily Papers</div>
<div style="font-size:15px;color:#404040;padding-top:4px;">${e(edition.longLabel)} · ${content.personal ? `picked for you: ${content.personal.picked} from what you follow and like${papers.length > content.personal.picked ? ', then trending' : ''}` : `the top ${papers.length} of ${total} papers`}</div>
<div style="padding-top:10px;"><a href="${e(links.fullList)}" style="font-size:14px;font-weight:600;color:#9a5b00;">See the full list</a></div>
</td></tr>
<tr><td style="padding:0 24px 8px;"><table role="presentation" width="100%" cellpadding="0" cellspacing="0">
${rows}
</table></td></tr>
<tr><td style="padding:16px 24px 24px;border-top:1px solid #e5e5e5;font-size:12px;line-height:1.6;color:#6b6b6b;">
You receive this because you subscribed to Daily Papers.<br>
<a href="${e(links.preferences)}" style="color:#6b6b6b;">Daily or weekly</a> · <a href="${e(links.unsubscribe)}" style="color:#6b6b6b;">Unsubscribe</a>
</td></tr>
</table></td></tr></table></body></html>`;
}
