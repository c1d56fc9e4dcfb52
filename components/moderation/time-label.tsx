/** A moment as moderators compare them: UTC, to the minute, machine-readable underneath. */
export function TimeLabel({ at }: { at: Date }) {
  const text = `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return <time dateTime={at.toISOString()}>{text}</time>;
}
