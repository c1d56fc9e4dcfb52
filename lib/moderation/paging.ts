/** `?page=` of a moderation list: a whole number from 1; anything else is the first page. */
export function parsePage(raw: string): number {
  return /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : 1;
}
