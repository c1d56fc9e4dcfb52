import type { NextRequest } from 'next/server';
import { redirectToPath } from '@/lib/http/redirect';

/**
 * The target of the "Go to" date form (a plain GET form, so it works without JavaScript):
 * /papers/date?date=2025-09-04 → /papers/date/2025-09-04. The day page decides validity and
 * answers 404 for a bad date; this only moves the value into the path.
 */
export function GET(request: NextRequest) {
  const date = request.nextUrl.searchParams.get('date')?.trim().slice(0, 32) ?? '';
  return redirectToPath(date ? `/papers/date/${encodeURIComponent(date)}` : '/');
}
