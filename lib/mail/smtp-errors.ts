/**
 * Sorts a failed send into what to do next (RFC 5321 §4.2.1): 4xx replies and dropped or
 * refused connections are temporary and worth retrying; 5xx replies are permanent.
 */
export type SendFailure = { kind: 'temporary' | 'permanent'; message: string };

const TEMPORARY_CODES = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'ECONNRESET', 'ECONNREFUSED', 'EDNS', 'EPIPE']);

/** SMTP replies often quote the recipient; addresses are never stored or logged in full. */
export function redactEmails(text: string): string {
  return text.replace(/([^\s<>"'@]{1,2})[^\s<>"'@]*@([^\s<>"'@]+)/g, '$1…@$2');
}

export function classifySendError(error: unknown): SendFailure {
  const { responseCode, code, message } = (error ?? {}) as { responseCode?: number; code?: string; message?: string };
  const text = redactEmails((message ?? String(error)).replace(/\s+/g, ' ')).slice(0, 500);
  if (typeof responseCode === 'number' && responseCode >= 500) return { kind: 'permanent', message: text };
  if (typeof responseCode === 'number' && responseCode >= 400) return { kind: 'temporary', message: text };
  if (code && TEMPORARY_CODES.has(code)) return { kind: 'temporary', message: text };
  // Anything unrecognised (a bug, a bad address the library refused) is not retried forever.
  return { kind: 'permanent', message: text };
}
