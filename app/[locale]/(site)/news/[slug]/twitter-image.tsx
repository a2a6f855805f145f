// The same card as twitter:image (summary_large_image).
import { defaultLocale } from "@/i18n/routing";
import { getAllNews } from "@/lib/data/news";
import { newsOgPng } from "@/lib/og/cards";
import { cardResponse } from "@/lib/og/route";

export { size, contentType } from "@/lib/og/route";

const newsSlugs = async () => (await getAllNews(defaultLocale)).map((n) => n.slug);

export default function Image({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  return cardResponse(params, newsSlugs, newsOgPng);
}
