// POST /api/internal/publish-due: publishes every scheduled publication that is due
// (lib/admin/schedule.ts runDuePublications). Called every few seconds by the server itself
// (lib/scheduler/timers.ts); it is a route handler so that the cache invalidation of each publish runs inside a
// Next.js request. Authorized by the x-publish-due-token header (lib/scheduler/token.ts); anything else is a 401 that
// says nothing more (lib/scheduler/runner.ts). Only POST: other methods get Next's 405. The request body is ignored.
import type { NextRequest } from "next/server";
import { runDuePublications } from "@/lib/admin/schedule";
import { runInternal } from "@/lib/scheduler/runner";

export async function POST(request: NextRequest) {
  return runInternal(request, "publish-due", runDuePublications);
}
