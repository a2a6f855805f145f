// The in-server scheduler of timed publications, started once per server process by instrumentation.ts
// (Node.js runtime only, never during `next build`): every 5 seconds it POSTs to this same server's
// /api/internal/publish-due (route.ts), which publishes whatever is due inside a Next.js request, where
// cache invalidation works. The timer is unref'd (it never keeps the process alive), a tick is skipped
// while the previous one still runs, and a failed tick is logged (once while it keeps failing), never
// thrown.
import { publishDueToken, PUBLISH_DUE_HEADER, PUBLISH_DUE_PATH } from "./token";

export const PUBLISH_DUE_INTERVAL_MS = 5_000;
const TIMER_KEY = Symbol.for("portal.publishDueTimer");

export function startPublishDueTimer(): void {
  const g = globalThis as unknown as Record<symbol, NodeJS.Timeout | undefined>;
  if (g[TIMER_KEY]) return; // register() ran twice in this process (dev reloads)
  let running = false;
  let lastError = "";

  async function tick() {
    if (running) return;
    running = true;
    try {
      // `next start -p N` sets PORT once it listens: read it at each tick, not at start-up.
      const url = `http://127.0.0.1:${process.env.PORT ?? 3000}${PUBLISH_DUE_PATH}`;
      const res = await fetch(url, {
        method: "POST",
        headers: { [PUBLISH_DUE_HEADER]: publishDueToken() },
        signal: AbortSignal.timeout(60_000),
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const summary = (await res.json()) as { results?: { type: string; key: string; locale: string; outcome: string }[] };
      for (const r of summary.results ?? []) console.log(`scheduled publication: ${r.type} ${r.key} (${r.locale}) → ${r.outcome}`);
      if (lastError) console.log("scheduled publications: the runner works again");
      lastError = "";
    } catch (e) {
      const err = e as Error & { cause?: { code?: string; message?: string } };
      const message = [err.message ?? String(e), err.cause?.code ?? err.cause?.message].filter(Boolean).join(": ");
      if (message !== lastError) console.error(`scheduled publications: runner failed: ${message}`);
      lastError = message;
    } finally {
      running = false;
    }
  }

  const timer = setInterval(() => void tick(), PUBLISH_DUE_INTERVAL_MS);
  timer.unref();
  g[TIMER_KEY] = timer;
}
