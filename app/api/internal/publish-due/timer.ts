// The in-server scheduler of timed publications, started once per server process by instrumentation.ts
// (Node.js runtime only, never during `next build`): every 5 seconds it POSTs to this same server's
// /api/internal/publish-due (route.ts), which publishes whatever is due inside a Next.js request, where
// cache invalidation works. The timer is unref'd (it never keeps the process alive), a tick is skipped
// while the previous one still runs, and a failed tick is logged (once while it keeps failing), never
// thrown (../runner.ts).
import { startInternalTimer } from "../runner";
import { PUBLISH_DUE_PATH } from "./token";

export const PUBLISH_DUE_INTERVAL_MS = 5_000;

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
