// The in-server mail worker, started once per server process by instrumentation.ts next to the scheduler:
// every 5 s it POSTs to this server's /api/internal/mail-queue (route.ts; ../runner.ts). The queue itself
// is in PostgreSQL (lib/follow/queue.ts), so a restart loses nothing and several servers may run it at once.
import { startInternalTimer } from "../runner";

export const MAIL_QUEUE_INTERVAL_MS = 5_000;

export function startMailQueueTimer(): void {
  startInternalTimer({
    key: Symbol.for("portal.mailQueueTimer"),
    path: "/api/internal/mail-queue",
    intervalMs: MAIL_QUEUE_INTERVAL_MS,
    label: "mail queue",
    report(body) {
      const done = Object.entries(body as Record<string, number>).filter(([, n]) => typeof n === "number" && n > 0);
      if (done.length) console.log(`mail queue: ${done.map(([k, n]) => `${k} ${n}`).join(", ")}`);
    },
  });
}
