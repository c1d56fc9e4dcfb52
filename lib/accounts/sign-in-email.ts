import { escapeHtml } from '@/lib/mail/escape-html';
import type { OutgoingMessage } from '@/lib/mail/transport';

/** The sign-in message: one button, how long it works, and what to do if it was not you. */
export function buildSignInEmail(to: string, link: string, validMinutes: number): OutgoingMessage {
  const text = [
    'Sign in to Daily Papers:',
    '',
    link,
    '',
    `The link works once, for ${validMinutes} minutes. If you did not ask to sign in, ignore this email:`,
    'nobody can sign in without opening the link and pressing the button on its page.',
  ].join('\n');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark"><title>Sign in to Daily Papers</title></head>
<body style="margin:0;padding:24px;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#171717;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;margin:0 auto;">
<tr><td style="font-size:20px;font-weight:700;padding-bottom:12px;">Sign in to Daily Papers</td></tr>
<tr><td style="padding-bottom:20px;"><a href="${escapeHtml(link)}" style="display:inline-block;background:#171717;color:#ffffff;text-decoration:none;font-weight:600;padding:10px 18px;border-radius:8px;">Sign in</a></td></tr>
<tr><td style="font-size:13px;line-height:1.5;color:#525252;">The link works once, for ${validMinutes} minutes. If you did not ask to sign in, ignore this email: nobody can sign in without opening the link and pressing the button on its page.</td></tr>
</table></body></html>`;
  return { to, subject: 'Your Daily Papers sign-in link', text, html };
}
