/** What a run did, for the closing summary and for tests. */
export interface IngestSummary {
  /** Records the source yielded, good or bad. */
  read: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Records not written, by reason. */
  skipped: Record<string, number>;
}

export function emptySummary(): IngestSummary {
  return { read: 0, created: 0, updated: 0, unchanged: 0, skipped: {} };
}

export function countSkipped(summary: IngestSummary): number {
  return Object.values(summary.skipped).reduce((sum, count) => sum + count, 0);
}

export function formatSummary(summary: IngestSummary): string {
  const skipped = countSkipped(summary);
  const lines = [
    `${format(summary.read)} records read: ${format(summary.created)} new, ${format(summary.updated)} updated, ${format(summary.unchanged)} unchanged, ${format(skipped)} skipped.`,
  ];
  const reasons = Object.entries(summary.skipped).sort((a, b) => b[1] - a[1]);
  for (const [reason, count] of reasons) lines.push(`  skipped, ${reason}: ${format(count)}`);
  return lines.join('\n');
}

function format(value: number): string {
  return value.toLocaleString('en-US');
}
