import { escapeHtml } from '@/lib/mail/escape-html';
import type { OutgoingMessage } from '@/lib/mail/transport';
import type { ManageLinks } from './links';

/**
 * What a confirmed address gets when someone signs it up again: instead of a confirmation link,
 * its own preferences and unsubscribe links. Sent exactly like a confirmation, so the sign-up
 * form's answer and work do not tell anyone whether the address was subscribed.
 */
export function buildAlreadySubscribedEmail(to: string, links: ManageLinks): OutgoingMessage {
  const text = [
    'Someone, probably you, asked to subscribe this address to the Daily Papers digest.',
    'You are already subscribed: there is nothing to confirm.',
    '',
    `Change how often it arrives: ${links.preferences}`,
    `Unsubscribe: ${links.unsubscribe}`,
    '',
    'If you did not ask for this, ignore this email: nothing has changed.',
  ].join('\n');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark"><title>You are already subscribed</title></head>
<body style="margin:0;padding:24px;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#171717;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;margin:0 auto;">
<tr><td style="font-size:20px;font-weight:700;padding-bottom:12px;">You are already subscribed</td></tr>
<tr><td style="font-size:15px;line-height:1.5;padding-bottom:20px;">Someone, probably you, asked to subscribe this address to the Daily Papers digest. It already gets it: there is nothing to confirm.</td></tr>
<tr><td style="padding-bottom:20px;"><a href="${escapeHtml(links.preferences)}" style="display:inline-block;background:#171717;color:#ffffff;text-decoration:none;font-weight:600;padding:10px 18px;border-radius:8px;">Manage my subscription</a></td></tr>
<tr><td style="font-size:13px;line-height:1.5;color:#525252;">If you did not ask for this, ignore this email: nothing has changed. <a href="${escapeHtml(links.unsubscribe)}" style="color:#525252;">Unsubscribe</a></td></tr>
</table></body></html>`;
  return { to, subject: 'Your Daily Papers subscription', text, html };
}
