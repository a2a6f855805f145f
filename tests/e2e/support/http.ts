// Raw HTTP for the security specs: requests a browser or fetch would refuse to send (malformed escapes,
// control characters, forged headers, bodies without a length), written to a socket as they are.
import net from "node:net";
import fs from "node:fs";
import path from "node:path";

export interface RawResponse {
  status: number;
  head: string;
  body: string;
}

const base = () => new URL(process.env.BASE_URL ?? "http://localhost:3000");

/** Sends `request` (a whole HTTP/1.1 message, or its head plus a body) and reads the answer. */
export function rawRequest(head: string, body: Buffer | string = ""): Promise<RawResponse> {
  const url = base();
  return new Promise((resolve, reject) => {
    const socket = net.connect({
      host: url.hostname === "localhost" ? "127.0.0.1" : url.hostname,
      port: Number(url.port),
    });
    const chunks: Buffer[] = [];
    socket.setTimeout(30_000, () => socket.destroy(new Error("timeout")));
    socket.on("connect", () => {
      socket.write(head);
      // A server that refuses a body answers right after the head (413, 411): give it a moment before
      // sending a large body, as a client waiting for 100-continue would.
      if (body.length)
        setTimeout(() => chunks.length === 0 && !socket.destroyed && socket.write(body), body.length > 65536 ? 500 : 0);
    });
    socket.on("data", (d) => chunks.push(d));
    socket.on("error", (e) => {
      // The server may close early (413 without reading the body): keep what arrived.
      if (chunks.length) finish();
      else reject(e);
    });
    socket.on("end", finish);
    socket.on("close", finish);
    let done = false;
    function finish() {
      if (done) return;
      done = true;
      const text = Buffer.concat(chunks).toString("latin1");
      const [h = "", ...rest] = text.split("\r\n\r\n");
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(h)?.[1] ?? 0);
      resolve({ status, head: h, body: Buffer.from(rest.join("\r\n\r\n"), "latin1").toString("utf8") });
    }
  });
}

/** GET `target` (sent byte for byte, not re-encoded) with extra header lines. */
export function rawGet(target: string, headers: string[] = []): Promise<RawResponse> {
  const host = base().host;
  return rawRequest([`GET ${target} HTTP/1.1`, `Host: ${host}`, ...headers, "Connection: close", "", ""].join("\r\n"));
}

/** POST with a body and a declared length. */
export function rawPost(target: string, body: Buffer | string, headers: string[] = []): Promise<RawResponse> {
  const host = base().host;
  const bytes = typeof body === "string" ? Buffer.from(body) : body;
  return rawRequest(
    [
      `POST ${target} HTTP/1.1`,
      `Host: ${host}`,
      `Content-Length: ${bytes.length}`,
      ...headers,
      "Connection: close",
      "",
      "",
    ].join("\r\n"),
    bytes,
  );
}

/** Server action ids on a page's HTML (forms rendered for use without JavaScript carry them). */
export function actionIds(html: string): string[] {
  const ids = new Set<string>();
  for (const m of html.matchAll(/\$ACTION_ID_([0-9a-f]{20,})/g)) ids.add(m[1]!);
  for (const m of html.matchAll(/&quot;id&quot;:&quot;([0-9a-f]{20,})&quot;/g)) ids.add(m[1]!);
  return [...ids];
}

/** Every file under a directory (the build's, to show that requests wrote nothing). */
export function countFiles(dir: string): number {
  let n = 0;
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(d, e.name));
      else n++;
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return n;
}
