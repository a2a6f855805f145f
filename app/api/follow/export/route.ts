// GET /api/follow/export?token=…: everything the site holds about one reader, as a JSON download. The
// signed token (lib/follow/tokens.ts) is the only key; a wrong one gets a 404 that says nothing more.
import { NextResponse, type NextRequest } from "next/server";
import { exportSubscriber } from "@/lib/data/subscriptions";

export async function GET(request: NextRequest) {
  const data = await exportSubscriber(new URL(request.url).searchParams.get("token"));
  if (!data)
    return NextResponse.json({ error: "not found" }, { status: 404, headers: { "cache-control": "no-store" } });
  return new NextResponse(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": 'attachment; filename="my-subscription.json"',
      "cache-control": "no-store",
    },
  });
}
