// Runs once when a Next.js server starts (Next's instrumentation hook; `next start` and `next dev` both
// call it, so `npm start`, `npm run dev` and the e2e server need no extra setup). It starts the scheduler
// of timed publications and the mail worker (lib/scheduler/timers.ts): every 5 seconds this same server's
// POST /api/internal/publish-due publishes whatever is due. Only in the Node.js runtime (the condition is
// written inline so the edge bundle drops the import) and not during `next build`, whose workers load
// this file too. First it checks the secrets (lib/env.ts assertSecrets).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    if (process.env.NEXT_PHASE !== "phase-production-build") {
      // Production without BETTER_AUTH_SECRET or INQUIRY_HASH_SALT (or with a formerly public default)
      // stops the server here: Next.js would only log a failed hook and keep serving.
      const { assertSecrets } = await import("./lib/env");
      try {
        assertSecrets();
      } catch (e) {
        console.error((e as Error).message);
        process.exit(1);
      }
      const { startMailQueueTimer, startPublishDueTimer } = await import("./lib/scheduler/timers");
      startPublishDueTimer();
      // The mail worker (following changes by email): same pattern, its own endpoint.
      startMailQueueTimer();
    }
  }
}
