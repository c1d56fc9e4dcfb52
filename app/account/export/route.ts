import { ACCOUNT_PATH, signInPath } from '@/lib/accounts/paths';
import { getReader } from '@/lib/accounts/reader';
import { buildAccountExport, exportFileName } from '@/lib/export/build-export';
import { redirectToPath } from '@/lib/http/redirect';

export const dynamic = 'force-dynamic';

/**
 * GET /account/export: "Download your data", everything the site holds about the signed-in
 * reader as one JSON file (lib/export/build-export.ts). A GET (a download link works without
 * script and changes nothing); never stored by any cache.
 */
export async function GET(request: Request) {
  const reader = await getReader(request.headers);
  if (!reader) return redirectToPath(signInPath(`${ACCOUNT_PATH}/export`));
  const now = new Date();
  const data = await buildAccountExport(reader.id, now);
  if (!data) return redirectToPath(signInPath(`${ACCOUNT_PATH}/export`));
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="${exportFileName(reader.username, now)}"`,
      'cache-control': 'private, no-store',
      'x-robots-tag': 'noindex',
    },
  });
}
