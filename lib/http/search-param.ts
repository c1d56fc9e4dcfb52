/** One string from a page's searchParams (which may hold an array or nothing), bounded. */
export function firstParam(value: string | string[] | undefined, max = 300): string {
  const first = Array.isArray(value) ? value[0] : value;
  return (first ?? '').slice(0, max);
}
