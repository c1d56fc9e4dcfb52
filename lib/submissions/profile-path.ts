/** A reader's profile page (built by the accounts work): /u/<username>. */
export function profilePath(username: string): string {
  return `/u/${encodeURIComponent(username)}`;
}
