// Who is sending an inquiry, for the rate limit: the client's address as the proxy in front of the site
// reports it (x-forwarded-for's first hop, else x-real-ip), else "unknown" (one shared bucket).
// Trusting these headers presumes a proxy that sets them (docs/decisions/002-inquiry-rate-limit.md).
import net from "node:net";

/** An IPv6 sender usually holds a whole /64: count its addresses as one. IPv4 (mapped or not) as is. */
export function rateLimitKey(address: string): string {
  const bare = address.replace(/%.*$/, ""); // zone id, e.g. fe80::1%eth0
  if (net.isIP(bare) !== 6) return address;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  if (mapped) return mapped[1]!;
  const [head = "", tail] = bare.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

export function clientKeyFromHeaders(headers: Pick<Headers, "get">): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const real = headers.get("x-real-ip")?.trim();
  const address = (forwarded || real || "").slice(0, 100);
  return address ? rateLimitKey(address) : "unknown";
}
