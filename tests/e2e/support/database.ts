/**
 * Reads the database the server under test uses (E2E_DATABASE_URL), with plain SQL, so a
 * test can check what a person's action stored without going through the app.
 */
import Database from 'better-sqlite3';
import pg from 'pg';

export interface SubscriberRow {
  email: string;
  status: string;
}

export async function findSubscribers(email: string): Promise<SubscriberRow[]> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error('E2E_DATABASE_URL is not set: run the e2e tests through `npm run test:e2e`.');
  if (url.startsWith('file:')) {
    const sqlite = new Database(url.slice('file:'.length), { readonly: true, fileMustExist: true });
    try {
      return sqlite.prepare('SELECT email, status FROM "Subscriber" WHERE email = ?').all(email) as SubscriberRow[];
    } finally {
      sqlite.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<SubscriberRow>('SELECT email, status FROM "Subscriber" WHERE email = $1', [email]);
    return rows;
  } finally {
    await client.end();
  }
}

/** A unique address per test run, so tests never depend on each other. */
export function uniqueEmail(label: string): string {
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@example.com`;
}
