import { absoluteUrl } from '@/lib/site-url';
import { createManageToken } from './tokens';

export function confirmUrl(token: string): string {
  return absoluteUrl(`/confirm?token=${encodeURIComponent(token)}`);
}

export interface ManageLinks {
  preferences: string;
  unsubscribe: string;
}

/** The links every email carries: preferences, and unsubscribe (also the RFC 8058 target). */
export function manageLinks(subscriber: { id: number; manageKey: string }): ManageLinks {
  const token = encodeURIComponent(createManageToken(subscriber.id, subscriber.manageKey));
  return {
    preferences: absoluteUrl(`/preferences?token=${token}`),
    unsubscribe: absoluteUrl(`/unsubscribe?token=${token}`),
  };
}
