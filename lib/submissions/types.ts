import type { FeedDay } from '@/lib/dates/feed-day';

/** Who submits: the signed-in reader, as lib/accounts/reader.ts gives them. */
export interface Submitter {
  id: string;
  username: string | null;
}

/** The limits in force, from the environment (SUBMIT_DAILY_LIMIT, SUBMIT_MAX_AGE_DAYS). */
export interface SubmissionLimits {
  dailyLimit: number;
  maxAgeDays: number;
}

/** Why a submission was not listed; each has its HTTP status and a message for the reader. */
export type RefusalCode =
  | 'invalid'
  | 'no-username'
  | 'suspended'
  | 'closed'
  | 'daily-limit'
  | 'listed'
  | 'hidden'
  | 'unknown'
  | 'unreadable'
  | 'too-old'
  | 'unavailable';

export type SubmissionResult =
  | {
      status: 'submitted';
      paperId: number;
      slug: string;
      title: string;
      day: FeedDay;
      /** The reader had submitted it already (a retry, a double click): nothing new was written. */
      repeated: boolean;
    }
  | {
      status: 'refused';
      code: RefusalCode;
      httpStatus: number;
      message: string;
      /** The paper's page, when the refusal is about a paper we have (already listed, hidden). */
      slug?: string;
    };

export type Refusal = Extract<SubmissionResult, { status: 'refused' }>;

export const REFUSAL_STATUS: Record<RefusalCode, number> = {
  invalid: 400,
  'no-username': 403,
  suspended: 403,
  closed: 403,
  'daily-limit': 429,
  listed: 409,
  hidden: 409,
  unknown: 404,
  unreadable: 422,
  'too-old': 422,
  unavailable: 503,
};

export function refuse(code: RefusalCode, message: string, slug?: string): Refusal {
  return { status: 'refused', code, httpStatus: REFUSAL_STATUS[code], message, ...(slug ? { slug } : {}) };
}
