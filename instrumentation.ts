// Runs once when a Next.js server starts (Next's instrumentation hook; `next start` and `next dev` both
// call it, so `npm start`, `npm run dev` and the e2e server need no extra setup). It starts the scheduler
// of timed publications (app/api/internal/publish-due/timer.ts): every 5 seconds this same server's
// POST /api/internal/publish-due publishes whatever is due. Only in the Node.js runtime (the condition is
// written inline so the edge bundle drops the import) and not during `next build`, whose workers load
// this file too.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    if (process.env.NEXT_PHASE !== "phase-production-build") {
      const { startPublishDueTimer } = await import("./app/api/internal/publish-due/timer");
      startPublishDueTimer();
    }
  }
}
