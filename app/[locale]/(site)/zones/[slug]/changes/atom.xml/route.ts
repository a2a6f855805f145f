// The atom feed of this item's published changes in one language (lib/follow/feed.ts).
import { changesFeedResponse } from "@/lib/follow/feed";

export async function GET(_request: Request, { params }: RouteContext<"/[locale]/zones/[slug]/changes/atom.xml">) {
  return changesFeedResponse(params, "zone", "atom");
}
