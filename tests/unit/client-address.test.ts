// lib/http/client-address.ts: the one rule for who the client is (issue 12 item 1, review H1/M1).
import { describe, expect, it } from "vitest";
import {
  CLIENT_ADDRESS_HEADER,
  clientAddress,
  clientAddressOf,
  compileTrust,
  rateLimitKey,
  stampClientAddress,
} from "@/lib/http/client-address";
import { parseServerEnv as parseEnv } from "@/lib/env";

const req = (socket: string, xff?: string) =>
  ({ socket: { remoteAddress: socket }, headers: xff === undefined ? {} : { "x-forwarded-for": xff } }) as never;

describe("client address", () => {
  it("ignores a forged X-Forwarded-For when no proxy is trusted", () => {
    const none = compileTrust([]);
    expect(clientAddressOf(req("203.0.113.7"), none)).toBe("203.0.113.7");
    expect(clientAddressOf(req("203.0.113.7", "1.2.3.4"), none)).toBe("203.0.113.7");
    expect(clientAddressOf(req("::ffff:203.0.113.7", "1.2.3.4, 5.6.7.8"), none)).toBe("203.0.113.7");
  });

  it("behind a trusted proxy takes the right-most hop that is not a trusted proxy", () => {
    const trust = compileTrust(["10.0.0.0/8", "127.0.0.1"]);
    // nginx on loopback appended the client's address.
    expect(clientAddressOf(req("127.0.0.1", "198.51.100.2"), trust)).toBe("198.51.100.2");
    // Two trusted hops: the load balancer 10.1.2.3 appended the client, then nginx appended the balancer.
    expect(clientAddressOf(req("127.0.0.1", "198.51.100.2, 10.1.2.3"), trust)).toBe("198.51.100.2");
    // An appending proxy: what the client claimed is left of what the proxy saw, so clients stay apart.
    expect(clientAddressOf(req("127.0.0.1", "1.2.3.4, 198.51.100.2"), trust)).toBe("198.51.100.2");
    expect(clientAddressOf(req("127.0.0.1", "1.2.3.4, 198.51.100.3"), trust)).toBe("198.51.100.3");
    // A request that did not come through the proxy: its own claim counts for nothing.
    expect(clientAddressOf(req("203.0.113.9", "198.51.100.2"), trust)).toBe("203.0.113.9");
    // Garbage passed on by a trusted proxy: the nearest real hop.
    expect(clientAddressOf(req("127.0.0.1", "not-an-ip"), trust)).toBe("127.0.0.1");
  });

  it("overwrites the header a client sent and is read back only when stamped by the server", () => {
    const h = { "x-forwarded-for": "1.2.3.4", [CLIENT_ADDRESS_HEADER]: "6.6.6.6" };
    const r = { socket: { remoteAddress: "203.0.113.7" }, headers: h };
    stampClientAddress(r as never, compileTrust([]));
    expect(h[CLIENT_ADDRESS_HEADER]).toBe("203.0.113.7");
    expect(clientAddress(new Headers(h))).toBe("203.0.113.7");
    expect(clientAddress(new Headers({ [CLIENT_ADDRESS_HEADER]: "garbage" }))).toBe("unknown");
  });

  it("validates TRUSTED_PROXIES and HOST with zod", () => {
    const parseServerEnv = (e: Record<string, string>) => parseEnv(e as NodeJS.ProcessEnv);
    expect(parseServerEnv({ TRUSTED_PROXIES: "127.0.0.1, 10.0.0.0/8,::1,fd00::/8" }).TRUSTED_PROXIES).toEqual([
      "127.0.0.1",
      "10.0.0.0/8",
      "::1",
      "fd00::/8",
    ]);
    expect(parseServerEnv({}).TRUSTED_PROXIES).toEqual([]);
    expect(parseServerEnv({}).HOST).toBe("127.0.0.1");
    expect(() => parseServerEnv({ TRUSTED_PROXIES: "10.0.0.0/33" })).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseServerEnv({ TRUSTED_PROXIES: "proxy.example" })).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseServerEnv({ HOST: "0.0.0.0; rm -rf" })).toThrow(/HOST/);
  });

  it("counts an IPv6 /64 as one sender and unwraps IPv4-mapped addresses", () => {
    expect(rateLimitKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(rateLimitKey("2001:0db8:0001:0002:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(rateLimitKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(rateLimitKey("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(rateLimitKey("127.0.0.1")).toBe("127.0.0.1");
  });
});
