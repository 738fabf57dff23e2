import { lookup as dnsLookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";

/**
 * The SSRF guard: which addresses a fetch may connect to. Checked after DNS resolution, before any
 * socket opens, on the first request and on every redirect.
 */
const v4 = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8], // private
  ["100.64.0.0", 10], // CGNAT
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local, cloud metadata (169.254.169.254)
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // TEST-NET-1
  ["192.88.99.0", 24], // 6to4 relay anycast
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // TEST-NET-2
  ["203.0.113.0", 24], // TEST-NET-3
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
] as const)
  v4.addSubnet(net, bits, "ipv4");

const v6 = new BlockList();
for (const [net, bits] of [
  ["::", 128], // unspecified
  ["::1", 128], // loopback
  ["100::", 64], // discard
  ["2001:db8::", 32], // documentation
  ["fc00::", 7], // unique local (ULA)
  ["fe80::", 10], // link-local
  ["fec0::", 10], // site-local (deprecated)
  ["ff00::", 8], // multicast
] as const)
  v6.addSubnet(net, bits, "ipv6");

/** Why an address may not be fetched, or null when it is a public unicast address. */
export function blockedAddress(address: string): string | null {
  const family = isIP(address);
  if (family === 4) return v4.check(address, "ipv4") ? `${address} is a private, loopback or reserved address` : null;
  if (family !== 6) return `${address} is not an IP address`;
  const embedded = embeddedIPv4(address);
  if (embedded) {
    const why = blockedAddress(embedded);
    return why ? `${address} embeds ${embedded}: ${why}` : null;
  }
  return v6.check(address, "ipv6") ? `${address} is a private, loopback or reserved address` : null;
}

/** IPv4 inside IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::/96) and 6to4 (2002::/16). */
function embeddedIPv4(address: string): string | null {
  const words = expandIPv6(address);
  if (!words) return null;
  const quad = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  const zeros = (n: number) => words.slice(0, n).every((w) => w === 0);
  if (zeros(5) && words[5] === 0xffff) return quad(words[6] as number, words[7] as number);
  if (zeros(6) && (words[6] !== 0 || (words[7] as number) > 1)) return quad(words[6] as number, words[7] as number);
  if (words[0] === 0x64 && words[1] === 0xff9b && words.slice(2, 6).every((w) => w === 0))
    return quad(words[6] as number, words[7] as number);
  if (words[0] === 0x2002) return quad(words[1] as number, words[2] as number);
  return null;
}

function expandIPv6(address: string): number[] | null {
  let a = address.toLowerCase().replace(/%.*$/, "");
  const tail = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(a);
  if (tail) {
    const [b0, b1, b2, b3] = tail.slice(1).map(Number) as [number, number, number, number];
    a = `${a.slice(0, tail.index)}${((b0 << 8) | b1).toString(16)}:${((b2 << 8) | b3).toString(16)}`;
  }
  const [head, rest] = a.split("::") as [string, string | undefined];
  const left = head ? head.split(":") : [];
  const right = rest ? rest.split(":") : [];
  const fill = rest === undefined ? 0 : 8 - left.length - right.length;
  const words = [...left, ...Array(Math.max(0, fill)).fill("0"), ...right].map((w) => Number.parseInt(w || "0", 16));
  return words.length === 8 && words.every((w) => Number.isFinite(w)) ? words : null;
}

export interface ResolvedHost {
  address: string;
  family: 4 | 6;
}

/**
 * Resolves a host name and checks every address it resolves to. Throws `SsrfError` when any is
 * refused (a name that resolves to one public and one private address is refused: the connection
 * could go to either). The caller connects to the returned address only (no second lookup, so a
 * rebinding DNS answer cannot slip in between check and connect).
 */
export async function resolveGuarded(hostname: string, allowPrivate: boolean, allowList: readonly string[] = []): Promise<ResolvedHost> {
  const host = hostname.replace(/^\[|\]$/g, "");
  const literal = isIP(host);
  const answers = literal
    ? [{ address: host, family: literal as 4 | 6 }]
    : ((await dnsLookup(host, { all: true, verbatim: true })) as ResolvedHost[]);
  if (answers.length === 0) throw new Error(`${hostname}: no address`);
  if (!allowPrivate) {
    for (const a of answers) {
      if (allowList.includes(a.address)) continue;
      const why = blockedAddress(a.address);
      if (why) throw new SsrfError(`refused ${hostname}: ${why} (pass --allow-private-addresses to allow)`);
    }
  }
  return answers[0] as ResolvedHost;
}

export class SsrfError extends Error {
  override name = "SsrfError";
}
