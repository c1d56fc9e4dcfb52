const FORMAT = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
const DAY = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/** An instant as readers see it on these pages (UTC, the site's day boundary). */
export function When({ at, day = false }: { at: Date; day?: boolean }) {
  return <time dateTime={at.toISOString()}>{day ? DAY.format(at) : `${FORMAT.format(at)} UTC`}</time>;
}
