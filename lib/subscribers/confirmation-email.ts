import { escapeHtml } from '@/lib/mail/escape-html';
import type { OutgoingMessage } from '@/lib/mail/transport';

/** The double opt-in message: one button, what it does, and what to do if it was not you. */
export function buildConfirmationEmail(to: string, link: string, validHours: number): OutgoingMessage {
  const text = [
    'Please confirm your subscription to the Daily Papers digest of trending research papers.',
    '',
    `Confirm: ${link}`,
    '',
    `The link works for ${validHours} hours. If you did not ask for this, ignore this email:`,
    'without confirmation you will not receive anything.',
  ].join('\n');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark"><title>Confirm your subscription</title></head>
<body style="margin:0;padding:24px;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif;color:#171717;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;margin:0 auto;">
<tr><td style="font-size:20px;font-weight:700;padding-bottom:12px;">Confirm your subscription</td></tr>
<tr><td style="font-size:15px;line-height:1.5;padding-bottom:20px;">Please confirm that you want the Daily Papers digest of trending research papers.</td></tr>
<tr><td style="padding-bottom:20px;"><a href="${escapeHtml(link)}" style="display:inline-block;background:#171717;color:#ffffff;text-decoration:none;font-weight:600;padding:10px 18px;border-radius:8px;">Confirm my subscription</a></td></tr>
<tr><td style="font-size:13px;line-height:1.5;color:#525252;">The link works for ${validHours} hours. If you did not ask for this, ignore this email: without confirmation you will not receive anything.</td></tr>
</table></body></html>`;
  return { to, subject: 'Confirm your Daily Papers subscription', text, html };
}
