// The rss feed of this item's published changes in one language (lib/follow/feed.ts).
import { changesFeedResponse } from "@/lib/follow/feed";

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/policies/[slug]/changes/feed.xml">) {
  return changesFeedResponse(params, "policy", "rss");
}
