// Who the client is, for every rate limit and log: decided once per request, here, from the socket.
//
// The socket's address is the client's unless the socket belongs to a configured trusted proxy
// (TRUSTED_PROXIES: addresses or CIDR ranges, default none); then the right-most X-Forwarded-For hop that is
// not itself a trusted proxy is (proxy-addr, the module Express uses for the same rule). A client can add
// any X-Forwarded-For it likes: with no trusted proxy it is ignored, and behind one only what that proxy
// appended counts, so an appending proxy ("forged, real") still gives each client its own address.
//
// scripts/server.ts calls stampClientAddress() before Next.js sees the request, overwriting whatever the
// client sent in CLIENT_ADDRESS_HEADER; pages, actions, route handlers and better-auth (lib/auth.ts) read
// that header through clientAddress(). Served any other way (a bare `next start`), nothing stamped the
// header, so it is not believed and every client is "unknown".
import type { IncomingMessage } from "node:http";
import net from "node:net";
import proxyaddr from "proxy-addr";

export const CLIENT_ADDRESS_HEADER = "x-portal-client-address";

const STAMPED = Symbol.for("changjitu.portal.client-address-stamped");
const registry = globalThis as { [STAMPED]?: boolean };

export type Trust = (address: string, hop: number) => boolean;

/** TRUSTED_PROXIES (already validated by lib/env.ts) as proxy-addr's trust function. */
export function compileTrust(trustedProxies: readonly string[]): Trust {
  return proxyaddr.compile([...trustedProxies]);
}

/** "::ffff:203.0.113.7" → "203.0.113.7"; anything that is not an IP address → undefined. */
function normalize(address: string | undefined): string | undefined {
  if (!address) return undefined;
  const bare = address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return net.isIP(bare) ? bare : undefined;
}

/** The client's address for a raw Node request, by the rule above. */
export function clientAddressOf(req: IncomingMessage, trust: Trust): string {
  const socket = normalize(req.socket.remoteAddress) ?? "unknown";
  let resolved: string | undefined;
  try {
    resolved = proxyaddr(req as Parameters<typeof proxyaddr>[0], trust);
  } catch {
    resolved = undefined;
  }
  // A trusted proxy passed on something that is not an address: fall back to the nearest hop we know.
  return normalize(resolved) ?? socket;
}

/** Did the request arrive from one of the trusted proxies (so its X-Forwarded-* headers may be believed)? */
export function viaTrustedProxy(req: IncomingMessage, trust: Trust): boolean {
  const socket = normalize(req.socket.remoteAddress);
  return socket !== undefined && trust(socket, 0);
}

/** Overwrites CLIENT_ADDRESS_HEADER on the request with the address decided here. */
export function stampClientAddress(req: IncomingMessage, trust: Trust): string {
  const address = clientAddressOf(req, trust);
  req.headers[CLIENT_ADDRESS_HEADER] = address;
  registry[STAMPED] = true;
  return address;
}

let warned = false;
/** The client's address inside the app (headers() of a page, action or route handler). */
export function clientAddress(headers: Pick<Headers, "get">): string {
  if (!registry[STAMPED]) {
    if (!warned) {
      warned = true;
      console.warn(
        'client-address: requests are not coming through scripts/server.ts; every client counts as "unknown"',
      );
    }
    return "unknown";
  }
  return normalize(headers.get(CLIENT_ADDRESS_HEADER) ?? undefined) ?? "unknown";
}

/** An IPv6 sender usually holds a whole /64: count its addresses as one. IPv4 (mapped or not) as is. */
export function rateLimitKey(address: string): string {
  const bare = address.replace(/%.*$/, ""); // zone id, e.g. fe80::1%eth0
  if (net.isIP(bare) !== 6) return address;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  if (mapped) return mapped[1]!;
  const [head = "", tail] = bare.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups =
    tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill("0"), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

/** The rate-limit key of the client of a request inside the app. */
export function clientKey(headers: Pick<Headers, "get">): string {
  return rateLimitKey(clientAddress(headers));
}
