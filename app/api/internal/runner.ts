// What the server's own periodic runners share (the scheduler, publish-due/, and the mail worker,
// mail-queue/): the route side — authorize the server-internal token, run, answer JSON, never leak an
// error — and the timer side — POST to this same server every few seconds, skip a tick while the last one
// runs, log a failure once while it lasts. No server-only import: instrumentation.ts loads the timer side.
import { publishDueToken, isPublishDueToken, PUBLISH_DUE_HEADER } from "./publish-due/token";

const noStore = { "cache-control": "no-store" };

/** The route handler's body: 401 without the token, the run's JSON, or 503 when it throws. */
export async function runInternal(request: Request, name: string, run: () => Promise<unknown>): Promise<Response> {
  let authorized = false;
  try {
    authorized = isPublishDueToken(request.headers.get(PUBLISH_DUE_HEADER));
  } catch (e) {
    // No usable auth secret (a misconfigured production server): nobody is authorized.
    console.error(`${name}: cannot derive the runner token`, (e as Error).message);
  }
  if (!authorized) return Response.json({ error: "unauthorized" }, { status: 401, headers: noStore });
  try {
    return Response.json(await run(), { headers: noStore });
  } catch (e) {
    console.error(`${name}: run failed`, e);
    return Response.json({ error: "failed" }, { status: 503, headers: noStore });
  }
}

/** Starts (once per process) a timer that POSTs to `path` on this server every `intervalMs`. */
export function startInternalTimer(opts: {
  key: symbol;
  path: string;
  intervalMs: number;
  label: string;
  report: (body: unknown) => void;
}): void {
  const g = globalThis as unknown as Record<symbol, NodeJS.Timeout | undefined>;
  if (g[opts.key]) return; // register() ran twice in this process (dev reloads)
  let running = false;
  let lastError = "";
  async function tick() {
    if (running) return;
    running = true;
    try {
      // `next start -p N` sets PORT once it listens: read it at each tick, not at start-up.
      const res = await fetch(`http://127.0.0.1:${process.env.PORT ?? 3000}${opts.path}`, {
        method: "POST",
        headers: { [PUBLISH_DUE_HEADER]: publishDueToken() },
        signal: AbortSignal.timeout(120_000),
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      opts.report(await res.json());
      if (lastError) console.log(`${opts.label}: the runner works again`);
      lastError = "";
    } catch (e) {
      const err = e as Error & { cause?: { code?: string; message?: string } };
      const message = [err.message ?? String(e), err.cause?.code ?? err.cause?.message].filter(Boolean).join(": ");
      if (message !== lastError) console.error(`${opts.label}: runner failed: ${message}`);
      lastError = message;
    } finally {
      running = false;
    }
  }
  const timer = setInterval(() => void tick(), opts.intervalMs);
  timer.unref();
  g[opts.key] = timer;
}
