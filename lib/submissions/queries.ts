import { db } from '@/lib/db';
import { feedDayToDate, todayUtc } from '@/lib/dates/feed-day';

/** How many papers this account has had listed since midnight UTC (what SUBMIT_DAILY_LIMIT counts). */
export async function countSubmittedToday(readerId: string, now: Date = new Date()): Promise<number> {
  return db.listing.count({ where: { submittedById: readerId, createdAt: { gte: feedDayToDate(todayUtc(now)) } } });
}
