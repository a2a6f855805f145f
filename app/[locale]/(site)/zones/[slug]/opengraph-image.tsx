// A zone's OpenGraph image in the page's language: its kind, name and approval date.
import { getZoneSlugs } from "@/lib/data/zones";
import { zoneOgPng } from "@/lib/og/cards";
import { cardResponse } from "@/lib/og/route";

export { size, contentType } from "@/lib/og/route";

export default function Image({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  return cardResponse(params, getZoneSlugs, zoneOgPng);
}
