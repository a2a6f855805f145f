// The home page's OpenGraph image (and, inherited, that of pages without their own), in the page's language.
import { homeOgPng } from "@/lib/og/cards";
import { cardResponse } from "@/lib/og/route";

export { size, contentType } from "@/lib/og/route";

export default function Image({ params }: { params: Promise<{ locale: string }> }) {
  return cardResponse(params, null, (locale) => homeOgPng(locale));
}
