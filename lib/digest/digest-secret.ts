import { getEnv } from '@/lib/env';
import { isValidBearer } from '@/lib/revalidate/secret';
import { readOrCreateSecret } from '@/lib/secrets/file-secret';

/** What a platform scheduler presents to POST /api/digest: DIGEST_SECRET, or data/digest-secret. */
export function isValidDigestToken(authorization: string | null): boolean {
  return isValidBearer(authorization, readOrCreateSecret('digest-secret', getEnv().DIGEST_SECRET));
}
