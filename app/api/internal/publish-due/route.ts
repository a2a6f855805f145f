// POST /api/internal/publish-due: publishes every scheduled publication that is due
// (lib/data/admin-schedule.ts runDuePublications). Called every few seconds by the server itself
// (instrumentation.ts); it is a route handler so that the cache invalidation of each publish runs inside a
// Next.js request. Authorized by the x-publish-due-token header (token.ts); anything else is a 401 that
// says nothing more. Only POST: other methods get Next's 405. The request body is ignored.
import { NextResponse, type NextRequest } from "next/server";
import { runDuePublications } from "@/lib/data/admin-schedule";
import { isPublishDueToken, PUBLISH_DUE_HEADER } from "./token";

const noStore = { "cache-control": "no-store" };

export async function POST(request: NextRequest) {
  let authorized = false;
  try {
    authorized = isPublishDueToken(request.headers.get(PUBLISH_DUE_HEADER));
  } catch (e) {
    // No usable auth secret (a misconfigured production server): nobody is authorized.
    console.error("publish-due: cannot derive the runner token", (e as Error).message);
  }
  if (!authorized) return NextResponse.json({ error: "unauthorized" }, { status: 401, headers: noStore });
  try {
    const summary = await runDuePublications();
    return NextResponse.json(summary, { headers: noStore });
  } catch (e) {
    console.error("publish-due: run failed", e);
    return NextResponse.json({ error: "failed" }, { status: 503, headers: noStore });
  }
}
