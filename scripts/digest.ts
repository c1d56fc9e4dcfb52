/**
 * npm run digest -- [--date YYYY-MM-DD] [--weekly] [--dry-run] [--top N] [--rate N]
 * Sends the digest of a day (default: the latest day with papers), or with --weekly of the ISO
 * week around it, to every confirmed subscriber of that frequency, exactly once each.
 */
// First: checks the environment before any other module reads it (see lib/cli/checked-env.ts).
import { requireEnv } from '@/lib/cli/checked-env';
import { parseArgs } from 'node:util';
import { createProgressReporter } from '@/lib/cli/progress-reporter';
import { parseCalendarDate } from '@/lib/dates/feed-day';
import { db, disconnectDb } from '@/lib/db';
import { readDigestEnv } from '@/lib/digest/digest-options';
import { prepareDigest, sendOptionsFromEnv } from '@/lib/digest/run-digest';
import { sendDigest } from '@/lib/digest/send-digest';
import { createMailTransport } from '@/lib/mail/transport';

const HELP = `Usage: npm run digest -- [options]

  --date YYYY-MM-DD  the day (daily) or a day of the week (weekly); default: the latest day with papers
  --weekly           send the weekly edition to weekly subscribers (default: daily to daily subscribers)
  --dry-run          print what would be sent, and to how many, without sending
  --top N            papers in the digest (default DIGEST_TOP_N or 10)
  --rate N           messages per second at most (default DIGEST_RATE or 20)
  --help             this text

Mail goes to SMTP_URL, or without it to .eml files in OUTBOX_DIR (default ./outbox).`;

function fail(message: string): never {
  console.error(`digest: ${message}`);
  process.exit(2);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        date: { type: 'string' },
        weekly: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        top: { type: 'string' },
        rate: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${HELP}`);
  }
})();

if (values.help) {
  console.log(HELP);
  process.exit(0);
}

const env = readDigestEnv(requireEnv({ ...process.env, DIGEST_TOP_N: values.top ?? process.env.DIGEST_TOP_N, DIGEST_RATE: values.rate ?? process.env.DIGEST_RATE }));
const day = values.date === undefined ? undefined : (parseCalendarDate(values.date) ?? fail(`--date must be a calendar date like 2025-09-04, not "${values.date}"`));
const kind = values.weekly ? 'weekly' : 'daily';

try {
  const prepared = await prepareDigest(kind, day, env.DIGEST_TOP_N);
  if (prepared.status !== 'ready') {
    console.log(`${prepared.reason} Nothing to send.`);
    process.exit(0);
  }
  const { content } = prepared;
  const { edition } = content;
  console.log(`Digest ${edition.key}: "${content.subject}" (${content.papers.length} of ${content.total} papers)`);

  if (values['dry-run']) {
    const recipients = await db.subscriber.count({ where: { status: 'confirmed', frequency: kind } });
    const done = await db.delivery.count({ where: { digest: { key: edition.key }, status: 'sent' } });
    console.log(`Dry run: would send to ${recipients - done} of ${recipients} confirmed ${kind} subscribers (${done} already sent).`);
    content.papers.forEach((paper, index) => console.log(`  ${index + 1}. ${paper.title}`));
    process.exit(0);
  }

  const controller = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: finishing the messages in flight, then stopping. Run again to send the rest.`);
      controller.abort();
    });
  }
  const transport = createMailTransport({ pool: true, maxConnections: env.DIGEST_CONCURRENCY });
  console.log(`Sending through ${transport.describe()}`);
  const progress = createProgressReporter('Sending', 0);
  const summary = await sendDigest(content, {
    transport,
    ...sendOptionsFromEnv(env),
    signal: controller.signal,
    onProgress: (p) => {
      progress.setTotal(p.total);
      progress.update(p.sent + p.skipped + p.failed, p.retried ? `${p.retried} retrying` : '');
    },
  });
  progress.stop();
  transport.close();

  console.log(
    `\nSummary for ${summary.digestKey}: ${summary.sent} sent, ${summary.skipped} skipped, ${summary.failed} failed` +
      ` (${summary.retried} retries; ${summary.alreadySent} already sent by earlier runs).`,
  );
  for (const [reason, count] of Object.entries(summary.failures)) console.log(`  failed ×${count}: ${reason}`);
  if (summary.unrecorded > 0) {
    console.warn(`  ${summary.unrecorded} handed to the SMTP server without a recorded outcome (status "submitted"): probably delivered, never resent.`);
  }
  if (transport.describe().startsWith('outbox') && summary.sent > 0) console.log(`Messages written to ${transport.describe().slice('outbox '.length)}`);
  if (summary.interrupted) process.exitCode = 130;
} finally {
  await disconnectDb();
}
