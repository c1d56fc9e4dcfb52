/**
 * What a per-address limit counts by: an IPv4 address as is, an IPv6 address by its /64. One
 * IPv6 subscriber line or host usually holds a whole /64 (2^64 addresses), so counting single
 * IPv6 addresses would let one client take a new one for every request.
 */
export function addressKey(address: string): string {
  if (!address.includes(':')) return address;
  const groups = expandIpv6(address);
  return groups ? `${groups.slice(0, 4).join(':')}::/64` : address;
}

function expandIpv6(address: string): string[] | null {
  let text = address.toLowerCase();
  // An embedded IPv4 tail (::ffff:1.2.3.4, 64:ff9b::1.2.3.4) is two groups.
  const tail = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (tail) {
    const [a, b, c, d] = tail.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, tail.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(':') : [];
  const rest = halves.length === 2 ? (halves[1] ? halves[1].split(':') : []) : null;
  const missing = 8 - head.length - (rest?.length ?? 0);
  if (rest === null ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...Array<string>(rest === null ? 0 : missing).fill('0'), ...(rest ?? [])];
  return groups.every((group) => /^[0-9a-f]{1,4}$/.test(group)) ? groups.map((group) => group.replace(/^0+(?=.)/, '')) : null;
}
