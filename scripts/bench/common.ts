// What every benchmark script shares: exiting with a message, and the rule that only the loopback
// interface may be measured from here (a benchmark against someone else's server is a load attack).

export type Fail = (message: string, code?: number) => never;

export const isLoopback = (url: URL) => {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  return host === "localhost" || host === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
};

/** A `fail(message, code = 2)` that prefixes the script's name and exits. */
export function failer(name: string): Fail {
  return (message: string, code = 2): never => {
    console.error(`${name}: ${message}`);
    process.exit(code);
  };
}

/** BASE_URL (default http://localhost:3000) as a URL, if it is http(s) on localhost, 127.0.0.0/8 or [::1]. */
export function loopbackBase(raw: string | undefined, fail: (message: string) => never): URL {
  let url: URL;
  try {
    url = new URL(raw || "http://localhost:3000");
  } catch {
    fail(`BASE_URL is not a URL: ${JSON.stringify(raw)}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") fail(`BASE_URL must be http(s), got ${url.protocol}`);
  if (!isLoopback(url)) fail(`refusing ${url.host}: only localhost, 127.0.0.0/8 and [::1] are allowed`);
  return url;
}
