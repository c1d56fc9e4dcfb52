import { escapeHtml } from '@/lib/mail/escape-html';
import type { OutgoingMessage } from '@/lib/mail/transport';

/** The short account messages: a few lines of text, the same as minimal HTML. */
function message(to: string, subject: string, paragraphs: string[], button?: { label: string; url: string }): OutgoingMessage {
  const text = [...paragraphs.slice(0, 1), ...(button ? ['', button.url] : []), ...paragraphs.slice(1).flatMap((line) => ['', line])].join('\n');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#171717;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;margin:0 auto;">
<tr><td style="font-size:20px;font-weight:700;padding-bottom:12px;">${escapeHtml(subject)}</td></tr>
<tr><td style="padding-bottom:16px;line-height:1.5;">${escapeHtml(paragraphs[0] ?? '')}</td></tr>
${button ? `<tr><td style="padding-bottom:20px;"><a href="${escapeHtml(button.url)}" style="display:inline-block;background:#171717;color:#ffffff;text-decoration:none;font-weight:600;padding:10px 18px;border-radius:8px;">${escapeHtml(button.label)}</a></td></tr>` : ''}
${paragraphs.slice(1).map((line) => `<tr><td style="font-size:13px;line-height:1.5;color:#525252;padding-bottom:8px;">${escapeHtml(line)}</td></tr>`).join('\n')}
</table></body></html>`;
  return { to, subject, text, html };
}

/** To the NEW address: the link that confirms it (opening it changes nothing; its page has a button). */
export function buildEmailChangeConfirmation(to: string, username: string | null, link: string, validMinutes: number): OutgoingMessage {
  return message(
    to,
    'Confirm your new Daily Papers address',
    [
      `Someone signed in to Daily Papers${username ? ` as ${username}` : ''} asked to use this address for their account. Open the link and press the button to confirm it.`,
      `The link works once, for ${validMinutes} minutes. If this was not you, ignore this email: nothing changes.`,
    ],
    { label: 'Confirm this address', url: link },
  );
}

/** To the NEW address when another account already has it: nothing happens, and it says so. */
export function buildEmailChangeTaken(to: string): OutgoingMessage {
  return message(to, 'Your Daily Papers address', [
    'Someone asked to move a Daily Papers account to this address, but this address already has an account of its own, so nothing was changed.',
    'If that was you, sign in with this address instead. If not, ignore this email.',
  ]);
}

/** To the OLD address once the change is done: the owner learns of it even if it was not them. */
export function buildEmailChangedNotice(to: string, newAddress: string): OutgoingMessage {
  return message(to, 'Your Daily Papers address was changed', [
    `The Daily Papers account that used this address now signs in with ${newAddress}. Links sent to this address no longer sign in to it.`,
    'If you did not do this, someone who could use your account changed it: contact the site’s operator. A digest subscription, if you have one, stays with this address.',
  ]);
}
