// The same card as twitter:image (summary_large_image).
import { homeOgPng } from "@/lib/og/cards";
import { cardResponse } from "@/lib/og/route";

export { size, contentType } from "@/lib/og/route";

export default function Image({ params }: { params: Promise<{ locale: string }> }) {
  return cardResponse(params, null, (locale) => homeOgPng(locale));
}
