// POST /api/internal/mail-queue: runs the mail queue once (lib/follow/queue.ts runMailQueue) — fan-outs of
// published changes, confirmation and change emails, weekly digests, expiry of unconfirmed follows. Called
// every few seconds by the server itself (lib/scheduler/timers.ts, started by instrumentation.ts), authorized
// by the same server-internal token as the scheduler (lib/scheduler/runner.ts). Anything else is a 401.
import type { NextRequest } from "next/server";
import { runMailQueue } from "@/lib/follow/queue";
import { runInternal } from "@/lib/scheduler/runner";

export async function POST(request: NextRequest) {
  return runInternal(request, "mail-queue", () => runMailQueue());
}
