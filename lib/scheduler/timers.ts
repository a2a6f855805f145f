// The server's own periodic runners, started once per server process by instrumentation.ts (Node.js
// runtime only, never during `next build`):
//
// - the scheduler of timed publications: every 5 seconds it POSTs to this same server's
//   /api/internal/publish-due, which publishes whatever is due (lib/admin/schedule.ts);
// - the mail worker: every 5 seconds /api/internal/mail-queue runs the queue (lib/follow/queue.ts), which
//   lives in PostgreSQL, so a restart loses nothing and several servers may run it at once.
//
// Why a POST to ourselves instead of a direct call: a publish invalidates cache tags (lib/revalidate.ts,
// revalidateTag), which Next.js only allows inside a request (a route handler or server action); called
// from the instrumentation hook it has no request to belong to. The timers are unref'd (they never keep
// the process alive), a tick is skipped while the previous one still runs, and a failed tick is logged
// (once while it keeps failing), never thrown (./runner.ts).
import { startInternalTimer } from "./runner";
import { PUBLISH_DUE_PATH } from "./token";

export const PUBLISH_DUE_INTERVAL_MS = 5_000;
export const MAIL_QUEUE_INTERVAL_MS = 5_000;

export function startPublishDueTimer(): void {
  startInternalTimer({
    key: Symbol.for("portal.publishDueTimer"),
    path: PUBLISH_DUE_PATH,
    intervalMs: PUBLISH_DUE_INTERVAL_MS,
    label: "scheduled publications",
    report(body) {
      const summary = body as { results?: { type: string; key: string; locale: string; outcome: string }[] };
      for (const r of summary.results ?? [])
        console.log(`scheduled publication: ${r.type} ${r.key} (${r.locale}) → ${r.outcome}`);
    },
  });
}

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
