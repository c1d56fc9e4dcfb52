import { db } from '@/lib/db';
import { isUniqueViolation } from '@/lib/db/errors';
import { emailSchema } from './schema';

/**
 * Records a subscription request. Safe to retry and to repeat: an address that already has a
 * row keeps it unchanged, and the caller gets the same answer either way, so the form never
 * reveals whether an address is subscribed.
 */
export async function subscribe(email: string): Promise<void> {
  const address = emailSchema.parse(email);
  try {
    await db.subscriber.upsert({
      where: { email: address },
      create: { email: address, status: 'pending' },
      update: {},
      select: { id: true },
    });
  } catch (error) {
    // Two submissions of one address at once: the unique email keeps one row, and the
    // loser's answer is the same as the winner's.
    if (!isUniqueViolation(error)) throw error;
  }
}
