import { absoluteUrl } from '@/lib/site-url';
import type { OutgoingMessage } from '@/lib/mail/transport';
import { listHref } from '@/lib/papers/feed-paths';
import { paperPath } from '@/lib/papers/paper-ref';
import { manageLinks } from '@/lib/subscribers/links';
import { DIGEST_LIST_OPTIONS, type DigestContent } from './content';
import { renderDigestHtml } from './render-html';
import { renderDigestText, type DigestLinks } from './render-text';

export interface DigestRecipient {
  id: number;
  email: string;
  manageKey: string;
}

/**
 * One subscriber's copy of a digest. The Message-ID is derived from the edition and the
 * subscriber, so in the rare case a crashed run resends a message, mail clients see the same
 * message twice and show it once.
 */
export function buildDigestMessage(content: DigestContent, recipient: DigestRecipient): OutgoingMessage {
  const manage = manageLinks(recipient);
  const links: DigestLinks = {
    ...manage,
    // The list in the digest's own order, so the email's first papers are the page's first.
    fullList: absoluteUrl(listHref(content.edition.path, DIGEST_LIST_OPTIONS)),
    paper: (slug) => absoluteUrl(paperPath(slug)),
  };
  const host = new URL(absoluteUrl('/')).hostname || 'localhost';
  return {
    to: recipient.email,
    subject: content.subject,
    text: renderDigestText(content, links),
    html: renderDigestHtml(content, links),
    messageId: `<${content.edition.key.replace(':', '.')}.${recipient.id}@${host}>`,
    headers: {
      // RFC 2369 + RFC 8058: one header, the https URL a POST to which unsubscribes at once.
      'List-Unsubscribe': `<${manage.unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'List-Id': `Daily Papers digest <digest.${host}>`,
      'Auto-Submitted': 'auto-generated',
    },
  };
}
