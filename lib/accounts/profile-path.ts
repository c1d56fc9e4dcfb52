/** A reader's public profile page. Usernames are [a-z0-9_-] (lib/accounts/username.ts): no escaping needed. */
export function profilePath(username: string): string {
  return `/u/${username}`;
}
