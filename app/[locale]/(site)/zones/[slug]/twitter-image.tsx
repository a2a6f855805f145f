// The same card as twitter:image (summary_large_image).
import { getZoneSlugs } from "@/lib/data/zones";
import { zoneOgPng } from "@/lib/og/cards";
import { cardResponse } from "@/lib/og/route";

export { size, contentType } from "@/lib/og/route";

export default function Image({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  return cardResponse(params, getZoneSlugs, zoneOgPng);
}
